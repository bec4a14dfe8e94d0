import { ibanCountries } from '../../domain/validators/iban.js';
import type { Locale } from '../../i18n/locale.js';

/** A country of the picker: its ISO code, its name in the current language and its IBAN length. */
export interface CountryOption {
  readonly code: string;
  readonly name: string;
  readonly length: number;
}

const cache = new Map<string, readonly CountryOption[]>();

/**
 * The countries of the IBAN registry for the picker, limited to `allowed` when given: France first,
 * then by name in `locale` (names from `Intl.DisplayNames`).
 */
export function countryOptions(locale: Locale, allowed?: readonly string[]): readonly CountryOption[] {
  const key = `${locale}|${allowed?.join(',') ?? '*'}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const options = ibanCountries()
    .filter((country) => !allowed || allowed.includes(country.code))
    .map((country) => ({ code: country.code, name: names.of(country.code) ?? country.code, length: country.length }))
    .sort((a, b) => Number(b.code === 'FR') - Number(a.code === 'FR') || collator.compare(a.name, b.name));
  cache.set(key, options);
  return options;
}
