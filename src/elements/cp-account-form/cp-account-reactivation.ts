import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isCpError, type CpError } from '../../client/index.js';
import type { ReactivationRequestResult } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { fire } from '../shared/events.js';
import { issueOf, type Issue } from '../shared/field-issues.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { AccountBlock, missingFields } from './account-block.js';
import { newPasswordProblems } from './password-fields.js';
import { pt } from './password-messages.js';
import { reactivationRuleRefs, rt } from './reactivation-messages.js';

export type { ReactivationRequestResult } from '../../domain/schemas/index.js';
export type { Issue } from '../shared/field-issues.js';
export type { AccountDetail } from './events.js';

/** The reactivation window of DEA-3 / DEA-4, in days. */
const WINDOW_DAYS = 60;

/** Why a link cannot be used: used or replaced (409), expired (422), unknown (404). */
type LinkRefusal = 'used' | 'expired' | 'unknown';

const EMPTY = { nouveauMotDePasse: '', confirmation: '', questionSecrete: '', reponseSecrete: '' };

/** What a refusal of `reactivate` says about the link, or undefined when it is about the fields. */
function linkRefusalOf(error: CpError): LinkRefusal | undefined {
  if (error.code === 'STATE_CONFLICT') return 'used';
  if (error.code === 'NOT_FOUND' || (error.code === 'INVALID' && error.fields.some((f) => f.field === 'jeton')))
    return 'unknown';
  if (error.code === 'RULE_BROKEN' && error.rule === 'DEA-3') return 'expired';
  return undefined;
}

/** "dd/mm/yyyy" and "hh:mm" of an instant in the user's time zone (X-6). */
function dateAndTime(instant: string, locale: Locale): { date: string; time: string } {
  const at = new Date(instant);
  return {
    date: new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    }).format(at),
    time: new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { hour: '2-digit', minute: '2-digit' }).format(
      at,
    ),
  };
}

/**
 * Reactivation of a deactivated account (DEA-3, DEA-4, ID-4), in cp-account-form.
 *
 * Without `token`: "Réactiver mon compte", then "Valider" (guide 001), asks for the e-mailed link
 * (single use, 24 h) and says where it went; after 60 days the refusal points to the support (DEA-4). With `token` (from the e-mailed
 * link): the form for the new password (ACC-4 policy shown while typing), secret question and answer;
 * a used, replaced, expired or unknown link says so and offers a new link.
 *
 * @attr token - The single-use token of the e-mailed link (`jeton` in the link's query).
 * @attr support-href - Where the support's request form (sollicitation) is; shown after 60 days.
 * @fires {CustomEvent<ReactivationRequestResult>} cp-reactivation-requested - The link was e-mailed; `detail`: `{ destinataire, expireLe }`. Bubbles, composed.
 * @fires {CustomEvent<AccountDetail>} cp-account-reactivated - The account is active again; `detail.account`. Bubbles, composed.
 */
export class CpAccountReactivation extends AccountBlock {
  protected readonly fields = ['nouveauMotDePasse', 'confirmation', 'questionSecrete', 'reponseSecrete'] as const;

  /** The token of the e-mailed link; empty to ask for a link. */
  @property() token = '';

  /** Link to the support's request form, shown when self-reactivation is over (DEA-4). */
  @property({ attribute: 'support-href' }) supportHref = '';

  /** The server's refusal message of ID-4, shown above the request (the account is deactivated). */
  @property({ attribute: false }) reason: Issue | undefined;

  @state() private sent: ReactivationRequestResult | undefined;
  @state() private refusal: LinkRefusal | undefined;
  @state() private outOfWindow: Issue | undefined;
  /** "Réactiver mon compte" was pressed: the e-mail is sent once the user presses Valider (guide 001). */
  @state() private confirming = false;

  protected override values = { ...EMPTY };

  protected labelOf(field: string): string {
    const locale = this.locale;
    if (field === 'nouveauMotDePasse') return pt(locale, 'newPassword');
    if (field === 'confirmation') return pt(locale, 'confirmation');
    return rt(locale, field === 'questionSecrete' ? 'question' : 'answer');
  }

  override render() {
    return this.token && !this.refusal ? this.renderLinkForm() : this.renderRequest();
  }

  private renderRequest(): TemplateResult {
    const locale = this.locale;
    const refusal = this.refusal;
    return html`<section aria-labelledby="request-title">
      ${this.heading(rt(locale, refusal ? 'linkTitle' : 'requestTitle'), 'request-title')}
      ${
        refusal
          ? html`<div class="notice notice--error" role="alert" part="notice link-refusal" tabindex="-1">
            <p>${rt(locale, refusal)}${renderRuleRef(refusal === 'unknown' ? undefined : reactivationRuleRefs[refusal], locale)}</p>
            <p>${rt(locale, 'wayForward', { days: WINDOW_DAYS })}</p>
          </div>`
          : this.reason
            ? html`<div class="notice notice--warning" role="status"><p>${this.reason(locale)}</p></div>`
            : nothing
      }
      ${this.outOfWindow ? this.renderSupport(this.outOfWindow) : html`<p>${rt(locale, 'requestIntro', { days: WINDOW_DAYS })}</p>`}
      ${this.renderNotice()} ${this.renderSent()}
      ${
        this.outOfWindow
          ? nothing
          : this.confirming
            ? this.renderConfirm()
            : html`<div class="actions">
              <button type="button" id="request" @click=${this.onAsk}>
                ${rt(locale, refusal || this.sent ? 'requestAgain' : 'request')}
              </button>
            </div>`
      }
    </section>`;
  }

