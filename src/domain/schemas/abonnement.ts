import * as z from 'zod/mini';
import { Id, Instant, IsoDate, Version } from './common.js';
import { AccessMode, Application } from './habilitation.js';

/** Status of an abonnement (HAB-7): held, or waiting for a manager. */
export const AbonnementStatus = z.enum(['VALIDE', 'EN_COURS_DE_VALIDATION']);
export type AbonnementStatus = z.infer<typeof AbonnementStatus>;

/**
 * A user's subscription to an espace on a (structure, service) pair, the stored form of every
 * profile (HAB-7): one row per (user, structure, service, espace). No `idService` = whole structure.
 */
export const Abonnement = z.object({
  idAbonnement: Id,
  idUtilisateur: Id,
  idStructureCPP: Id,
  idService: z.optional(Id),
  espace: Application,
  mode: AccessMode,
  statut: AbonnementStatus,
  dateEffet: IsoDate,
  commentaire: z.optional(z.string().check(z.maxLength(255))),
  dateCreation: Instant,
  version: Version,
});
export type Abonnement = z.infer<typeof Abonnement>;

/** Requesting abonnements (HAB-8): structure and espace required, one line per service ticked. */
export const AbonnementRequest = z.object({
  idStructureCPP: Id,
  espace: Application,
  lignes: z.array(z.object({ idService: z.optional(Id), mode: AccessMode })).check(z.minLength(1)),
  dateEffet: IsoDate,
  commentaire: z.optional(z.string().check(z.maxLength(255))),
});
export type AbonnementRequest = z.infer<typeof AbonnementRequest>;

/** An abonnement as "Mes abonnements aux espaces" shows it (HAB-7): with its structure's and service's names. */
export const AbonnementView = z.extend(Abonnement, {
  /** The GP's "Organisation" or "Activités du gestionnaire" on his structure: goes with the role, not deletable (HAB-4). */
  lieAuRole: z.boolean(),
  designationStructure: z.string(),
  codeService: z.optional(z.string()),
  libelleService: z.optional(z.string()),
});
export type AbonnementView = z.infer<typeof AbonnementView>;

/** Deleting several abonnements at once (HAB-7). */
export const AbonnementDeletion = z.object({ ids: z.array(Id).check(z.minLength(1), z.maxLength(500)) });
export type AbonnementDeletion = z.infer<typeof AbonnementDeletion>;
