import { html } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { fire } from '../shared/events.js';
import { AccountBlock, type Translated } from './account-block.js';
import { newPasswordProblems, renderNewPasswordFields, type NewPasswordValues } from './password-fields.js';
import { pt } from './password-messages.js';
import { st } from './security-messages.js';

const EMPTY: Required<NewPasswordValues> = { motDePasseActuel: '', nouveauMotDePasse: '', confirmation: '' };

/**
 * Password change of cp-account-form (ACC-4): the current password, the new one twice, with the
 * policy stated and checked while typing. A wrong current password is refused with no more than
 * "Mot de passe actuel incorrect.". Uses the client of the surrounding `<cp-session>`.
 *
 * @fires {CustomEvent<null>} cp-password-changed - The password was changed. Bubbles, composed.
 * @csspart policy - The stated policy with each point met or not.
 */
export class CpAccountPassword extends AccountBlock {
  protected readonly fields = ['motDePasseActuel', 'nouveauMotDePasse', 'confirmation'] as const;

  private values = { ...EMPTY };

  protected labelOf(field: string): string {
    if (field === 'motDePasseActuel') return st(this.locale, 'currentPassword');
    return pt(this.locale, field === 'confirmation' ? 'confirmation' : 'newPassword');
  }

  override render() {
    const locale = this.locale;
    return html`<form novalidate aria-labelledby="password-title" @submit=${this.onSubmit}>
      ${this.heading(st(locale, 'passwordTitle'), 'password-title')} ${this.renderUsername()} ${this.renderNotice()} ${this.renderSummary()}
      ${this.renderInput('motDePasseActuel', {
        label: st(locale, 'currentPassword'),
        type: 'password',
        autocomplete: 'current-password',
        value: this.values.motDePasseActuel,
        onInput: (value) => this.set('motDePasseActuel', value),
      })}
      ${renderNewPasswordFields({
        values: this.values,
        locale,
        errors: {
          nouveauMotDePasse: this.errors['nouveauMotDePasse']?.(locale),
          confirmation: this.errors['confirmation']?.(locale),
        },
        onInput: (field, value) => {
          this.clearError(field);
          this.set(field, value);
        },
      })}
      <div class="actions"><button type="submit" ?disabled=${this.working}>${st(locale, this.working ? 'working' : 'changePassword')}</button></div>
    </form>`;
  }

  private set(field: keyof NewPasswordValues, value: string): void {
    this.values = { ...this.values, [field]: value };
    this.notice = undefined;
    this.requestUpdate();
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client || this.working) return;
    const problems: Record<string, Translated> = {
      ...(this.values.motDePasseActuel === '' ? { motDePasseActuel: (locale: Locale) => st(locale, 'required') } : {}),
      ...newPasswordProblems(this.values),
    };
    if (Object.keys(problems).length > 0) {
      await this.showErrors(problems);
      return;
    }
    this.errors = {};
    const input = { ...this.values };
    const done = await this.write(
      input,
      (idempotencyKey) => client.changePassword(input, { idempotencyKey }).then(() => true),
      (message) => (locale) => st(locale, 'failed', { message: message(locale) }),
    );
    if (!done) return;
    this.values = { ...EMPTY };
    this.notice = { kind: 'success', text: (locale) => st(locale, 'passwordChanged') };
    fire(this, 'cp-password-changed', null);
  }
}

if (!customElements.get('cp-account-password')) customElements.define('cp-account-password', CpAccountPassword);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-password': CpAccountPassword;
  }
}
