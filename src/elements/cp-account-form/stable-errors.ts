import type { FieldError } from '../shared/cp-error-summary.js';

/**
 * Keeps the same array for the error summary while its content is the same: cp-error-summary takes
 * focus whenever its `errors` property changes, so a re-render for another reason (a button enabled
 * again after a refused write) must not hand it a new array and steal the focus from the first
 * invalid field.
 */
export class StableErrors {
  #last: FieldError[] = [];
  #key = '[]';

  /** `errors`, or the previous array when it holds the same fields and messages. */
  of(errors: FieldError[]): FieldError[] {
    const key = JSON.stringify(errors);
    if (key !== this.#key) {
      this.#key = key;
      this.#last = errors;
    }
    return this.#last;
  }
}
