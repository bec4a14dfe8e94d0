import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './cp-text-field.js';

/** The EN catalogue of `shared/cp-text-field.ts`, loaded only when an element renders in English. */
export default {
  valueMissing: 'This field is required.',
  email: 'Enter a valid email address, for example name@domain.com.',
  url: 'Enter a valid web address, for example https://www.example.com.',
  tooShort: 'Enter at least {min} characters (currently {count}).',
  tooLong: 'Enter at most {max} characters (currently {count}).',
  patternMismatch: 'The format is not valid.',
} satisfies Catalog<MessageKey>;
