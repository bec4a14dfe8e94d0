import * as z from 'zod/mini';
import { Id, Instant, Version } from './common.js';

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
