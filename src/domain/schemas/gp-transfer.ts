import * as z from 'zod/mini';
import { Id, Instant } from './common.js';

/**
 * A transfer of the gestionnaire principal role (GP-1..4): for each structure, the new GP. The
 * portal's three ways (some → one user, all → one user, all → one per structure) are all this list.
 */
export const GpTransferRequest = z.object({
  affectations: z
    .array(z.object({ idStructureCPP: Id, idNouveauGestionnaire: Id }))
    .check(z.minLength(1)),
});
export type GpTransferRequest = z.infer<typeof GpTransferRequest>;

/** One transfer done (history): who handed which structure to whom, when. */
export const GpTransfer = z.object({
  idTransfert: Id,
  idStructureCPP: Id,
  idAncienGestionnaire: Id,
  idNouveauGestionnaire: Id,
  dateTransfert: Instant,
});
export type GpTransfer = z.infer<typeof GpTransfer>;
