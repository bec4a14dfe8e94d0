import type { ReasonParams } from '../domain/validation.js';
import type { ValidationReason } from '../domain/validators/index.js';
import { SIREN_REASONS, SIRET_REASONS } from '../domain/validators/siret.js';
import { defineMessages } from './catalog.js';
import type { Locale } from './locale.js';
import bankMessagesEn from './validation-messages-bank.en.js';
import { bankMessagesFr, withCountryNames, type BankValidationReason } from './validation-messages-bank.js';
import identifierMessagesEn from './validation-messages-identifiers.en.js';
import { identifierMessagesFr, type IdentifierValidationReason } from './validation-messages-identifiers.js';

const IDENTIFIER_REASONS: ReadonlySet<string> = new Set([...SIRET_REASONS, ...SIREN_REASONS]);

const isIdentifierReason = (reason: ValidationReason): reason is IdentifierValidationReason =>
  IDENTIFIER_REASONS.has(reason);

// Both languages bundled: the mock answers every request with FR and EN texts, synchronously.
const bank = defineMessages<BankValidationReason>(bankMessagesFr, bankMessagesEn);
const identifiers = defineMessages<IdentifierValidationReason>(identifierMessagesFr, identifierMessagesEn);

/**
 * The message of any validation reason in `locale`, its parameters filled in, e.g.
 * `validationMessage('fr', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 26 })` →
 * « Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26. »
 * It bundles every domain's messages in both languages, for the mock, which writes both into its
 * answers; an element imports one domain's module instead (`validation-messages-bank.ts`,
 * `validation-messages-identifiers.ts`), whose EN messages load on demand.
 */
export function validationMessage(locale: Locale, reason: ValidationReason, params: ReasonParams = {}): string {
  return isIdentifierReason(reason)
    ? identifiers(locale, reason, params)
    : bank(locale, reason, withCountryNames(locale, params));
}
