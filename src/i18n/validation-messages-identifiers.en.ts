import type { Catalog } from './catalog.js';
import type { IdentifierValidationReason } from './validation-messages-identifiers.js';

/** The EN messages of the INSEE identifier validators, loaded only when an element renders in English (the mock bundles them). */
export default {
  'siret-empty': 'Enter a SIRET number.',
  'siret-not-digits': 'A SIRET number contains only digits.',
  'siret-wrong-length': 'A SIRET number has {expected} digits; you entered {actual}.',
  'siret-bad-key':
    'This SIRET number does not exist: its check digit is wrong. Check it on your Kbis extract or INSEE registration notice.',
  'siren-bad-key': 'This SIREN number (the first 9 digits) does not exist: its check digit is wrong.',
  'siren-empty': 'Enter a SIREN number.',
  'siren-not-digits': 'A SIREN number contains only digits.',
  'siren-wrong-length': 'A SIREN number has {expected} digits; you entered {actual}.',
} satisfies Catalog<IdentifierValidationReason>;
