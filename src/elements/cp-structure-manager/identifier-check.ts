import type { IdentifierType } from '../../domain/schemas/index.js';
import { validateSiret } from '../../domain/validators/siret.js';
import type { Locale } from '../../i18n/locale.js';
import { identifierValidationMessage } from '../../i18n/validation-messages-identifiers.js';

/** What the identifier as typed says (STR-1): an error, a sandbox warning, or a SIRET ready for INSEE. */
export interface IdentifierCheck {
  /** Why the SIRET is not valid, translated. */
  error?: string;
  /** Why the key fails while the sandbox accepts it, translated. */
  warning?: string;
  /** The 14 digits to look up at INSEE, when the SIRET can be looked up. */
  siret?: string;
}

/**
 * Checks the identifier as typed (STR-1): a SIRET's length, digits and key (La Poste exception
 * included); in `sandbox` a bad key is a warning, as the official test data carry such SIRETs.
 * Other identifier types are only checked by the server (their format is shown as a hint). An error
 * is a plain sentence.
 */
export function checkIdentifier(type: IdentifierType, raw: string, sandbox: boolean, locale: Locale): IdentifierCheck {
  if (type !== 'SIRET' || raw.trim() === '') return {};
  const result = validateSiret(raw, { sandbox });
  if (!result.valid) return { error: identifierValidationMessage(locale, result.reason, result.params) };
  const warning = result.warning
    ? identifierValidationMessage(locale, result.warning.reason, result.warning.params)
    : undefined;
  return { siret: result.value.siret, ...(warning ? { warning } : {}) };
}
