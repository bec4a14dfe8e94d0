import * as z from 'zod/mini';
import { Email, Id, Instant, text } from './common.js';

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

/**
 * A rejected invoice as the invoicing side reports it (NOT-2): the supplier's structure (and service)
 * it was sent from, its number and the reason given by the public buyer that rejected it.
 */
export const InvoiceRejection = z.object({
  /** The public structure that received and rejected the invoice; the caller acts for it. */
  idStructureDestinataire: Id,
  /** The supplier's structure the invoice was sent from. */
  idStructureCPP: Id,
  idService: z.optional(Id),
  numeroFacture: text(20),
  motif: text(255),
});
export type InvoiceRejection = z.infer<typeof InvoiceRejection>;

/** What a reported rejection did: how many users of the supplier were notified (NOT-2, NOT-3). */
export const InvoiceRejectionNotice = z.object({
  numeroFacture: z.string(),
  notifies: z.int().check(z.nonnegative()),
});
export type InvoiceRejectionNotice = z.infer<typeof InvoiceRejectionNotice>;
