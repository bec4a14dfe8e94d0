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
