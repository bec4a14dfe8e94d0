import { registerCatalogue } from './catalogue-registry.js';
import type { Locale } from './locale.js';

/**
 * A message catalogue: FR is the primary one; the EN one must have exactly the same keys, which the
 * type checker enforces (a missing translation is a build error, never an empty label).
 */
export type Catalog<K extends string> = Record<K, string>;

/**
 * Loads the EN catalogue of a FR one on demand: `() => import('./messages.en.js')`, a module whose
 * default export is `{ … } satisfies Catalog<MessageKey>`, `MessageKey` being the FR module's keys.
 */
export type CatalogLoader<K extends string> = () => Promise<{ readonly default: Catalog<K> }>;

/** Translates `key` into `locale`, its placeholders (`{name}`, plurals: {@link format}) filled from `params`. */
export type Translate<K extends string> = (locale: Locale, key: K, params?: Record<string, string | number>) => string;

/** `{count, plural, one {…} other {…}}`, each form holding text, `#` and `{name}` placeholders. */
const PLURAL = /\{(\w+), plural, one \{((?:[^{}]|\{\w+\})*)\} other \{((?:[^{}]|\{\w+\})*)\}\}/g;

/**
 * Fills the placeholders of a message: `{name}` by `params.name`; `{count, plural, one {# demande}
 * other {# demandes}}` (ICU's plural, its two forms the kit's languages need) by the form of the
 * count's plural category in `locale` (`Intl.PluralRules`: in French 0 and 1 take `one`, in English
 * only 1), `#` standing for the count.
 */
export function format(message: string, params: Record<string, string | number> = {}, locale: Locale = 'fr'): string {
  return message
    .replace(PLURAL, (whole, name: string, one: string, other: string) => {
      if (!(name in params)) return whole;
      const count = String(params[name]);
      const category = new Intl.PluralRules(locale).select(Number(count.replace(/\D/g, '')));
      return (category === 'one' ? one : other).replace(/#/g, count);
    })
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Builds a translate function over a FR catalogue and its EN one with the same keys. The EN one is
 * either the catalogue itself (bundled with the FR one) or, so that a French page never downloads
 * it, a loader (`() => import('./messages.en.js')`): the catalogue registry loads it when an
 * element first renders in English (`ensureLocale`, which `LocaleController` awaits before each
 * update). Until then, which no element's update ever sees, the FR text stands in. A catalogue whose
 * EN text weighs less than the code that would load it (`rule-ref.ts`, `notice.ts`, the confirm
 * dialog's two buttons: under about 200 characters) keeps it static: the loader would cost a French
 * page more than it saves, and an English page one more request.
 *
 * Marked free of side effects for bundlers: a catalogue nobody translates with is dropped, and with
 * it its registration, so that no page fetches the EN catalogue of a module it does not use.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineMessages<K extends string>(
  fr: Catalog<K>,
  en: Catalog<NoInfer<K>> | CatalogLoader<NoInfer<K>>,
): Translate<K> {
  const catalogs: Partial<Record<Locale, Catalog<K>>> = { fr };
  if (typeof en === 'function') {
    registerCatalogue('en', async () => {
      catalogs.en = (await en()).default;
    });
  } else {
    catalogs.en = en;
  }
  return (locale, key, params) => format((catalogs[locale] ?? fr)[key], params, locale);
}
