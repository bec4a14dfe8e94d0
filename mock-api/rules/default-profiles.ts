import type { AccessMode, Application, Role, StructureType } from '../../src/domain/schemas/index.js';

/** HAB-3: profiles a public structure gives by default (MODIFICATION for GP and GS, CONSULTATION otherwise). */
const PUBLIC_DEFAULTS: readonly Application[] = [
  'ENGAGEMENTS',
  'FACTURES_TRAVAUX',
  'FACTURES_A_VALIDER',
  'FACTURES_EMISES',
  'FACTURES_RECUES',
  'REMBOURSEMENTS_TAXES',
  'SUIVI_FLUX',
  'FRAIS_JUSTICE',
  'MES_MESSAGES',
  'ORGANISATION',
  'RACCORDEMENTS',
];

/** HAB-4: espaces every validated user gets; Activités du gestionnaire only for GP and GS. */
const ESPACES_FOR_ALL: readonly Application[] = [
  'ACCUEIL_CONNECTE',
  'FACTURES_EMISES',
  'FACTURES_RECUES',
  'SOLLICITATIONS_EMISES',
  'MON_COMPTE',
];

/**
 * The profiles a user gets on a structure when a rattachement is validated (HAB-3, HAB-4, RAT-10).
 * HAB-4 espaces come in MODIFICATION; on a public structure HAB-3 sets the mode of its applications
 * by role. A GS keeps "Organisation modification" (what makes him a GS).
 */
export function defaultProfiles(
  role: Role,
  typeStructure: StructureType,
): { application: Application; mode: AccessMode }[] {
  const manager = role !== 'UTILISATEUR';
  const profiles = new Map<Application, AccessMode>();
  for (const application of ESPACES_FOR_ALL) profiles.set(application, 'MODIFICATION');
  if (manager) profiles.set('ACTIVITES_GESTIONNAIRE', 'MODIFICATION');
  if (typeStructure === 'PUBLIQUE') {
    for (const application of PUBLIC_DEFAULTS)
      profiles.set(application, manager ? 'MODIFICATION' : 'CONSULTATION_UNIQUEMENT');
  } else if (manager) profiles.set('ORGANISATION', 'MODIFICATION');
  return [...profiles].map(([application, mode]) => ({ application, mode }));
}
