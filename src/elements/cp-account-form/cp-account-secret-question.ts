import { html } from 'lit';
import { property } from 'lit/decorators.js';
import { fire } from '../shared/events.js';
import { AccountBlock, missingFields } from './account-block.js';
import { securityWords, st } from './security-messages.js';

const EMPTY = { motDePasseActuel: '', question: '', reponse: '' };

/**
 * Secret question and answer of cp-account-form (ACC-5): changed with the current password; the
 * answer is stored hashed and never shown again. Uses the client of the surrounding `<cp-session>`.
 *
 * @fires {CustomEvent<null>} cp-secret-question-changed - The question and answer were changed. Bubbles, composed.
 */
export class CpAccountSecretQuestion extends AccountBlock {
  protected readonly fields = ['motDePasseActuel', 'question', 'reponse'] as const;

  /** The question recorded now (text), shown above the form. */
  @property() current = '';

  protected override values = { ...EMPTY };

  protected labelOf(field: string): string {
    return st(
      this.locale,
      field === 'motDePasseActuel' ? 'currentPassword' : field === 'question' ? 'question' : 'answer',
    );
  }

  override render() {
    const locale = this.locale;
    return html`<form novalidate aria-labelledby="question-title" @submit=${this.onSubmit}>
      ${this.heading(st(locale, 'questionTitle'), 'question-title')} ${this.renderUsername()} ${this.renderNotice()} ${this.renderSummary()}
      <p>${this.current ? st(locale, 'currentQuestion', { question: this.current }) : st(locale, 'noQuestion')}</p>
      ${this.renderInput('motDePasseActuel', {
        label: this.labelOf('motDePasseActuel'),
        type: 'password',
        autocomplete: 'current-password',
        value: this.values.motDePasseActuel,
        onInput: (value) => this.set('motDePasseActuel', value),
      })}
      ${this.renderInput('question', { label: this.labelOf('question'), value: this.values.question, onInput: (value) => this.set('question', value) })}
      ${this.renderInput('reponse', {
        label: this.labelOf('reponse'),
        hint: st(locale, 'answerHint'),
        type: 'password',
        value: this.values.reponse,
        onInput: (value) => this.set('reponse', value),
      })}
      <div class="actions"><button type="submit" ?disabled=${this.writes.busy}>${st(locale, this.writes.busy ? 'working' : 'changeQuestion')}</button></div>
    </form>`;
  }

  private async onSubmit(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client) return;
    const input = {
      motDePasseActuel: this.values.motDePasseActuel,
      question: this.values.question.trim(),
      reponse: this.values.reponse.trim(),
    };
    const missing = missingFields(input, (locale) => st(locale, 'required'));
    if (Object.keys(missing).length > 0) return this.issues.show(missing);
    await this.save({ request: input }, securityWords, async (idempotencyKey) => {
      const saved = await client.changeSecretQuestion(input, { idempotencyKey });
      this.values = { ...EMPTY };
      this.current = saved.questionSecrete ?? '';
      this.notice = { kind: 'success', text: (locale) => st(locale, 'questionChanged') };
      return () => fire(this, 'cp-secret-question-changed', null);
    });
  }
}

if (!customElements.get('cp-account-secret-question'))
  customElements.define('cp-account-secret-question', CpAccountSecretQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-secret-question': CpAccountSecretQuestion;
  }
}
