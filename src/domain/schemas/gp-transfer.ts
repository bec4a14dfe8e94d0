import * as z from 'zod/mini';
import { Id, Instant } from './common.js';
import { StructureType } from './structure.js';
import { UserSummary } from './user.js';

/**
 * The portal's three ways of transferring the GP role (GP-2): some of my structures to one user,
 * all my structures to one user, all my structures to a chosen user per structure.
 */
export const GpTransferMode = z.enum(['STRUCTURES_CHOISIES', 'TOUTES_A_UN', 'TOUTES_UNE_PAR_STRUCTURE']);
export type GpTransferMode = z.infer<typeof GpTransferMode>;

/**
 * A transfer of the gestionnaire principal role (GP-1..4): for each structure, the new GP. The
 * three ways are all this list; `mode` says which one the user chose, and the engine checks the list
 * against it (one user for the "à un" ways, every structure of the caller for the "toutes" ways).
 */
export const GpTransferRequest = z.object({
  mode: GpTransferMode,
  affectations: z.array(z.object({ idStructureCPP: Id, idNouveauGestionnaire: Id })).check(z.minLength(1)),
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

/** The answer to a transfer, one line per structure (all were handed over, or none: GP-4). */
export const GpTransferResult = z.object({ transferts: z.array(GpTransfer) });
export type GpTransferResult = z.infer<typeof GpTransferResult>;

/** A user the GP may name as successor (GP-2), with what GP-3 needs to know. */
export const SuccessorCandidate = z.extend(UserSummary, { comptePigp: z.boolean() });
export type SuccessorCandidate = z.infer<typeof SuccessorCandidate>;

/**
 * A structure the caller is GP of, as the transfer screen lists it: whether its new GP needs a PIGP
 * account (GP-3), how many users could take over, and the first of them matching the search.
 */
export const PrincipalStructure = z.object({
  idStructureCPP: Id,
  identifiantStructure: z.string(),
  designationStructure: z.string(),
  typeStructure: StructureType,
  pigpRequis: z.boolean(),
  nombreCandidats: z.int().check(z.nonnegative()),
  candidats: z.array(SuccessorCandidate),
});
export type PrincipalStructure = z.infer<typeof PrincipalStructure>;
