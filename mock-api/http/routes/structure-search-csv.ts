import { IDENTIFIER_TYPE_NAMES } from '../../../src/domain/identifier-type-names.js';
import type { StructureSearchItem } from '../../../src/domain/schemas/index.js';
import type { CsvExport } from '../csv.js';

const typeStructure = { PUBLIQUE: { fr: 'Publique', en: 'Public' }, PRIVEE: { fr: 'Privée', en: 'Private' } } as const;
const COUNTRY_NAMES = {
  fr: new Intl.DisplayNames(['fr'], { type: 'region', fallback: 'code' }),
  en: new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }),
} as const;
const statut = { ACTIF: { fr: 'Active', en: 'Active' }, INACTIF: { fr: 'Inactive', en: 'Inactive' } } as const;

/** the columns of the structure search export (RAT-2), the whole result in the order asked. */
export const structureSearchCsv: CsvExport<StructureSearchItem> = {
  filename: 'structures',
  columns: [
    { label: { fr: 'Identifiant', en: 'Identifier' }, value: (s) => s.identifiantStructure },
    {
      label: { fr: 'Type d’identifiant', en: 'Identifier type' },
      value: (s, { locale }) => IDENTIFIER_TYPE_NAMES[s.typeIdentifiantStructure][locale],
    },
    { label: { fr: 'Raison sociale', en: 'Company name' }, value: (s) => s.designationStructure },
    { label: { fr: 'Libellé', en: 'Label' }, value: (s) => s.libelleStructure ?? '' },
    { label: { fr: 'Nom', en: 'Last name' }, value: (s) => s.nomStructure ?? '' },
    { label: { fr: 'Prénom', en: 'First name' }, value: (s) => s.prenomStructure ?? '' },
    { label: { fr: 'Code postal', en: 'Postcode' }, value: (s) => s.codePostal },
    { label: { fr: 'Ville', en: 'Town' }, value: (s) => s.ville },
    {
      label: { fr: 'Pays', en: 'Country' },
      value: (s, { locale }) => COUNTRY_NAMES[locale].of(s.pays) ?? s.pays,
    },
    {
      label: { fr: 'Type de structure', en: 'Structure type' },
      value: (s, { locale }) => typeStructure[s.typeStructure][locale],
    },
    { label: { fr: 'Statut', en: 'Status' }, value: (s, { locale }) => statut[s.statut][locale] },
  ],
};
