import type { TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { renderSelectField } from './select-field.js';

/** What {@link renderCountryField} needs. */
export interface CountryField {
  /** The field's label, already translated. */
  label: string;
  /** The ISO code chosen; one the list lacks stays shown and chosen. */
  value: string;
  /** The countries offered, by name in the page's language, with their ISO codes. */
  countries: readonly { code: string; name: string }[];
  /** The problem shown under it, already translated ('' when none). */
  error: string;
  locale: Locale;
  onChange: (code: string) => void;
}

/** The required pays of a postal address (`#f-pays`): a choice among countries by name, the ISO code on the wire. */
export function renderCountryField({ label, value, countries, error, locale, onChange }: CountryField): TemplateResult {
  return renderSelectField({
    id: 'f-pays',
    name: 'pays',
    label,
    value,
    options: countries.map((country) => ({ value: country.code, label: country.name })),
    error,
    required: true,
    autocomplete: 'country',
    locale,
    onChange,
  });
}
