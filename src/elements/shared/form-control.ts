import { LitElement, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';

/** The validity a control computes for itself: flags, the message, and the inner element the browser points at. */
export interface ControlValidity {
  readonly flags: ValidityStateFlags;
  readonly message: string;
  readonly anchor?: HTMLElement | undefined;
}

/** What a control hands to its form: the submitted value (a string or several entries) and the state to restore. */
export interface ControlFormValue {
  readonly value: string | FormData | null;
  readonly state: string | FormData | null;
}

/**
 * Base of cp-kit's form-associated custom elements, on `ElementInternals` (the Web Awesome / Material
 * Web way, not a `formdata` listener): the element takes part in a native `<form>` like an `<input>`
 * does (`name`, `required`, `disabled`, a disabled `<fieldset>`, validity, `checkValidity()`,
 * `reportValidity()`, `setCustomValidity()`). After every render it hands its value and validity
 * (with an inner anchor, so the browser focuses the right field) to the form.
 *
 * @attr name - Name of the form entry.
 * @attr disabled - Disables the control; it is then neither submitted nor validated.
 * @attr required - A value is required.
 */
export abstract class CpFormControl extends LitElement {
  static formAssociated = true;

  protected readonly internals: ElementInternals = this.attachInternals();

  /** Name of the form entry. */
  @property({ reflect: true }) name = '';

  /** Disables the control: it is then neither submitted nor validated. */
  @property({ type: Boolean, reflect: true }) disabled = false;

  /** A value is required. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Disabled by the browser (own attribute or a disabled ancestor `<fieldset>`). */
  @state() protected formDisabled = false;

  private customValidityMessage = '';

  /** The form the control belongs to. */
  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The `<label>` elements of the host page that label the control. */
  get labels(): NodeList {
    return this.internals.labels;
  }

  /** The control's validity, as on a native input. */
  get validity(): ValidityState {
    return this.internals.validity;
  }

  /** The message of the first problem, in the element's language ('' when valid). */
  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  /** Whether the control takes part in constraint validation (false when disabled). */
  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  /** Whether the control is disabled, by its own attribute or by a disabled `<fieldset>`. */
  get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** Checks validity; fires `invalid` on the element when it fails. */
  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  /** Checks validity and, when it fails, lets the browser report it and focus the faulty inner field. */
  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  /** Sets a custom error (e.g. from the server) that wins over the element's own checks; '' clears it. */
  setCustomValidity(message: string): void {
    this.customValidityMessage = message;
    this.applyValidity();
  }

  /** Called by the browser when the control's disabled state changes. */
  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Called by the browser when the form is reset: restore the initial value. */
  abstract formResetCallback(): void;

  /** Called by the browser to restore the state after navigation or autofill. */
  abstract formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;

  /** The control's own validity, without the custom error. */
  protected abstract computeValidity(): ControlValidity;

  /** The value submitted with the form and the state the browser keeps for restoration. */
  protected abstract computeFormValue(): ControlFormValue;

  /** Adds or removes a custom state, matched by `:state(name)`. */
  protected toggleState(name: string, on: boolean): void {
    if (on) this.internals.states.add(name);
    else this.internals.states.delete(name);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const { value, state } = this.computeFormValue();
    this.internals.setFormValue(value, state);
    this.applyValidity();
  }

  private applyValidity(): void {
    const own = this.computeValidity();
    if (this.customValidityMessage) {
      this.internals.setValidity({ customError: true }, this.customValidityMessage, own.anchor);
    } else if (Object.values(own.flags).some(Boolean)) {
      this.internals.setValidity(own.flags, own.message, own.anchor);
    } else {
      this.internals.setValidity({});
    }
  }
}
