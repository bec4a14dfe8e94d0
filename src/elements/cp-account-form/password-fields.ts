import { html, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { PASSWORD_MIN_LENGTH } from '../../domain/schemas/user.js';
import { checkPasswordPolicy, type PasswordPolicyCheck } from '../../domain/validators/password.js';
import type { Locale } from '../../i18n/locale.js';
import { renderField } from '../shared/field.js';
import { pt } from './password-messages.js';

/** The new password typed twice, and the current one when the form knows it (to check "differs"). */
export interface NewPasswordValues {
  nouveauMotDePasse: string;
  confirmation: string;
  motDePasseActuel?: string;
}

/** What {@link renderNewPasswordFields} needs from the block that shows it. */
export interface NewPasswordView {
  values: NewPasswordValues;
  locale: Locale;
  /** Errors to show now, by field (`nouveauMotDePasse`, `confirmation`), already translated. */
  errors: Partial<Record<'nouveauMotDePasse' | 'confirmation', string>>;
  onInput: (field: 'nouveauMotDePasse' | 'confirmation', value: string) => void;
}

/** The problems of a new password against the ACC-4 policy, as field messages (empty when acceptable). */
export function newPasswordProblems(
  values: NewPasswordValues,
): Partial<Record<'nouveauMotDePasse' | 'confirmation', (locale: Locale) => string>> {
  const check = checkPasswordPolicy(values.nouveauMotDePasse, values.confirmation, values.motDePasseActuel);
  const policy = !check.longEnough || !check.enoughClasses ? 'policyError' : !check.differs ? 'reusedError' : undefined;
  return {
    ...(policy ? { nouveauMotDePasse: (locale: Locale) => pt(locale, policy) } : {}),
    ...(!check.confirmed ? { confirmation: (locale: Locale) => pt(locale, 'mismatchError') } : {}),
  };
}

function policyItems(check: PasswordPolicyCheck, values: NewPasswordValues, locale: Locale): Array<[boolean, string]> {
  const items: Array<[boolean, string]> = [
    [check.longEnough, pt(locale, 'policyLength', { min: PASSWORD_MIN_LENGTH })],
    [check.enoughClasses, pt(locale, 'policyClasses', { count: check.classes })],
  ];
  if (values.motDePasseActuel !== undefined)
    items.push([check.differs && values.nouveauMotDePasse !== '', pt(locale, 'policyDiffers')]);
  items.push([check.confirmed, pt(locale, 'policyConfirmed')]);
  return items;
}

/**
 * The new password twice, with the ACC-4 policy stated under it and each point marked met or not
 * while the user types (a text mark and words, never colour alone). The list is the new password's
 * description, so a screen reader reads the policy with the field.
 */
export function renderNewPasswordFields(view: NewPasswordView): TemplateResult {
  const { values, locale, errors } = view;
  const check = checkPasswordPolicy(values.nouveauMotDePasse, values.confirmation, values.motDePasseActuel);
  const input = (
    field: 'nouveauMotDePasse' | 'confirmation',
    describedBy: string,
    invalid: boolean,
    extra = '',
  ) => html`<input
    class="cp-field__input"
    part="input"
    id=${`f-${field}`}
    name=${field}
    type="password"
    autocomplete="new-password"
    required
    aria-describedby=${`${describedBy}${extra}`}
    aria-invalid=${invalid ? 'true' : 'false'}
    .value=${live(values[field])}
    @input=${(event: Event) => view.onInput(field, (event.target as HTMLInputElement).value)}
  />`;
  return html`${renderField({
    id: 'f-nouveauMotDePasse',
    label: pt(locale, 'newPassword'),
    error: errors.nouveauMotDePasse ?? '',
    required: true,
    locale,
    control: (describedBy, invalid) => input('nouveauMotDePasse', describedBy, invalid, ' password-policy'),
  })}
    <div id="password-policy" part="policy">
      <p class="hint">${pt(locale, 'policyTitle')}</p>
      <ul class="policy">
        ${policyItems(check, values, locale).map(
          ([met, text]) => html`<li data-met=${met ? 'true' : 'false'} data-mark=${met ? '✓' : '✗'}>
            <span class="cp-visually-hidden">${pt(locale, met ? 'met' : 'unmet')}</span> ${text}
          </li>`,
        )}
      </ul>
    </div>
    ${renderField({
      id: 'f-confirmation',
      label: pt(locale, 'confirmation'),
      error: errors.confirmation ?? '',
      required: true,
      locale,
      control: (describedBy, invalid) => input('confirmation', describedBy, invalid),
    })}`;
}
