import type { FormField } from './bank-draft.js';

const DIRECT: Record<string, FormField> = {
  nomCoordonneeBancaire: 'nom',
  pieceJointeId: 'file',
  factor: 'factorRaisonSociale',
  'factor.raisonSociale': 'factorRaisonSociale',
  'factor.pays': 'factorPays',
  'factor.identifiant': 'factorIdentifiant',
  'factor.typeIdentifiant': 'factorType',
};

/**
 * The form field that shows a server's field problem: the account's fields (`iban`, `bic`, `pays`,
 * `type`, `rib` and `rib.*`) all belong to `<cp-iban-input>`; unknown names go to the name field so
 * that no refusal is ever hidden.
 */
export function formFieldOf(serverField: string): FormField {
  if (DIRECT[serverField]) return DIRECT[serverField];
  if (/^(iban|bic|pays|type|rib)(\.|$)/.test(serverField)) return 'account';
  return 'nom';
}
