import type { Locale } from './locale.js';

/**
 * A message catalogue: FR is the primary one; the EN one must have exactly the same keys, which the
 * type checker enforces (a missing translation is a build error, never an empty label).
 */
export type Catalog<K extends string> = Record<K, string>;

/** Fills `{name}` placeholders of a message. */
export function format(message: string, params: Record<string, string | number> = {}): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** Builds a translate function over a FR and an EN catalogue with the same keys. */
export function defineMessages<K extends string>(fr: Catalog<K>, en: Catalog<NoInfer<K>>) {
  const catalogs: Record<Locale, Catalog<K>> = { fr, en };
  return (locale: Locale, key: K, params?: Record<string, string | number>): string =>
    format(catalogs[locale][key], params);
}
