import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './cp-date-input.js';

/** The EN catalogue of `shared/cp-date-input.ts`, loaded only when an element renders in English. */
export default {
  label: 'Date',
  hint: 'Expected format: DD/MM/YYYY, for example 31/01/2025',
  valueMissing: 'This field is required.',
  badInput: 'Enter a real date as DD/MM/YYYY, for example 31/01/2025.',
  rangeUnderflow: 'Enter a date on or after {min}.',
  rangeOverflow: 'Enter a date on or before {max}.',
} satisfies Catalog<MessageKey>;
