import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { renderField } from './field.js';

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
  const known = countries.some((country) => country.code === value);
  return renderField({
    id: 'f-pays',
    label,
    error,
    required: true,
    locale,
    control: (describedBy, invalid) => html`<select
      class="cp-field__input"
      part="input"
      id="f-pays"
      name="pays"
      required
      autocomplete="country"
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      @change=${(event: Event) => onChange((event.target as HTMLSelectElement).value)}
    >
      ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
      ${countries.map((country) => html`<option value=${country.code} ?selected=${country.code === value}>${country.name}</option>`)}
    </select>`,
  });
}
