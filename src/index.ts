/**
 * cp-kit: every element, the domain validators and the i18n switch, from one import.
 * Import `cp-kit/<tag>` instead to load one element alone.
 */
export * from './domain/index.js';
export { setPageLocale, getPageLocale, type Locale } from './i18n/locale.js';
export { CpIbanInput, type CpIbanChangeDetail, type CpIbanInputEventMap, type ValidateOn } from './elements/cp-iban-input/cp-iban-input.js';
export * from './client/index.js';
