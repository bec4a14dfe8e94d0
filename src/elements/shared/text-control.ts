import type { PropertyValues } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { CpFormControl } from './form-control.js';

export type { ValidateOn } from './form-control.js';

/**
 * What the kit's single-input form controls (`cp-text-field`, `cp-date-input`) share on top of
 * `CpFormControl`: focus delegated to the inner `<input>`, label, hint, and an error from elsewhere
 * (the server) that makes the control invalid and shows at once. When the control's own errors show
 * is the base's (`validate-on`). Subclasses render the input, validate and handle typing.
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

  @query('input') protected input?: HTMLInputElement;

  /** The control's value; the `value` attribute is the initial value, restored by a form reset. */
  abstract value: string;

  protected restoreInitialValue(): void {
    this.value = this.getAttribute('value') ?? '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('error')) this.setCustomValidity(this.error);
  }

  /** The error on screen now: the external one, or the control's own once shown. */
  protected get visibleError(): string {
    if (this.error) return this.error;
    if (!this.errorsShown() || this.isDisabled) return '';
    return this.computeValidity().message;
  }

  protected override get showsError(): boolean {
    return this.visibleError !== '';
  }

  /** Re-sends the inner input's `change`, which does not cross the shadow root. */
  protected onChange(): void {
    this.dispatchEvent(new Event('change', { bubbles: true }));
  }
}
