import type { PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { CpFormControl } from './form-control.js';

/** When a field shows its errors: on leaving it after a change (default), while typing, or only on submit. */
export type ValidateOn = 'blur' | 'input' | 'submit';

/**
 * What the kit's single-input form controls (`cp-text-field`, `cp-date-input`) share on top of
 * `CpFormControl`: focus delegated to the inner `<input>`, label, hint, an error from elsewhere (the
 * server) that makes the control invalid, and when the control's own errors show (`validate-on`:
 * after a change on leaving the field, while typing, or only once a submit marked it `invalid`),
 * reflected as `:state(user-invalid)`. Subclasses render the input, validate and handle typing.
 */
export abstract class CpTextControl extends CpFormControl {
  static override shadowRootOptions: ShadowRootInit = { ...CpFormControl.shadowRootOptions, delegatesFocus: true };

  protected readonly i18n = new LocaleController(this);

  /** Label of the field. */
  @property() label = '';
  /** Help under the label (expected format…). */
  @property() hint = '';
  /** Autofill hint, as on `<input>`. */
  @property() autocomplete?: string;
  /** An error from elsewhere (e.g. the server), shown at once; the field stays invalid until it is cleared. */
  @property() error = '';
  /** When errors appear. */
  @property({ attribute: 'validate-on' }) validateOn: ValidateOn = 'blur';

  /** Whether the control's own errors are visible. */
  @state() protected shown = false;
  private edited = false;

  @query('input') protected input?: HTMLInputElement;

  /** The control's value; the `value` attribute is the initial value, restored by a form reset. */
  abstract value: string;

  constructor() {
    super();
    this.addEventListener('invalid', () => (this.shown = true));
  }

  formResetCallback(): void {
    this.value = this.getAttribute('value') ?? '';
    this.shown = false;
    this.edited = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('error')) this.setCustomValidity(this.error);
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.toggleState('user-invalid', this.visibleError !== '');
  }

  /** The error on screen now: the external one, or the control's own once shown. */
  protected get visibleError(): string {
    if (this.error) return this.error;
    if (!this.shown || this.isDisabled) return '';
    return this.computeValidity().message;
  }

  /** Call when the user typed: errors follow the typing with `validate-on="input"`. */
  protected userTyped(): void {
    this.edited = true;
    if (this.validateOn === 'input') this.shown = true;
  }

  /** Call when the user leaves the input: a changed field shows its errors (unless `validate-on="submit"`). */
  protected userLeft(): void {
    if (this.edited && this.validateOn !== 'submit') this.shown = true;
    this.edited = false;
  }

  /** Re-sends the inner input's `change`, which does not cross the shadow root. */
  protected onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
