import * as z from 'zod/mini';
import { Id, Instant, Version } from './common.js';
import { AccessMode, Application } from './habilitation.js';

/** What an approbation asks for (APR-1 "description"). */
export const ApprobationType = z.enum(['RATTACHEMENT', 'HABILITATION', 'ABONNEMENT']);
export type ApprobationType = z.infer<typeof ApprobationType>;

/** State of an approbation (APR-1). */
export const ApprobationState = z.enum(['DEMANDE', 'APPROUVE', 'REFUSE']);
export type ApprobationState = z.infer<typeof ApprobationState>;

/**
 * A request waiting for (or having had) a manager's decision (RAT-5, HAB-8, APR-1..2). `idObjet` is
 * the rattachement's or the abonnement's id, by `type`.
 */
export const Approbation = z.object({
  idApprobation: Id,
  type: ApprobationType,
  etat: ApprobationState,
  idObjet: Id,
  idDemandeur: Id,
  idStructureCPP: Id,
  idService: z.optional(Id),
  commentaireDemande: z.optional(z.string().check(z.maxLength(255))),
  /** For an ABONNEMENT: the espace and mode asked for, kept after the decision (HAB-8). */
  espace: z.optional(Application),
  mode: z.optional(AccessMode),
  idDecideur: z.optional(Id),
  commentaireDecision: z.optional(z.string().check(z.maxLength(255))),
  dateCreation: Instant,
  dateDecision: z.optional(Instant),
  version: Version,
});
export type Approbation = z.infer<typeof Approbation>;

/** A manager's decision (APR-2): a comment is required to refuse. */
export const ApprobationDecision = z
  .object({
    decision: z.enum(['APPROUVE', 'REFUSE']),
    commentaire: z.optional(z.string().check(z.maxLength(255))),
    version: Version,
  })
  .check(
    z.refine((d) => d.decision === 'APPROUVE' || (d.commentaire ?? '').trim().length > 0, {
      message: 'comment_required_to_refuse',
      path: ['commentaire'],
    }),
  );
export type ApprobationDecision = z.infer<typeof ApprobationDecision>;

/** The number of a request as the portal shows it, "Approbation pour RITM0015261" (APR-1): RITM and 7 digits. */
export const ApprobationNumber = z.string().check(z.regex(/^RITM\d{7}$/));

/**
 * An approbation as the inbox and its detail show it (APR-1, APR-2): its number, the demandeur's
 * names, the structure's raison sociale and identifier, the services concerned (codes), the
 * approver's names once decided.
 */
export const ApprobationView = z.extend(Approbation, {
  numero: ApprobationNumber,
  demandeur: z.string(),
  loginDemandeur: z.string(),
  identifiantStructure: z.string(),
  designationStructure: z.string(),
  codesServices: z.array(z.string()),
  decideur: z.optional(z.string()),
});
export type ApprobationView = z.infer<typeof ApprobationView>;

/** The number of requests waiting for the current manager, for a host badge "APPROBATIONS 2" (APR-1). */
export const ApprobationCount = z.object({ enAttente: z.int().check(z.nonnegative()) });
export type ApprobationCount = z.infer<typeof ApprobationCount>;

/** Deciding several approbations at once (APR-2): the same decision and comment for each. */
export const ApprobationBulkDecision = z
  .object({
    ids: z.array(Id).check(z.minLength(1), z.maxLength(500)),
    decision: z.enum(['APPROUVE', 'REFUSE']),
    commentaire: z.optional(z.string().check(z.maxLength(255))),
  })
  .check(
    z.refine((d) => d.decision === 'APPROUVE' || (d.commentaire ?? '').trim().length > 0, {
      message: 'comment_required_to_refuse',
      path: ['commentaire'],
    }),
  );
export type ApprobationBulkDecision = z.infer<typeof ApprobationBulkDecision>;

/** The outcome of one approbation of a bulk decision: decided, or refused with its code, rule and message. */
export const ApprobationBulkOutcome = z.object({
  idApprobation: Id,
  ok: z.boolean(),
  approbation: z.optional(ApprobationView),
  code: z.optional(z.string()),
  rule: z.optional(z.string()),
  message: z.optional(z.object({ fr: z.string(), en: z.string() })),
});
export type ApprobationBulkOutcome = z.infer<typeof ApprobationBulkOutcome>;

/** The answer to a bulk decision: one outcome per id, in the order given. */
export const ApprobationBulkResult = z.object({ resultats: z.array(ApprobationBulkOutcome) });
export type ApprobationBulkResult = z.infer<typeof ApprobationBulkResult>;
