import type { ReasonParams } from '../domain/validation.js';
import type { SirenReason, SiretReason } from '../domain/validators/siret.js';
import { defineMessages, type Catalog } from './catalog.js';
import type { Locale } from './locale.js';

/** The reasons of the INSEE identifier validators (SIRET, SIREN). */
export type IdentifierValidationReason = SiretReason | SirenReason;

/**
 * FR messages of the INSEE identifier validators: full sentences a user understands. The EN ones,
 * with the same keys, are `validation-messages-identifiers.en.ts`, loaded on demand.
 */
export const identifierMessagesFr: Catalog<IdentifierValidationReason> = {
  'siret-empty': 'Saisissez un numéro SIRET.',
  'siret-not-digits': 'Un numéro SIRET ne contient que des chiffres.',
  'siret-wrong-length': 'Un numéro SIRET compte {expected} chiffres ; vous en avez saisi {actual}.',
  'siret-bad-key':
    "Ce numéro SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez-le sur votre extrait Kbis ou votre avis de situation INSEE.",
  'siren-bad-key': "Ce numéro SIREN (les 9 premiers chiffres) n'existe pas : sa clé de contrôle est fausse.",
  'siren-empty': 'Saisissez un numéro SIREN.',
  'siren-not-digits': 'Un numéro SIREN ne contient que des chiffres.',
  'siren-wrong-length': 'Un numéro SIREN compte {expected} chiffres ; vous en avez saisi {actual}.',
};

const translate = defineMessages(identifierMessagesFr, () => import('./validation-messages-identifiers.en.js'));

/**
 * The message of a SIRET or SIREN reason in `locale`, its parameters filled in, e.g.
 * `identifierValidationMessage('en', 'siret-wrong-length', { expected: 14, actual: 3 })` →
 * "A SIRET number has 14 digits; you entered 3."
 */
export function identifierValidationMessage(
  locale: Locale,
  reason: IdentifierValidationReason,
  params: ReasonParams = {},
): string {
  return translate(locale, reason, params);
}
