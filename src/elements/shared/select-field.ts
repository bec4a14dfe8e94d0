import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { renderField, type FieldOptions } from './field.js';

/** One choice of a {@link renderSelectField}: the value sent and the text shown. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** What {@link renderSelectField} needs. */
export interface SelectField {
  /** Id of the `<select>` (the label's `for`). */
  id: string;
  /** Its form name, when it has one. */
  name?: string;
  /** The field's label, already translated. */
  label: string;
  /** The value chosen; one the options lack (and not empty) stays shown and chosen. */
  value: string;
  options: readonly SelectOption[];
  /** A first, empty choice ("Choisissez…"), already translated. */
  placeholder?: string;
  /** The problem shown under it ('' or undefined when none). */
  error?: FieldOptions['error'];
  required?: boolean;
  disabled?: boolean;
  autocomplete?: string;
  locale: Locale;
  onChange: (value: string) => void;
}

/** A choice in a `<select>` laid out as a form field (label, error under it, `aria-invalid`). */
export function renderSelectField(field: SelectField): TemplateResult {
  const { id, value, options, placeholder, required = false } = field;
  const known = value === '' || options.some((option) => option.value === value);
  return renderField({
    id,
    label: field.label,
    error: field.error,
    required,
    locale: field.locale,
    control: (describedBy, invalid) => html`<select
      class="cp-field__input"
      part="input"
      id=${id}
      name=${field.name ?? nothing}
      ?required=${required}
      ?disabled=${field.disabled ?? false}
      autocomplete=${field.autocomplete ?? nothing}
      aria-describedby=${describedBy}
      aria-invalid=${invalid ? 'true' : 'false'}
      @change=${(event: Event) => field.onChange((event.target as HTMLSelectElement).value)}
    >
      ${placeholder === undefined ? nothing : html`<option value="" ?selected=${value === ''}>${placeholder}</option>`}
      ${known ? nothing : html`<option value=${value} selected>${value}</option>`}
      ${options.map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
    </select>`,
  });
}
