import type { BankDetails, BankDetailsInput, IdentifierType } from '../../domain/schemas/index.js';
import type { CpIbanChangeDetail } from '../cp-iban-input/cp-iban-input.js';
import { ribFromIban } from '../shared/bank-details-check.js';

/**
 * What the manager types in the bank details form besides the account (BNK-1): the account itself
 * (IBAN or RIB, country, BIC) lives in `<cp-iban-input>` and is read from its `details` on submit.
 */
export interface BankDraft {
  nom: string;
  /** The chosen structure attachment holding the RIB file, as the select's value ('' when none). */
  pieceJointeId: string;
  affactureur: boolean;
  factorRaisonSociale: string;
  factorPays: string;
  factorIdentifiant: string;
  factorType: IdentifierType | '';
}

/**
 * The form's fields in the order of the form: the first one in error takes focus. `account` and
 * `bic` are the two parts of `<cp-iban-input>`, each with its own error line and summary entry.
 */
export const FORM_FIELDS = [
  'nom',
  'account',
  'bic',
  'file',
  'factorRaisonSociale',
  'factorPays',
  'factorIdentifiant',
  'factorType',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** An empty draft: no factor, a French factor by default once "affactureur" is ticked. */
export const emptyDraft = (): BankDraft => ({
  nom: '',
  pieceJointeId: '',
  affactureur: false,
  factorRaisonSociale: '',
  factorPays: 'FR',
  factorIdentifiant: '',
  factorType: 'SIRET',
});

/** Recorded bank details as a draft (BNK-5 modification). */
export const draftOf = (b: BankDetails): BankDraft => ({
  nom: b.nomCoordonneeBancaire,
  pieceJointeId: String(b.pieceJointeId),
  affactureur: b.affactureur,
  factorRaisonSociale: b.factor?.raisonSociale ?? '',
  factorPays: b.factor?.pays ?? 'FR',
  factorIdentifiant: b.factor?.identifiant ?? '',
  factorType: b.factor?.typeIdentifiant ?? 'SIRET',
});

/** BNK-1: the fields of the draft that are required and empty (the factor's only with "affactureur"). */
export function missingFields(d: BankDraft): FormField[] {
  const missing: FormField[] = [];
  if (d.nom.trim() === '') missing.push('nom');
  if (d.pieceJointeId === '') missing.push('file');
  if (d.affactureur) {
    if (d.factorRaisonSociale.trim() === '') missing.push('factorRaisonSociale');
    if (d.factorPays === '') missing.push('factorPays');
    if (d.factorIdentifiant.trim() === '') missing.push('factorIdentifiant');
    if (d.factorType === '') missing.push('factorType');
  }
  return missing;
}

/**
 * The request of a draft and of the account entered in `<cp-iban-input>`: an IBAN with its country
 * and BIC (BNK-2, BNK-3), or the four parts of a French RIB (BNK-4, country FR) with an optional BIC.
 */
export function inputOf(d: BankDraft, account: CpIbanChangeDetail): BankDetailsInput {
  const bic = account.bicValue === '' ? {} : { bic: account.bicValue };
  const rib = account.mode === 'rib' ? ribFromIban(account.value) : undefined;
  const accountPart = rib
    ? { type: 'RIB' as const, pays: 'FR', rib }
    : { type: 'IBAN' as const, pays: account.parts?.countryCode ?? account.value.slice(0, 2), iban: account.value };
  const factor =
    d.affactureur && d.factorType !== ''
      ? {
          factor: {
            raisonSociale: d.factorRaisonSociale.trim(),
            pays: d.factorPays,
            identifiant: d.factorIdentifiant.trim(),
            typeIdentifiant: d.factorType,
          },
        }
      : {};
  return {
    nomCoordonneeBancaire: d.nom.trim(),
    ...accountPart,
    ...bic,
    pieceJointeId: Number(d.pieceJointeId),
    affactureur: d.affactureur,
    ...factor,
  };
}
