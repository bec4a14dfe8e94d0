import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './messages.js';

/** The EN catalogue of `cp-iban-input/messages.ts`, loaded only when an element renders in English. */
export default {
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
} satisfies Catalog<MessageKey>;