  /** Guide 001: "Réactiver mon compte" then "Valider": says where the link goes before sending it. */
  private renderConfirm(): TemplateResult {
    const locale = this.locale;
    const busy = this.writes.busy;
    return html`<div class="confirm" part="confirm" id="confirm" role="group" aria-labelledby="confirm-text" tabindex="-1">
      <p id="confirm-text">${rt(locale, 'confirmText')}</p>
      <div class="actions">
        <button type="button" ?disabled=${busy} @click=${this.onRequest}>${rt(locale, busy ? 'requesting' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${busy} @click=${this.onCancelRequest}>${rt(locale, 'cancel')}</button>
      </div>
    </div>`;
  }

  /** Shows the Valider step, which takes focus. */
  private async onAsk(): Promise<void> {
    this.notice = undefined;
    this.confirming = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#confirm')?.focus();
  }

  /** Annuler: nothing is sent; focus goes back to "Réactiver mon compte". */
  private async onCancelRequest(): Promise<void> {
    this.confirming = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#request')?.focus();
  }

  private renderSent(): TemplateResult | typeof nothing {
    if (!this.sent) return nothing;
    const { date, time } = dateAndTime(this.sent.expireLe, this.locale);
    return html`<div class="notice notice--success" role="status" part="notice sent" tabindex="-1"><p>${rt(this.locale, 'sent', { to: this.sent.destinataire, date, time })}</p></div>`;
  }

  /** DEA-4: after 60 days, the refusal and the way to the support. */
  private renderSupport(message: Issue): TemplateResult {
    const locale = this.locale;
    return html`<div class="notice notice--error" role="alert" part="notice support" tabindex="-1">
      <p>${message(locale)}</p>
      <p>${rt(locale, 'support', { days: WINDOW_DAYS })}</p>
      ${this.supportHref ? html`<p><a href=${this.supportHref}>${rt(locale, 'supportLink')}</a></p>` : nothing}
    </div>`;
  }

  private renderLinkForm(): TemplateResult {
    const locale = this.locale;
    return html`<form novalidate aria-labelledby="link-title" @submit=${this.onReactivate}>
      ${this.heading(rt(locale, 'linkTitle'), 'link-title')}
      <p>${rt(locale, 'linkIntro')}</p>
      ${this.renderNotice()} ${this.renderSummary()}
      ${this.renderNewPassword(this.values)}
      ${this.renderInput('questionSecrete', { label: this.labelOf('questionSecrete'), value: this.values.questionSecrete, onInput: (value) => this.set('questionSecrete', value) })}
      ${this.renderInput('reponseSecrete', {
        label: this.labelOf('reponseSecrete'),
        hint: rt(locale, 'answerHint'),
        type: 'password',
        value: this.values.reponseSecrete,
        onInput: (value) => this.set('reponseSecrete', value),
      })}
      <div class="actions"><button type="submit" ?disabled=${this.writes.busy}>${rt(locale, this.writes.busy ? 'working' : 'reactivate')}</button></div>
    </form>`;
  }

  /** DEA-3: asks for the e-mailed link; DEA-4: after 60 days, the support. */
  private async onRequest(): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    const words = {
      failed: (message: string, locale: Locale) => rt(locale, 'requestFailed', { message }),
      refused: (error: CpError) => {
        this.confirming = false;
        const over = isCpError(error, 'RULE_BROKEN') && error.rule === 'DEA-4';
        if (over) this.outOfWindow = issueOf(error.text);
        return over;
      },
    };
    await this.save({ request: 'reactivation-request' }, words, async (idempotencyKey) => {
      const sent = await client.requestReactivation({ idempotencyKey });
      this.sent = sent;
      this.confirming = false;
      return () => fire(this, 'cp-reactivation-requested', sent);
    });
  }

  /** DEA-3: new password (ACC-4 policy) and secret question; the link is used once. */
  private async onReactivate(event: Event): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    if (!client) return;
    const input = {
      jeton: this.token,
      ...this.values,
      questionSecrete: this.values.questionSecrete.trim(),
      reponseSecrete: this.values.reponseSecrete.trim(),
    };
    const problems = {
      ...newPasswordProblems(this.values),
      ...missingFields({ questionSecrete: input.questionSecrete, reponseSecrete: input.reponseSecrete }, (locale) =>
        rt(locale, 'required'),
      ),
    };
    if (Object.keys(problems).length > 0) return this.issues.show(problems);
    const words = {
      failed: (message: string, locale: Locale) => rt(locale, 'failed', { message }),
      refused: (error: CpError) => {
        this.refusal = linkRefusalOf(error);
        return this.refusal !== undefined;
      },
    };
    await this.save({ request: input }, words, async (idempotencyKey) => {
      const account = await client.reactivate(input, { idempotencyKey });
      this.values = { ...EMPTY };
      this.notice = { kind: 'success', text: (l) => rt(l, 'reactivated') };
      return () => fire(this, 'cp-account-reactivated', { account });
    });
  }
}

if (!customElements.get('cp-account-reactivation'))
  customElements.define('cp-account-reactivation', CpAccountReactivation);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-reactivation': CpAccountReactivation;
  }
}
