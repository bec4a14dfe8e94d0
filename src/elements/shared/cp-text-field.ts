import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { defineMessages } from '../../i18n/catalog.js';
import { fieldStyles, renderField } from './field.js';
import type { ControlFormValue, ControlValidity } from './form-control.js';
import { CpTextControl } from './text-control.js';
import { tokens } from './tokens.js';

export type { ValidateOn } from './form-control.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `cp-text-field-messages.en.ts`, loaded on demand. */
const fr = {
  valueMissing: 'Ce champ est obligatoire.',
  email: 'Saisissez une adresse électronique valide, par exemple nom@domaine.fr.',
  url: 'Saisissez une adresse web valide, par exemple https://www.exemple.fr.',
  tooShort: 'Saisissez au moins {min} caractères (actuellement {count}).',
  tooLong: 'Saisissez au plus {max} caractères (actuellement {count}).',
  patternMismatch: 'Le format saisi n’est pas valide.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

const t = defineMessages(fr, () => import('./cp-text-field-messages.en.js'));

/**
 * A form-associated text input built on {@link renderField} (DSFR input group): label, hint,
 * required marker (explain it once per form with `renderRequiredNote`), and errors with an icon and
 * an "Erreur :" prefix, wired with `aria-invalid` and `aria-describedby`. It takes part in a native
 * `<form>` (value, validity, required, disabled, reset, state restoration) through `CpFormControl`,
 * and reports its own FR/EN messages, not the browser's. Errors appear when the user leaves a changed
 * field, or on submit (`invalid`), then follow the typing; the host is then `:state(user-invalid)`.
 * `error` shows an error from elsewhere (e.g. the server) and makes the field invalid.
 *
 * @fires {Event} change - The user committed a change (re-sent from the inner input, which does not cross the shadow root).
 * @fires {Event} input - The user typed (the inner input's event, composed).
 * @csspart field - The field group.
 * @csspart label - The label.
 * @csspart hint - The hint.
 * @csspart input - The `<input>`.
 * @csspart error - The error message.
 * @cssstate user-invalid - The field shows an error.
 * @cssprop --cp-color-error - Error bar, underline, text and icon (see tokens).
 * @cssprop --cp-color-background-input - Input background.
 * @cssprop --cp-color-border-strong - Input underline.
 */
export class CpTextField extends CpTextControl {
  static override styles = [
    tokens,
    fieldStyles,
    css`
      :host {
        display: block;
        max-width: 40rem;
      }
      /* Forced colours drop the background and the underline (a box-shadow): a border keeps the field visible. */
      @media (forced-colors: active) {
        .cp-field__input {
          border: 1px solid;
        }
      }
    `,
  ];

  /** Current value. The `value` attribute is the initial value, restored by a form reset. */
  @property() value = '';
  /** Input type. */
  @property() type: 'text' | 'email' | 'tel' | 'url' = 'text';
  /** Virtual keyboard hint, as on `<input>`. */
  @property() inputmode?: string;
  /** Minimum length. */
  @property({ type: Number }) minlength?: number;
  /** Maximum length (typing is not cut: the error says how many characters are too many). */
  @property({ type: Number }) maxlength?: number;
  /** Pattern the whole value must match, as on `<input>`. */
  @property() pattern?: string;
  /** Message when `pattern` does not match (default: "Le format saisi n’est pas valide."). */
  @property({ attribute: 'pattern-message' }) patternMessage = '';
  formStateRestoreCallback(saved: string | File | FormData | null): void {
    if (typeof saved === 'string') this.value = saved;
  }

  protected computeFormValue(): ControlFormValue {
    return { value: this.value, state: this.value };
  }

  protected computeValidity(): ControlValidity {
    const locale = this.i18n.locale;
    const anchor = this.input ?? undefined;
    const count = this.value.length;
    if (this.required && this.value.trim() === '')
      return { flags: { valueMissing: true }, message: t(locale, 'valueMissing'), anchor };
    if (this.value === '') return { flags: {}, message: '' };
    if (anchor?.validity.typeMismatch && (this.type === 'email' || this.type === 'url')) {
      return { flags: { typeMismatch: true }, message: t(locale, this.type), anchor };
    }
    if (this.minlength !== undefined && count < this.minlength) {
      return { flags: { tooShort: true }, message: t(locale, 'tooShort', { min: this.minlength, count }), anchor };
    }
    if (this.maxlength !== undefined && count > this.maxlength) {
      return { flags: { tooLong: true }, message: t(locale, 'tooLong', { max: this.maxlength, count }), anchor };
    }
    if (anchor?.validity.patternMismatch) {
      return { flags: { patternMismatch: true }, message: this.patternMessage || t(locale, 'patternMismatch'), anchor };
    }
    return { flags: {}, message: '' };
  }

  override render() {
    return renderField({
      id: 'input',
      label: this.label,
      hint: this.hint,
      error: this.visibleError,
      required: this.required,
      locale: this.i18n.locale,
      control: (describedBy, invalid) => html`<input
        class="cp-field__input"
        part="input"
        id="input"
        type=${this.type}
        autocomplete=${ifDefined(this.autocomplete)}
        inputmode=${ifDefined(this.inputmode)}
        pattern=${ifDefined(this.pattern)}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        ?required=${this.required}
        ?disabled=${this.isDisabled}
        .value=${live(this.value)}
        @input=${this.onInput}
        @change=${this.onChange}
        @blur=${() => this.userLeft()}
      />`,
    });
  }

  private onInput(event: Event): void {
    this.value = (event.target as HTMLInputElement).value;
    this.userEdited();
  }
}

if (!customElements.get('cp-text-field')) customElements.define('cp-text-field', CpTextField);

declare global {
  interface HTMLElementTagNameMap {
    'cp-text-field': CpTextField;
  }
}
