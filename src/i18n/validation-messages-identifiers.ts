import type { ReasonParams } from '../domain/validation.js';
import type { SirenReason, SiretReason } from '../domain/validators/siret.js';
import { defineMessages } from './catalog.js';
import type { Locale } from './locale.js';

/** The reasons of the INSEE identifier validators (SIRET, SIREN). */
export type IdentifierValidationReason = SiretReason | SirenReason;

/** FR and EN messages of the INSEE identifier validators: full sentences a user understands. */
const translate = defineMessages<IdentifierValidationReason>(
  {
    'siret-empty': 'Saisissez un numéro SIRET.',
    'siret-not-digits': 'Un numéro SIRET ne contient que des chiffres.',
    'siret-wrong-length': 'Un numéro SIRET compte {expected} chiffres ; vous en avez saisi {actual}.',
    'siret-bad-key':
      "Ce numéro SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez-le sur votre extrait Kbis ou votre avis de situation INSEE.",
    'siren-bad-key': "Ce numéro SIREN (les 9 premiers chiffres) n'existe pas : sa clé de contrôle est fausse.",
    'siren-empty': 'Saisissez un numéro SIREN.',
    'siren-not-digits': 'Un numéro SIREN ne contient que des chiffres.',
    'siren-wrong-length': 'Un numéro SIREN compte {expected} chiffres ; vous en avez saisi {actual}.',
  },
  {
    'siret-empty': 'Enter a SIRET number.',
    'siret-not-digits': 'A SIRET number contains only digits.',
    'siret-wrong-length': 'A SIRET number has {expected} digits; you entered {actual}.',
    'siret-bad-key':
      'This SIRET number does not exist: its check digit is wrong. Check it on your Kbis extract or INSEE registration notice.',
    'siren-bad-key': 'This SIREN number (the first 9 digits) does not exist: its check digit is wrong.',
    'siren-empty': 'Enter a SIREN number.',
    'siren-not-digits': 'A SIREN number contains only digits.',
    'siren-wrong-length': 'A SIREN number has {expected} digits; you entered {actual}.',
  },
);

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
