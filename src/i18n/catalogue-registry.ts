import type { Locale } from './locale.js';

/** Loads one catalogue of one locale and hands it to its translate function. */
type Load = () => Promise<void>;

/** The catalogues defined so far whose locale is not loaded yet, by locale. */
const unloaded = new Map<Locale, Set<Load>>();
/** The loads under way, so that two elements meeting EN at once fetch each catalogue once. */
const underWay = new Map<Load, Promise<void>>();

/**
 * Records a catalogue of `locale` to load on demand (called by `defineMessages` with a loader, when
 * the module that defines the messages runs: the catalogues known are those of the elements the page
 * imported so far, lazily imported ones included once they arrive).
 */
export function registerCatalogue(locale: Locale, load: Load): void {
  const loads = unloaded.get(locale) ?? new Set<Load>();
  loads.add(load);
  unloaded.set(locale, loads);
}

/** Whether every catalogue of `locale` defined so far is loaded: translations into it are then synchronous. */
export function isLocaleLoaded(locale: Locale): boolean {
  return !unloaded.get(locale)?.size;
}

/**
 * Loads every catalogue of `locale` defined so far (Lion's `loadNamespace`, for the whole page at
 * once: a page that shows one element in English soon shows the others in English too). Resolves
 * at once when there is nothing to load; rejects when a catalogue could not be fetched (a later call
 * tries it again).
 */
export async function ensureLocale(locale: Locale): Promise<void> {
  while (!isLocaleLoaded(locale)) {
    await Promise.all([...unloaded.get(locale)!].map((load) => loadOnce(locale, load)));
  }
}

function loadOnce(locale: Locale, load: Load): Promise<void> {
  let loading = underWay.get(load);
  if (!loading) {
    loading = load()
      .then(() => void unloaded.get(locale)!.delete(load))
      .finally(() => underWay.delete(load));
    underWay.set(load, loading);
  }
  return loading;
}
