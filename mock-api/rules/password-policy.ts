import { PASSWORD_MIN_LENGTH, type FieldProblem } from '../../src/domain/schemas/index.js';
import { checkPasswordPolicy } from '../../src/domain/validators/password.js';
import { fieldProblem } from './errors.js';

/**
 * The password policy of ACC-4 *[design]*: at least 12 characters, at least 3 of the 4 character
 * classes, different from the current one; the confirmation must match (`checkPasswordPolicy`,
 * shared with the elements). Returns the problems of the `field` (empty when the password is acceptable).
 */
export function passwordPolicyProblems(
  password: string,
  confirmation: string,
  current: string | undefined,
  field: string,
  confirmationField: string,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = checkPasswordPolicy(password, confirmation, current);
  if (!check.longEnough || !check.enoughClasses) {
    problems.push(
      fieldProblem(field, 'password_policy', {
        fr: `Au moins ${PASSWORD_MIN_LENGTH} caractères dont 3 types parmi minuscules, majuscules, chiffres et caractères spéciaux.`,
        en: `At least ${PASSWORD_MIN_LENGTH} characters with 3 kinds among lower case, upper case, digits and special characters.`,
      }),
    );
  }
  if (!check.differs) {
    problems.push(
      fieldProblem(field, 'password_reused', {
        fr: 'Le nouveau mot de passe doit différer de l’actuel.',
        en: 'The new password must differ from the current one.',
      }),
    );
  }
  if (confirmation !== password) {
    problems.push(
      fieldProblem(confirmationField, 'confirmation_mismatch', {
        fr: 'La confirmation ne correspond pas.',
        en: 'The confirmation does not match.',
      }),
    );
  }
  return problems;
}
