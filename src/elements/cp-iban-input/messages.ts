import { defineMessages } from '../../i18n/catalog.js';

/** The UI strings of cp-iban-input, FR (default) and EN. */
export const uiMessage = defineMessages(
  {
    modeLegend: 'Saisir les coordonnées bancaires sous forme de',
    modeIban: 'IBAN',
    modeRib: 'RIB (compte en France)',
    country: 'Pays du compte',
    ibanLabel: 'IBAN',
    ibanHint:
      'Un IBAN du pays {countryName} compte {length} caractères et commence par {code}. Espaces et tirets sont acceptés.',
    ribLegend: "Relevé d'identité bancaire (RIB)",
    ribHint:
      'Code banque : 5 chiffres ; code guichet : 5 chiffres ; numéro de compte : 11 chiffres ou lettres ; clé RIB : 2 chiffres.',
    bankCode: 'Code banque',
    branchCode: 'Code guichet',
    accountNumber: 'Numéro de compte',
    ribKey: 'Clé RIB',
    ribIban: 'IBAN correspondant : {iban}',
    bicLabel: 'BIC (code SWIFT)',
    bicHint: '8 ou 11 caractères, par exemple BDFEFRPP.',
    optional: 'facultatif',
    errorPrefix: 'Erreur :',
    paymentNote:
      "Le paiement n'est pas garanti sur ces coordonnées bancaires : les coordonnées bancaires prévues au contrat prévalent.",
  },
  {
    modeLegend: 'Enter the bank details as',
    modeIban: 'IBAN',
    modeRib: 'RIB (account in France)',
    country: 'Country of the account',
    ibanLabel: 'IBAN',
    ibanHint:
      'An IBAN from {countryName} has {length} characters and starts with {code}. Spaces and dashes are accepted.',
    ribLegend: 'French bank details (RIB)',
    ribHint: 'Bank code: 5 digits; branch code: 5 digits; account number: 11 digits or letters; RIB key: 2 digits.',
    bankCode: 'Bank code',
    branchCode: 'Branch code',
    accountNumber: 'Account number',
    ribKey: 'RIB key',
    ribIban: 'Matching IBAN: {iban}',
    bicLabel: 'BIC (SWIFT code)',
    bicHint: '8 or 11 characters, for example BDFEFRPP.',
    optional: 'optional',
    errorPrefix: 'Error:',
    paymentNote: 'Payment on these bank details is not guaranteed: the bank details of the contract prevail.',
  },
);
