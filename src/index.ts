/**
 * cp-kit: every element, the domain validators and the i18n switch, from one import.
 * Import `cp-kit/<tag>` instead to load one element alone.
 */
export * from './domain/index.js';
export { setPageLocale, getPageLocale, type Locale } from './i18n/locale.js';
