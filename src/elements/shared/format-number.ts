import type { Locale } from '../../i18n/locale.js';

const formats = new Map<Locale, Intl.NumberFormat>();

/**
 * A number written the way the locale groups digits (1 234 / 1,234). One formatter per locale, kept:
 * `toLocaleString('fr-FR')` builds a new one on every call (~0.1 ms each, a dozen per page of results).
 */
export function formatNumber(value: number, locale: Locale): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale === 'fr' ? 'fr-FR' : 'en-GB');
    formats.set(locale, format);
  }
  return format.format(value);
}
