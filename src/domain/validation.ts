/**
 * The shape every validator of `src/domain` returns: either the normalised value with its parsed
 * parts, or a precise reason (a machine code the i18n catalogue translates, with parameters such as
 * the country and the expected length). Validators never throw and never lose the raw input.
 */
export type Validation<T, R extends string> =
  | {
      readonly valid: true;
      readonly value: T;
      readonly warning?: { readonly reason: R; readonly params?: ReasonParams };
    }
  | { readonly valid: false; readonly reason: R; readonly params?: ReasonParams; readonly input: string };

/** Parameters of a reason, filled into its translated message (`{country}`, `{expected}`…). */
export type ReasonParams = Readonly<Record<string, string | number>>;

/** Builds a successful validation. */
export const ok = <T, R extends string>(value: T, warning?: { reason: R; params?: ReasonParams }): Validation<T, R> =>
  warning ? { valid: true, value, warning } : { valid: true, value };

/** Builds a refused validation that keeps the raw input. */
export const fail = <T, R extends string>(input: string, reason: R, params?: ReasonParams): Validation<T, R> =>
  params ? { valid: false, reason, params, input } : { valid: false, reason, input };
