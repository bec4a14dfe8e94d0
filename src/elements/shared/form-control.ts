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
 * When a control shows its own errors: when the user leaves a part they changed (`blur`), while they
 * type (`input`), or only once a submit, `checkValidity()` or `reportValidity()` found it invalid
 * (`submit`). A submit shows every error whatever the choice.
 */
export type ValidateOn = 'blur' | 'input' | 'submit';

/** The part of a control with a single group of fields. */
const WHOLE = 'value';

/**
 * Base of cp-kit's form-associated custom elements, on `ElementInternals` (the Web Awesome / Material
 * Web way, not a `formdata` listener): the element takes part in a native `<form>` like an `<input>`
 * does (`name`, `required`, `disabled`, a disabled `<fieldset>`, validity, `checkValidity()`,
 * `reportValidity()`, `setCustomValidity()`). After every render it hands its value and validity
 * (with an inner anchor, so the browser focuses the right field) to the form.
 *
 * It also owns when the control's own errors show (Web Awesome's `hasInteracted`, Lion's
 * `feedbackCondition`), per `validate-on`: a subclass reports the user's edits and departures
 * (`userEdited()`, `userLeft()`, for the whole control or for one part of it, such as the account and
 * the BIC of `cp-iban-input`) and renders an error only where `errorsShown()` says so. An `invalid`
 * event (submit, `checkValidity()`, `reportValidity()`) shows every error; a form reset hides them.
 * While an error is on screen the host matches `:state(user-invalid)`.
 *
 * @attr name - Name of the form entry.
 * @attr disabled - Disables the control; it is then neither submitted nor validated.
 * @attr required - A value is required.
 * @attr validate-on - When errors appear: `blur` (leaving a changed field), `input` (while typing) or `submit`.
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

  /** When errors appear: on leaving a changed field, while typing, or only on submit. */
  @property({ attribute: 'validate-on' }) validateOn: ValidateOn = 'blur';

  /** Disabled by the browser (own attribute or a disabled ancestor `<fieldset>`). */
  @state() protected formDisabled = false;

  /** The parts whose own errors are visible; `all` once a submit found the control invalid. */
  @state() private feedback: ReadonlySet<string> | 'all' = new Set();
  /** The parts the user changed since they last left them. */
  private readonly edited = new Set<string>();

  private customValidityMessage = '';

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.feedback = 'all'));
  }

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

  /** Called by the browser when the form is reset: the initial value comes back and errors hide. */
  formResetCallback(): void {
    this.restoreInitialValue();
    this.edited.clear();
    this.feedback = new Set();
  }

  /** Puts back the initial value (from the attributes), on a form reset. */
  protected abstract restoreInitialValue(): void;

  /** Called by the browser to restore the state after navigation or autofill. */
  abstract formStateRestoreCallback(state: string | File | FormData | null, reason: 'restore' | 'autocomplete'): void;

  /** The control's own validity, without the custom error. */
  protected abstract computeValidity(): ControlValidity;

  /** The value submitted with the form and the state the browser keeps for restoration. */
  protected abstract computeFormValue(): ControlFormValue;

  /** Whether the control's own errors for `part` are visible now, per `validate-on`. */
  protected errorsShown(part = WHOLE): boolean {
    return this.feedback === 'all' || this.feedback.has(part);
  }

  /** Whether an error is on screen (the host then matches `:state(user-invalid)`); by default the control's own, once shown. */
  protected get showsError(): boolean {
    return this.errorsShown() && !this.isDisabled && this.computeValidity().message !== '';
  }

  /** Call when the user changed `part`: with `validate-on="input"` its errors follow the typing. */
  protected userEdited(part = WHOLE): void {
    this.edited.add(part);
    if (this.validateOn === 'input') this.showErrors(part);
  }

  /** Call when the user leaves `part`: a changed part shows its errors (unless `validate-on="submit"`). */
  protected userLeft(part = WHOLE): void {
    if (this.edited.has(part) && this.validateOn !== 'submit') this.showErrors(part);
    this.edited.delete(part);
  }

  private showErrors(part: string): void {
    if (!this.errorsShown(part)) this.feedback = new Set([...(this.feedback as ReadonlySet<string>), part]);
  }

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
    this.toggleState('user-invalid', this.showsError);
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
