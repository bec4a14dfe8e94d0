import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
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
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** The UI strings of cp-iban-input, FR (default) and EN. */
export const uiMessage = defineMessages(fr, () => import('./messages.en.js'));
