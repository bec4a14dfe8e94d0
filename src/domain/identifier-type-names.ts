import type { Bilingual, IdentifierType } from './schemas/index.js';

/**
 * The French (and English) names of the identifier types of structures (STR-1, RAT-2), as the portal
 * shows them: users never see the API's codes (`UE_HORS_FRANCE`, `HORS_UE`…).
 */
export const IDENTIFIER_TYPE_NAMES: Readonly<Record<IdentifierType, Bilingual>> = {
  SIRET: { fr: 'SIRET', en: 'SIRET' },
  UE_HORS_FRANCE: { fr: 'Structure européenne hors France', en: 'European structure outside France' },
  HORS_UE: { fr: 'Structure hors UE', en: 'Structure outside the EU' },
  RIDET: { fr: 'Structure avec RIDET', en: 'Structure with a RIDET' },
  TAHITI: { fr: 'Structure avec numéro TAHITI', en: 'Structure with a TAHITI number' },
  PARTICULIER: { fr: 'Particulier', en: 'Private individual' },
  AUTRE: { fr: 'Structure en cours d’immatriculation', en: 'Structure being registered' },
};
