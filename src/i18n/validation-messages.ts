import type { ReasonParams } from '../domain/validation.js';
import type { ValidationReason } from '../domain/validators/index.js';
import { SIREN_REASONS, SIRET_REASONS } from '../domain/validators/siret.js';
import type { Locale } from './locale.js';
import { bankValidationMessage } from './validation-messages-bank.js';
import { identifierValidationMessage, type IdentifierValidationReason } from './validation-messages-identifiers.js';

const IDENTIFIER_REASONS: ReadonlySet<string> = new Set([...SIRET_REASONS, ...SIREN_REASONS]);

const isIdentifierReason = (reason: ValidationReason): reason is IdentifierValidationReason =>
  IDENTIFIER_REASONS.has(reason);

/**
 * The message of any validation reason in `locale`, its parameters filled in, e.g.
 * `validationMessage('fr', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 26 })` →
 * « Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26. »
 * It bundles every domain's messages; an element that needs one domain imports that domain's
 * module (`validation-messages-bank.ts`, `validation-messages-identifiers.ts`) instead.
 */
export function validationMessage(locale: Locale, reason: ValidationReason, params: ReasonParams = {}): string {
  return isIdentifierReason(reason)
    ? identifierValidationMessage(locale, reason, params)
    : bankValidationMessage(locale, reason, params);
}
