/**
 * The page-wide language of cp-kit elements (ACC-6). FR is the default. Setting it (for instance
 * when the user switches language in cp-account-form) switches every cp-kit element on the page:
 * each element listens for the `cp-page-locale-changed` event on `window` through LocaleController.
 */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'fr';
/** Sent on `window` when the page locale changes; `detail` is the new locale. */
export const LOCALE_EVENT = 'cp-page-locale-changed';

let pageLocale: Locale | undefined;
let chosenByHost = false;

/** Normalises a BCP 47 tag ("fr-FR", "EN") to a supported locale, or undefined. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  const base = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : undefined;
}

/** The locale set for every cp-kit element of the page, or the document's `lang`, or FR. */
export function getPageLocale(): Locale {
  if (pageLocale) return pageLocale;
  if (typeof document !== 'undefined') return toLocale(document.documentElement.lang) ?? DEFAULT_LOCALE;
  return DEFAULT_LOCALE;
}

/** Switches every cp-kit element of the page to `locale`: the host's (or the user's) explicit choice. */
export function setPageLocale(locale: Locale): void {
  chosenByHost = true;
  switchPage(locale);
}

/**
 * Switches the page to the logged-in user's saved language (ACC-6) unless the host has chosen the
 * page language with `setPageLocale`: an explicit choice wins. Returns whether the page switched.
 */
export function applyUserLocale(locale: Locale): boolean {
  if (chosenByHost) return false;
  switchPage(locale);
  return true;
}

function switchPage(locale: Locale): void {
  pageLocale = locale;
  if (typeof window !== 'undefined') {
    window.dispatchEvent(new CustomEvent<Locale>(LOCALE_EVENT, { detail: locale }));
  }
}

declare global {
  interface WindowEventMap {
    [LOCALE_EVENT]: CustomEvent<Locale>;
  }
}
