import * as z from 'zod/mini';
import { Email, Id, Instant } from './common.js';

/**
 * An e-mail of the mock's outbox (NOT-4): every flow that "sends an e-mail" leaves one here so the
 * demo can show it and tests can follow it (a reactivation link of DEA-3 is in `lien`).
 */
export const OutboxEmail = z.object({
  idEmail: Id,
  destinataire: Email,
  idUtilisateur: z.optional(Id),
  sujet: z.string(),
  corps: z.string(),
  lien: z.optional(z.string()),
  dateEnvoi: Instant,
});
export type OutboxEmail = z.infer<typeof OutboxEmail>;
