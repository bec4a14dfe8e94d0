import { IDENTIFIER_TYPE_NAMES } from '../../domain/identifier-type-names.js';
import type { StructureFiche } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { countryName } from '../shared/countries.js';
import { moaOf } from '../shared/moa.js';
import { t, type MessageKey } from './messages.js';

/** One line of the fiche: the portal's label and the value as text ("Non renseigné" when empty). */
export interface FicheRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

/** The five options of a public structure, in the guide's order (STR-5). */
const OPTIONS = [
  'recevoirDonneesViaEDI',
  'codeServiceDoitEtreRenseigne',
  'numeroEJDoitEtreRenseigne',
  'gestionNumeroEJOuCodeService',
  'statutMiseEnPaiementNestPasRemonte',
] as const;

const row = (locale: Locale, key: MessageKey, value: string | undefined): FicheRow => ({
  key,
  label: t(locale, key),
  value: value?.trim() ? value : t(locale, 'empty'),
});

/** The name the fiche gives the structure: its libellé, else its raison sociale. */
export const ficheName = (f: StructureFiche): string => f.libelleStructure || f.designationStructure;

/** "Informations générales" as guide 004 lists them (STR-8); nom and prénom for an individual. */
export function generalRows(f: StructureFiche, locale: Locale): FicheRow[] {
  const gp = [f.gestionnairePrincipal?.prenom, f.gestionnairePrincipal?.nom].filter(Boolean).join(' ');
  return [
    row(locale, 'typeIdentifiantStructure', IDENTIFIER_TYPE_NAMES[f.typeIdentifiantStructure][locale]),
    row(locale, 'identifiantStructure', f.identifiantStructure),
    row(locale, 'designationStructure', f.designationStructure),
    ...(f.typeIdentifiantStructure === 'PARTICULIER'
      ? [row(locale, 'nomStructure', f.nomStructure), row(locale, 'prenomStructure', f.prenomStructure)]
      : []),
    row(locale, 'libelleStructure', f.libelleStructure),
    row(locale, 'numeroRcs', f.numeroRcs),
    row(locale, 'tvaIntracommunautaire', f.tvaIntracommunautaire),
    row(locale, 'typeStructure', t(locale, f.typeStructure)),
    row(locale, 'emailStructure', f.emailStructure),
    row(locale, 'statut', t(locale, f.statut)),
    row(locale, 'gestionnairePrincipal', gp),
    row(locale, 'nonDiffusibleInsee', t(locale, f.nonDiffusibleInsee ? 'yes' : 'no')),
  ];
}

/** "Adresse postale", the pays by its name in the reader's language, then the phone (guide 004). */
export function addressRows(f: StructureFiche, locale: Locale): FicheRow[] {
  const a = f.adresse;
  return [
    row(locale, 'adresse', a.adresse),
    row(locale, 'complementAdresse1', a.complementAdresse1),
    row(locale, 'complementAdresse2', a.complementAdresse2),
    row(locale, 'codePostal', a.codePostal),
    row(locale, 'ville', a.ville),
    ...(a.etatProvince ? [row(locale, 'etatProvince', a.etatProvince)] : []),
    row(locale, 'pays', countryName(a.pays, locale)),
    row(locale, 'telephone', f.telephone),
  ];
}

/** "Paramètres structure publique": each option with Oui or Non, then Présence MOA (STR-5). */
export function parameterRows(f: StructureFiche, locale: Locale): FicheRow[] {
  return [
    ...OPTIONS.map((option) => row(locale, option, t(locale, f.parametres[option] ? 'yes' : 'no'))),
    row(locale, 'moa', t(locale, `moa${moaOf(f.parametres)}`)),
  ];
}
