import { css, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { defineMessages } from '../../i18n/catalog.js';
import { formatIsoDate, isIsoDate, parseDateText } from './date-text.js';
import { fieldStyles, renderField } from './field.js';
import type { ControlFormValue, ControlValidity } from './form-control.js';
import { CpTextControl } from './text-control.js';
import { tokens } from './tokens.js';

export type { ValidateOn } from './form-control.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `cp-date-input-messages.en.ts`, loaded on demand. */
const fr = {
  label: 'Date',
  hint: 'Format attendu : JJ/MM/AAAA, par exemple 31/01/2025',
  valueMissing: 'Ce champ est obligatoire.',
  badInput: 'Saisissez une date réelle au format JJ/MM/AAAA, par exemple 31/01/2025.',
  rangeUnderflow: 'Saisissez une date égale ou postérieure au {min}.',
  rangeOverflow: 'Saisissez une date égale ou antérieure au {max}.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

const t = defineMessages(fr, () => import('./cp-date-input-messages.en.js'));

/**
 * Date field: the user types the date day first, dd/mm/yyyy, in FR and in EN alike (EN follows
 * the en-GB order rather than the US month-first one: the kit serves French public bodies and their
 * partners, and one order for both languages means a date never changes meaning when the user
 * switches language; the hint spells the format out). Lenient on entry (`1/2/2025`, `01.02.2025`,
 * `01022025`, a pasted ISO date), rewritten as dd/mm/yyyy on leaving the field. The value, the form
 * entry, `min` and `max` are ISO 8601 calendar dates (yyyy-mm-dd), never `Date` objects, so no time
 * zone shifts a day.
 *
 * Form-associated through `CpFormControl`: value, validity (`valueMissing`, `badInput`,
 * `rangeUnderflow`, `rangeOverflow`, custom `error`), required, disabled (also from a `<fieldset>`),
 * reset to the `value` attribute, state restoration. Errors show on leaving a changed field or on
 * submit, with the "Erreur :" prefix and icon of `renderField`; the host is then `:state(user-invalid)`.
 *
 * @fires {Event} change - The user committed a change; read `value` for the ISO date ('' when empty or not a date).
 * @fires {Event} input - The user typed (the inner input's event, composed).
 * @csspart field - The field group.
 * @csspart label - The label.
 * @csspart hint - The format hint.
 * @csspart input - The `<input>`.
 * @csspart error - The error message.
 * @cssstate user-invalid - The field shows an error.
 * @cssprop --cp-color-error - Error bar, underline, text and icon (see tokens).
 * @cssprop --cp-color-background-input - Input background.
 */
export class CpDateInput extends CpTextControl {
  static override styles = [
    tokens,
    fieldStyles,
    css`
      :host {
        display: block;
        max-width: 14rem;
      }
      /* Forced colours drop the background and the underline (a box-shadow): a border keeps the field visible. */
      @media (forced-colors: active) {
        .cp-field__input {
          border: 1px solid;
        }
      }
    `,
  ];

  /** Earliest accepted date, ISO yyyy-mm-dd. */
  @property() min = '';
  /** Latest accepted date, ISO yyyy-mm-dd. */
  @property() max = '';
  /** What the user typed. */
  @state() private text = '';

  /**
   * The date as ISO 8601 (yyyy-mm-dd); '' when the field is empty or holds no real date. Setting it
   * (ISO) shows it as dd/mm/yyyy; the `value` attribute is the initial value, restored by a reset.
   */
  @property()
  get value(): string {
    return parseDateText(this.text) ?? '';
  }

  set value(iso: string) {
    const old = this.value;
    this.text = formatIsoDate(iso ?? '');
    this.requestUpdate('value', old);
  }

  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.text = saved;
  }

  protected computeFormValue(): ControlFormValue {
    return { value: this.value, state: this.text };
  }

  protected computeValidity(): ControlValidity {
    const locale = this.i18n.locale;
    const anchor = this.input ?? undefined;
    const value = this.value;
    if (this.text.trim() === '') {
      return this.required
        ? { flags: { valueMissing: true }, message: t(locale, 'valueMissing'), anchor }
        : { flags: {}, message: '' };
    }
    if (!value) return { flags: { badInput: true }, message: t(locale, 'badInput'), anchor };
    if (isIsoDate(this.min) && value < this.min) {
      return {
        flags: { rangeUnderflow: true },
        message: t(locale, 'rangeUnderflow', { min: formatIsoDate(this.min) }),
        anchor,
      };
    }
    if (isIsoDate(this.max) && value > this.max) {
      return {
        flags: { rangeOverflow: true },
        message: t(locale, 'rangeOverflow', { max: formatIsoDate(this.max) }),
        anchor,
      };
    }
    return { flags: {}, message: '' };
  }

  override render() {
    const locale = this.i18n.locale;
    return renderField({
      id: 'input',
      label: this.label || t(locale, 'label'),
      hint: this.hint || t(locale, 'hint'),
      error: this.visibleError,
      required: this.required,
      locale,
      control: (describedBy, invalid) => html`<input
        class="cp-field__input"
        part="input"
        id="input"
        type="text"
        inputmode="numeric"
        spellcheck="false"
        autocomplete=${ifDefined(this.autocomplete)}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        .value=${live(this.text)}
        @input=${this.onInput}
        @change=${this.onChange}
        @blur=${this.onBlur}
      />`,
    });
  }

  private onInput(event: Event): void {
    const old = this.value;
    this.text = (event.target as HTMLInputElement).value;
    this.requestUpdate('value', old);
    this.userEdited();
  }

  private onBlur(): void {
    const iso = this.value;
    if (iso) this.text = formatIsoDate(iso);
    this.userLeft();
  }
}

if (!customElements.get('cp-date-input')) customElements.define('cp-date-input', CpDateInput);

declare global {
  interface HTMLElementTagNameMap {
    'cp-date-input': CpDateInput;
  }
}
