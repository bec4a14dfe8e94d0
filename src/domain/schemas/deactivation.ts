import * as z from 'zod/mini';
import { Email, Id, Instant, text } from './common.js';

/** A successor named for one structure the deactivating GP manages (DEA-2). */
export const Successor = z.object({ idStructureCPP: Id, idNouveauGestionnaire: Id });
export type Successor = z.infer<typeof Successor>;

/**
 * Deactivating one's own account (DEA-1, DEA-2): an explicit confirmation (the element showed that
 * reactivation is possible for 60 days and unsaved changes are lost) and, for a GP, one successor per
 * structure he manages ("one user for all" is the same user in every line).
 */
export const AccountDeactivation = z.object({
  confirmation: z.literal(true),
  successeurs: z._default(z.array(Successor), []),
});
export type AccountDeactivation = z.infer<typeof AccountDeactivation>;
/** What a caller sends (`successeurs` may be left out by a simple user). */
export type AccountDeactivationInput = z.input<typeof AccountDeactivation>;

/** What deactivating would need (DEA-1, DEA-2): the structures that need a new GP first, and the reactivation window. */
export const DeactivationPreview = z.object({
  structuresAConfier: z.array(
    z.object({ idStructureCPP: Id, designationStructure: z.string(), identifiantStructure: z.string() }),
  ),
  delaiReactivationJours: z.int().check(z.positive()),
});
export type DeactivationPreview = z.infer<typeof DeactivationPreview>;

/** The answer to a reactivation request (DEA-3): where the link was sent and until when it works. */
export const ReactivationRequestResult = z.object({
  destinataire: Email,
  expireLe: Instant,
});
export type ReactivationRequestResult = z.infer<typeof ReactivationRequestResult>;

/**
 * Following the e-mailed link (DEA-3): the single-use token, a new password twice (ACC-4 policy),
 * a new secret question and answer.
 */
export const Reactivation = z.object({
  jeton: z.string().check(z.minLength(16), z.maxLength(128)),
  nouveauMotDePasse: z.string().check(z.minLength(1), z.maxLength(128)),
  confirmation: z.string().check(z.minLength(1), z.maxLength(128)),
  questionSecrete: text(255),
  reponseSecrete: text(255),
});
export type Reactivation = z.infer<typeof Reactivation>;
