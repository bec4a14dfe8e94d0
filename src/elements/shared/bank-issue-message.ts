import { defineMessages } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { bankValidationMessage } from '../../i18n/validation-messages-bank.js';
import type { BankIssue } from './bank-details-check.js';

const t = defineMessages(
  { ribEmpty: 'Saisissez le code banque, le code guichet, le numéro de compte et la clé RIB.' },
  { ribEmpty: 'Enter the bank code, branch code, account number and RIB key.' },
);

/**
 * The sentence of a bank details problem in `locale` (cp-iban-input, cp-bank-details): the validator's
 * sentence, or the one for an empty RIB.
 */
export function issueMessage(locale: Locale, issue: BankIssue): string {
  return issue.reason === 'rib-empty'
    ? t(locale, 'ribEmpty')
    : bankValidationMessage(locale, issue.reason, issue.params);
}
