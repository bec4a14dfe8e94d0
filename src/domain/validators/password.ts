import { PASSWORD_MIN_LENGTH } from '../schemas/user.js';

/** Character classes counted by the ACC-4 policy: lower case, upper case, digits, others. */
const CLASSES = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{Ll}\p{Lu}\p{Nd}]/u];

/** How many character classes needed by the ACC-4 policy. */
export const PASSWORD_MIN_CLASSES = 3;

/** Where a new password stands against each point of the ACC-4 policy, as an element shows it while typing. */
export interface PasswordPolicyCheck {
  /** At least `PASSWORD_MIN_LENGTH` characters (code points). */
  readonly longEnough: boolean;
  /** How many of the 4 classes (lower case, upper case, digits, others) it uses. */
  readonly classes: number;
  /** At least `PASSWORD_MIN_CLASSES` classes. */
  readonly enoughClasses: boolean;
  /** Differs from the current password (true when the current one is not known). */
  readonly differs: boolean;
  /** The confirmation is the same. */
  readonly confirmed: boolean;
}

/**
 * Checks a new password against the policy of ACC-4 *[design]*: at least 12 characters, 3 of the 4
 * character classes, not the current one, confirmed. Shared by the mock's rules and the elements.
 */
export function checkPasswordPolicy(password: string, confirmation: string, current?: string): PasswordPolicyCheck {
  const classes = CLASSES.filter((c) => c.test(password)).length;
  return {
    longEnough: [...password].length >= PASSWORD_MIN_LENGTH,
    classes,
    enoughClasses: classes >= PASSWORD_MIN_CLASSES,
    differs: current === undefined || current === '' || password !== current,
    confirmed: password !== '' && password === confirmation,
  };
}
