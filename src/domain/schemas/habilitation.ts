import * as z from 'zod/mini';
import { Id } from './common.js';

/** The applications (espaces) of the portal (HAB-1). "Espace" and "application" name the same thing. */
export const Application = z.enum([
  'ACCUEIL_CONNECTE',
  'ACTIVITES_GESTIONNAIRE',
  'FACTURES_EMISES',
  'FACTURES_RECUES',
  'FACTURES_A_VALIDER',
  'FACTURES_TRAVAUX',
  'SOLLICITATIONS_EMISES',
  'ENGAGEMENTS',
  'REMBOURSEMENTS_TAXES',
  'SUIVI_FLUX',
  'FRAIS_JUSTICE',
  'MES_MESSAGES',
  'ORGANISATION',
  'RACCORDEMENTS',
  'PROCESSUS_VALIDATION',
  'MON_COMPTE',
]);
export type Application = z.infer<typeof Application>;

/** Mode of a profile, the API's `typeHabilitation`; MODIFICATION implies consultation (HAB-1). */
export const AccessMode = z.enum(['CONSULTATION_UNIQUEMENT', 'MODIFICATION']);
export type AccessMode = z.infer<typeof AccessMode>;

/**
 * A held profile (habilitation): (application, mode) of a user on a structure, or on one of its
 * services when `idService` is set (HAB-2). It is the view of an abonnement whose status is VALIDE:
 * one permission model, several views.
 */
export const Habilitation = z.object({
  idAbonnement: Id,
  idUtilisateur: Id,
  idStructureCPP: Id,
  idService: z.optional(Id),
  application: Application,
  mode: AccessMode,
});
export type Habilitation = z.infer<typeof Habilitation>;

/** Granting or changing a profile of another user (HAB-5). */
export const HabilitationGrant = z.object({
  idUtilisateur: Id,
  idStructureCPP: Id,
  idService: z.optional(Id),
  application: Application,
  mode: AccessMode,
});
export type HabilitationGrant = z.infer<typeof HabilitationGrant>;

/** An application with its labels and modes (HAB-1): MODIFICATION implies consultation. */
export const ApplicationInfo = z.object({
  application: Application,
  libelle: z.object({ fr: z.string(), en: z.string() }),
  modes: z.array(AccessMode),
});
export type ApplicationInfo = z.infer<typeof ApplicationInfo>;

/**
 * A held profile as "Mes habilitations" and the managers' list show it (HAB-2, HAB-5): the profile,
 * the names of its structure, service and user, and the mode it gives today (`modeEffectif`): the held
 * mode under a VALIDEE rattachement in force, consultation only under a DESACTIVEE one (RAT-8), absent
 * when the rattachement gives no access (RAT-9).
 */
export const HabilitationView = z.extend(Habilitation, {
  designationStructure: z.string(),
  codeService: z.optional(z.string()),
  libelleService: z.optional(z.string()),
  login: z.string(),
  nom: z.optional(z.string()),
  prenom: z.optional(z.string()),
  modeEffectif: z.optional(AccessMode),
});
export type HabilitationView = z.infer<typeof HabilitationView>;

/** What a user may do today in one application on a structure or service (HAB-1, RAT-8, RAT-9). */
export const AccessCheck = z.object({
  idStructureCPP: Id,
  idService: z.optional(Id),
  application: Application,
  modeEffectif: z.optional(AccessMode),
  consultation: z.boolean(),
  modification: z.boolean(),
});
export type AccessCheck = z.infer<typeof AccessCheck>;

/** The answer to removing all of a user's profiles (HAB-5): how many were removed, how many kept (the GP's manager rights). */
export const HabilitationRemoval = z.object({
  supprimees: z.int().check(z.nonnegative()),
  conservees: z.int().check(z.nonnegative()),
});
export type HabilitationRemoval = z.infer<typeof HabilitationRemoval>;
