import { html } from 'lit';
import { fire } from '../shared/events.js';
import { AccountBlock, missingFields } from './account-block.js';
import { newPasswordProblems, type NewPasswordValues } from './password-fields.js';
import { pt } from './password-messages.js';
import { securityWords, st } from './security-messages.js';

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

  protected override values = { ...EMPTY };

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
      ${this.renderNewPassword(this.values)}
      <div class="actions"><button type="submit" ?disabled=${this.writes.busy}>${st(locale, this.writes.busy ? 'working' : 'changePassword')}</button></div>
    </form>`;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client) return;
    const problems = {
      ...missingFields({ motDePasseActuel: this.values.motDePasseActuel }, (locale) => st(locale, 'required')),
      ...newPasswordProblems(this.values),
    };
    if (Object.keys(problems).length > 0) return this.issues.show(problems);
    const input = { ...this.values };
    await this.save({ request: input }, securityWords, async (idempotencyKey) => {
      await client.changePassword(input, { idempotencyKey });
      this.values = { ...EMPTY };
      this.notice = { kind: 'success', text: (locale) => st(locale, 'passwordChanged') };
      return () => fire(this, 'cp-password-changed', null);
    });
  }
}

if (!customElements.get('cp-account-password')) customElements.define('cp-account-password', CpAccountPassword);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-password': CpAccountPassword;
  }
}
