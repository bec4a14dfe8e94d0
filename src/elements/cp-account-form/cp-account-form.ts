import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createAccountApi } from '../../client/account-api.js';
import { isCpError, type CpError } from '../../client/index.js';
import type { Bilingual, FieldProblem, Language, UserAccount } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { setPageLocale, toLocale, type Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { renderConflictNotice } from '../shared/conflict-notice.js';
import { countries } from '../shared/countries.js';
import { renderCountryField } from '../shared/country-field.js';
import '../shared/cp-error-summary.js';
import { fire } from '../shared/events.js';
import { FieldIssues, issueOf, type Issue } from '../shared/field-issues.js';
import { fieldStyles, renderField, renderRequiredNote } from '../shared/field.js';
import { formPageStyles } from '../shared/form-page-styles.js';
import { renderNotice, type Notice, type NoticeKind } from '../shared/notice.js';
import { renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor } from '../shared/render-refreshing.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { WriteController } from '../shared/write-controller.js';
import { renderAccountState } from './account-dates.js';
import {
  changedFields,
  checkUpdate,
  DRAFT_FIELDS,
  draftFieldOf,
  draftOf,
  sameDraft,
  updateOf,
  type AccountDraft,
  type DraftField,
} from './account-draft.js';
import './cp-account-deactivation.js';
import './cp-account-password.js';
import './cp-account-secret-question.js';
import { ADDRESS_FIELDS, FORMAT_MESSAGES, GENERAL_FIELDS, PHONE_FIELDS, type TextFieldSpec } from './field-specs.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { renderPigpAccountNote } from './pigp-account-note.js';

export type { ReactivationRequestResult } from '../../domain/schemas/index.js';
export type { AccountBeforeSaveDetail, AccountDetail, CpAccountFormEventMap } from './events.js';

/** A message above the form: a text of the catalogue, with a text from the server in `{message}`. */
const noticeOf = (kind: NoticeKind, key: MessageKey, message?: Bilingual): Notice => ({
  kind,
  text: (locale) => t(locale, key, { message: message?.[locale] ?? '' }),
});

/** What the element shows, after loading. */
type Loaded = { kind: 'account' } | { kind: 'deactivated'; error: CpError } | { kind: 'none' };

/**
 * "Mes informations personnelles" (SPEC §2, ACC-1..7, ID-3): the account of the user of the
 * surrounding `<cp-session>`.
 *
 * - An account initialised from MADRHAS and not yet completed opens in completion mode (ACC-1): the
 *   user checks contact e-mail, nom, prénom and address and validates; the element then fires
 *   `cp-first-connection-completed`, which the host uses to go to its home page.
 * - Otherwise: general information, postal address, phones and fax (ACC-2), the login id read-only
 *   (ID-3), parameters (ACC-6: language, notifications, read-only state and dates). One Valider saves
 *   every block at once, one Annuler restores the last saved values (ACC-3). Invalid fields are shown
 *   next to the field and in an error summary; focus goes to the first one; nothing is saved partially.
 * - Saving the language switches every cp-kit element of the page (`setPageLocale`).
 * - A save based on stale data (409, ACC-7) keeps what the user typed, lists what changed on the
 *   server and offers to reload or to overwrite knowingly.
 * - Blocks with their own buttons: password change with the policy shown while typing (ACC-4), secret
 *   question (ACC-5), deactivation with the GP hand-over (DEA-1, DEA-2). An account initialised from
 *   MADRHAS (the API's `origine`) authenticates through the PIGP (ACC-8): instead of these blocks it
 *   says that its password and secret question are managed on the PIGP and that its DGFiP referent
 *   deactivates or reactivates it.
 * - A deactivated account shows "Réactiver mon compte" (DEA-3, DEA-4); the e-mailed link's token,
 *   passed as `reactivation-token`, opens the form for the new password and secret question.
 *
 * @tag cp-account-form
 * @attr heading-level - Level of the form's title (2 by default; blocks use the next level).
 * @attr reactivation-token - The token of an e-mailed reactivation link (`jeton`): opens the form for the new password and secret question (DEA-3).
 * @attr support-href - Link to the support's request form, offered after the 60 days of self-reactivation (DEA-4).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<AccountBeforeSaveDetail>} cp-before-account-save - Cancelable, before the write; `detail`: `{ update, firstConnection }`. Bubbles, composed.
 * @fires {CustomEvent<AccountDetail>} cp-account-saved - After an accepted save; `detail.account`. Bubbles, composed.
 * @fires {CustomEvent<AccountDetail>} cp-first-connection-completed - The account was completed (ACC-1): the host goes to its home page. `detail.account`.
 * @fires {CustomEvent<null>} cp-password-changed - The password was changed (ACC-4).
 * @fires {CustomEvent<null>} cp-secret-question-changed - The secret question and answer were changed (ACC-5).
 * @fires {CustomEvent<null>} cp-before-account-deactivate - Cancelable, before deactivating (DEA-1).
 * @fires {CustomEvent<AccountDetail>} cp-account-deactivated - The account is deactivated; `detail.account`.
 * @fires {CustomEvent<ReactivationRequestResult>} cp-reactivation-requested - The reactivation link was e-mailed (DEA-3); `detail`: `{ destinataire, expireLe }`.
 * @fires {CustomEvent<AccountDetail>} cp-account-reactivated - The account is active again (DEA-3); `detail.account`.
 *
 * @csspart form - The `<form>`.
 * @csspart title - The title of the form.
 * @csspart field - Each input group (also `label`, `hint`, `error`, `input`).
 * @csspart state - The read-only state and dates (ACC-6).
 * @csspart notice - The message above the form (saved, cancelled, failure).
 * @csspart conflict - The ACC-7 conflict notice.
 * @csspart actions - The Valider / Annuler buttons; Réessayer after a failed read.
 * @csspart pigp - Where a PIGP account's password, secret question and deactivation are done (ACC-8).
 *
 * @cssprop --cp-color-primary - Buttons and links (see tokens).
 * @cssprop --cp-color-error - Errors.
 * @cssprop --cp-color-success - Success notices.
 * @cssprop --cp-color-warning - The conflict notice.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpAccountForm extends LitElement {
  static override styles = [tokens, fieldStyles, formPageStyles];

  private readonly i18n = new LocaleController(this);
  // Another user's account: the last one's draft must never be saved as his (X-7).
  private readonly session = new ClientController(this, [createAccountApi]).forgetOnChange(() => this.forget());

  /** Level of the form's title; the blocks use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** The token of an e-mailed reactivation link (DEA-3): the element opens the reactivation form. */
  @property({ attribute: 'reactivation-token' }) reactivationToken = '';

  /** Where the support's request form is, offered when self-reactivation is over (DEA-4). */
  @property({ attribute: 'support-href' }) supportHref = '';

  /** The reactivation token already used here, after which the account itself is shown. */
  @state() private usedToken = '';

  /** The account as last loaded or saved: the base of the next save (ACC-7) and what Annuler restores (ACC-3). */
  @state() private account: UserAccount | undefined;
  /** What the user is editing. */
  @state() private draft: AccountDraft | undefined;
  @state() private notice: Notice | undefined;
  /** The server's account after a 409 on save (ACC-7). */
  @state() private conflict: UserAccount | undefined;

  /** The problems shown next to the fields and in the summary; focus goes to the first one (ACC-3). */
  private readonly issues = new FieldIssues<DraftField>(this, {
    order: DRAFT_FIELDS,
    label: (field, locale) => t(locale, field),
  });
  /** The save: host veto, busy, the Idempotency-Key kept for a retry (X-5), refusals, ACC-7, focus on the outcome. */
  private readonly writes = new WriteController(this, {
    issues: this.issues,
    start: () => (this.notice = undefined),
    vetoed: () => (this.notice = noticeOf('info', 'vetoed')),
    refused: (error) => (this.notice = noticeOf('error', 'saveFailed', error.text)),
    conflict: () => this.showConflict(),
    problems: (problems) => this.issuesOf(problems),
  });

  /**
   * The reactivation block's module (DEA-3, DEA-4, ID-4), loaded the first time this account needs
   * it: an e-mailed link's token, or a deactivated account. Most users never do, so the form's own
   * load stays lighter.
   */
  private readonly reactivationBlock = new Task(this, {
    task: async ([needed]) => {
      if (needed) await import('./cp-account-reactivation.js');
    },
    args: () => [this.reactivating || this.loader.value?.kind === 'deactivated'] as const,
  });

  private readonly loader = new Task(this, {
    task: async ([client]): Promise<Loaded> => {
      if (!client) return { kind: 'none' };
      try {
        this.receive(await client.getMyAccount());
        return loadedFor({ kind: 'account' }, client);
      } catch (error) {
        if (isCpError(error, 'ACCOUNT_DEACTIVATED')) return loadedFor({ kind: 'deactivated', error }, client);
        throw error;
      }
    },
    args: () => [this.session.client, this.session.revision] as const,
  });

  /**
   * Forgets the last user's account, draft and messages when the session turns to another user
   * (X-7); meanwhile "Chargement…" shows, not a form (nor its blocks: password, secret question,
   * deactivation) that would save his input as the new user's.
   */
  private forget(): void {
    this.account = undefined;
    this.draft = undefined;
    this.notice = undefined;
    this.conflict = undefined;
    this.issues.clear();
    this.writes.forget();
  }

  /** Takes a freshly loaded account, unless the user is editing (his input and its base are kept, ACC-7). */
  private receive(account: UserAccount): void {
    const editing = this.account && this.draft && !sameDraft(this.draft, draftOf(this.account));
    if (editing && this.account!.idUtilisateur === account.idUtilisateur) return;
    this.account = account;
    this.draft = draftOf(account);
    this.issues.clear();
    this.conflict = undefined;
  }

  private get locale(): Locale {
    return this.i18n.locale;
  }

  /** Whether the account is in first-connection completion mode (ACC-1). */
  private get firstConnection(): boolean {
    return this.account?.premiereConnexionTerminee === false;
  }

  /** Whether an e-mailed link's token, not used yet here, opens the reactivation form (DEA-3). */
  private get reactivating(): boolean {
    return this.reactivationToken !== '' && this.reactivationToken !== this.usedToken;
  }

  override render() {
    const locale = this.locale;
    if (this.reactivating) {
      return this.renderReactivation(
        html`<cp-account-reactivation
          token=${this.reactivationToken}
          support-href=${this.supportHref}
          heading-level=${this.headingLevel}
          @cp-account-reactivated=${this.onReactivated}
        ></cp-account-reactivation>`,
      );
    }
    if (this.loader.status === TaskStatus.ERROR) {
      return renderReadFailure(this.loader.error, locale, t, () => this.session.refresh());
    }
    // While a refresh runs (X-7), the last view stays on screen, so the blocks keep their state.
    const loaded = this.loader.value;
    if (!loaded || (loaded.kind !== 'none' && !isLoadedFor(loaded, this.session.client)))
      return html`<p role="status">${t(locale, 'loading')}</p>`;
    if (loaded.kind === 'none') return html`<p>${t(locale, 'noSession')}</p>`;
    if (loaded.kind === 'deactivated') return this.renderDeactivated(loaded.error);
    return this.renderAccount(this.account!);
  }

  /** ID-4: a deactivated account can only reactivate (DEA-3, DEA-4). */
  private renderDeactivated(error: CpError): TemplateResult | undefined {
    return this.renderReactivation(
      html`<cp-account-reactivation .reason=${issueOf(error.text)} support-href=${this.supportHref} heading-level=${this.headingLevel}></cp-account-reactivation>`,
    );
  }

  /** `block` once its module is loaded; meanwhile "Chargement…", and a failed download says so with Réessayer. */
  private renderReactivation(block: TemplateResult): TemplateResult | undefined {
    const locale = this.locale;
    return this.reactivationBlock.render({
      pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
      error: (error) => renderReadFailure(error, locale, t, () => void this.reactivationBlock.run()),
      complete: () => block,
    });
  }

  /** DEA-3: the link worked; the account is shown again (the client's write refreshes it), focus on the message. */
  private async onReactivated(): Promise<void> {
    this.usedToken = this.reactivationToken;
    this.notice = noticeOf('success', 'reactivated');
    await this.reloaded();
    await this.writes.focusOutcome();
  }

  /** DEA-1: the account is deactivated; once reloaded, the reactivation takes the form's place, and focus. */
  private async onDeactivated(): Promise<void> {
    await this.reloaded();
    await this.reactivationBlock.taskComplete.catch(() => undefined);
    await this.updateComplete;
    const block = this.renderRoot.querySelector('cp-account-reactivation');
    await block?.updateComplete;
    await block?.focusOutcome();
  }

  /** Resolves once the account, refreshed after a write of a block, is rendered. */
  private async reloaded(): Promise<void> {
    await this.updateComplete;
    await this.loader.taskComplete.catch(() => undefined);
    await this.updateComplete;
  }

  /** A heading of the host page's outline level (`heading-level`), as ids and levels cannot be static here. */
  private heading(text: string, id: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<p class="title" part="title" role="heading" aria-level=${level} id=${id}>${text}</p>`;
  }

  private renderAccount(account: UserAccount): TemplateResult {
    const locale = this.locale;
    const draft = this.draft!;
    const first = this.firstConnection;
    return html`<form part="form" novalidate aria-labelledby="form-title" @submit=${this.onSubmit}>
      ${this.heading(t(locale, first ? 'firstTitle' : 'title'), 'form-title')}
      ${first ? html`<p>${t(locale, 'firstIntro')}</p>` : nothing}
      ${renderNotice(this.notice, locale)}
      <cp-error-summary .errors=${this.issues.summaryErrors(locale)} heading-level=${this.headingLevel + 1} .focusField=${(field: string) => this.issues.focus(field as DraftField)}></cp-error-summary>
      ${this.conflict ? this.renderConflict(draftOf(account), draftOf(this.conflict), draft) : nothing}
      ${renderRequiredNote(locale)}
      <fieldset>
        <legend>${t(locale, 'general')}</legend>
        <div class="grid">
          ${renderField({
            id: 'f-login',
            label: t(locale, 'login'),
            hint: { text: t(locale, 'loginHint'), rules: ruleRefs.loginHint },
            locale,
            control: (describedBy) =>
              html`<input class="cp-field__input" part="input" id="f-login" type="email" readonly .value=${account.login} aria-describedby=${describedBy} />`,
          })}
          ${GENERAL_FIELDS.map((spec) => this.renderText(spec))}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'address')}</legend>
        <div class="grid">${ADDRESS_FIELDS.map((spec) => this.renderText(spec))} ${this.renderCountry()}</div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'phones')}</legend>
        <div class="grid">${PHONE_FIELDS.map((spec) => this.renderText(spec))}</div>
      </fieldset>
      ${first ? html`<p class="hint">${t(locale, 'blockedFirst')}${renderRuleRef(ruleRefs.blockedFirst, locale)}</p>` : this.renderParameters(account)}
      <div class="actions" part="actions">
        <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${this.onCancel}>${t(locale, 'cancel')}</button>
      </div>
    </form>
    ${first ? nothing : this.renderBlocks(account)}`;
  }

  /**
   * The blocks saved by their own calls: password (ACC-4), secret question (ACC-5), deactivation
   * (DEA-1, DEA-2). An account initialised from MADRHAS has none of them (ACC-8): it says where they
   * are done instead (the PIGP, the DGFiP referent).
   */
  private renderBlocks(account: UserAccount): TemplateResult {
    const level = this.headingLevel + 1;
    if (account.origine === 'MADRHAS') return renderPigpAccountNote(this.locale, level);
    return html`<cp-account-password heading-level=${level} username=${account.login}></cp-account-password>
      <cp-account-secret-question heading-level=${level} username=${account.login} current=${account.questionSecrete ?? ''}></cp-account-secret-question>
      <cp-account-deactivation heading-level=${level} @cp-account-deactivated=${this.onDeactivated}></cp-account-deactivation>`;
  }

  /**
   * ACC-7: the save was refused because the account changed on the server since it was loaded. Each
   * field the server changed, with the server's value, the loaded one and the typed one (text, X-4).
   */
  private renderConflict(base: AccountDraft, server: AccountDraft, mine: AccountDraft): TemplateResult {
    const locale = this.locale;
    const shown = (draft: AccountDraft, field: DraftField): string => {
      const value = draft[field];
      if (typeof value === 'boolean') return t(locale, value ? 'yes' : 'no');
      return value === '' ? t(locale, 'empty') : value;
    };
    return renderConflictNotice({
      title: t(locale, 'conflictTitle'),
      intro: t(locale, 'conflictIntro'),
      changes: changedFields(base, server).map((field) =>
        t(locale, 'conflictRow', {
          label: t(locale, field),
          server: shown(server, field),
          base: shown(base, field),
          mine: shown(mine, field),
        }),
      ),
      none: t(locale, 'conflictNone'),
      reload: {
        label: t(locale, 'conflictReload'),
        hint: t(locale, 'conflictReloadHint'),
        run: () => this.reloadFromServer(),
      },
      overwrite: {
        label: t(locale, 'conflictOverwrite'),
        hint: t(locale, 'conflictOverwriteHint'),
        run: () => this.overwrite(),
      },
    });
  }

  private issueText(field: DraftField): string {
    return this.issues.text(field, this.locale);
  }

  private renderText(spec: TextFieldSpec): TemplateResult {
    const locale = this.locale;
    const { field } = spec;
    return renderField({
      id: `f-${field}`,
      label: t(locale, field),
      ...(spec.hint ? { hint: t(locale, spec.hint) } : {}),
      error: this.issueText(field),
      required: spec.required,
      locale,
      control: (describedBy, invalid) => html`<input
        class="cp-field__input"
        part="input"
        id=${`f-${field}`}
        name=${field}
        type=${spec.type}
        autocomplete=${spec.autocomplete}
        ?required=${spec.required}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(this.draft![field])}
        @input=${(event: Event) => this.edit(field, (event.target as HTMLInputElement).value)}
      />`,
    });
  }

  private renderCountry(): TemplateResult {
    const locale = this.locale;
    return renderCountryField({
      label: t(locale, 'pays'),
      value: this.draft!.pays,
      countries: countries(locale),
      error: this.issueText('pays'),
      locale,
      onChange: (code) => this.edit('pays', code),
    });
  }

  /** ACC-6: language and notifications (saved with Valider), and the read-only state and dates. */
  private renderParameters(account: UserAccount): TemplateResult {
    const locale = this.locale;
    const draft = this.draft!;
    return html`<fieldset>
      <legend>${t(locale, 'parameters')}</legend>
      <div class="grid">
        ${renderField({
          id: 'f-langue',
          label: t(locale, 'langue'),
          hint: t(locale, 'langueHint'),
          required: true,
          locale,
          control: (describedBy) => html`<select
            class="cp-field__input"
            part="input"
            id="f-langue"
            name="langue"
            required
            aria-describedby=${describedBy}
            @change=${(event: Event) => this.edit('langue', (event.target as HTMLSelectElement).value as Language)}
          >
            <option value="FR" lang="fr" ?selected=${draft.langue === 'FR'}>${t(locale, 'langueFR')}</option>
            <option value="EN" lang="en" ?selected=${draft.langue === 'EN'}>${t(locale, 'langueEN')}</option>
          </select>`,
        })}
        <div class="check">
          <input
            type="checkbox"
            id="f-notificationsPeriodiques"
            name="notificationsPeriodiques"
            aria-describedby="notifications-hint"
            .checked=${live(draft.notificationsPeriodiques)}
            @change=${(event: Event) => this.edit('notificationsPeriodiques', (event.target as HTMLInputElement).checked)}
          />
          <div>
            <label for="f-notificationsPeriodiques">${t(locale, 'notificationsPeriodiques')}</label>
            <p class="hint" id="notifications-hint">${t(locale, 'notificationsHint')}</p>
          </div>
        </div>
      </div>
      ${renderAccountState(account, locale)}
    </fieldset>`;
  }

  private edit<K extends DraftField>(field: K, value: AccountDraft[K]): void {
    this.draft = { ...this.draft!, [field]: value };
    this.notice = undefined;
    this.issues.clear(field);
  }

  /** The issues of field problems (the page's checks or the server's); a format problem is said the form's way. */
  private issuesOf(problems: readonly FieldProblem[]): Partial<Record<DraftField, Issue>> {
    const issues: Partial<Record<DraftField, Issue>> = {};
    for (const problem of problems) {
      const field = draftFieldOf(problem.field);
      if (!field || issues[field]) continue;
      const format = FORMAT_MESSAGES[field];
      issues[field] = problem.code === 'format' && format ? (locale) => t(locale, format) : issueOf(problem.message);
    }
    return issues;
  }

  private onCancel(): void {
    if (!this.account) return;
    this.draft = draftOf(this.account);
    this.issues.clear();
    this.conflict = undefined;
    this.notice = noticeOf('info', 'cancelled');
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  /** ACC-3: checks every block, then saves them at once (or completes the account, ACC-1). */
  private async save(): Promise<void> {
    const client = this.session.client;
    const account = this.account;
    if (!client || !account || !this.draft || this.writes.busy) return;
    const update = updateOf(this.draft, account.version);
    const problems = checkUpdate(update);
    this.notice = undefined;
    if (problems.length > 0) {
      await this.issues.show(this.issuesOf(problems));
      return;
    }
    const firstConnection = this.firstConnection;
    const before = 'cp-before-account-save';
    await this.writes.run({ before, detail: { update, firstConnection }, request: update }, async (key) => {
      const saved = firstConnection
        ? await client.completeFirstConnection(update, { idempotencyKey: key })
        : await client.updateMyAccount(update, { idempotencyKey: key });
      this.account = saved;
      this.draft = draftOf(saved);
      this.conflict = undefined;
      this.notice = noticeOf('success', firstConnection ? 'completed' : 'saved');
      const locale = toLocale(saved.parametres.langue);
      if (locale && saved.parametres.langue !== account.parametres.langue) setPageLocale(locale);
      return () => {
        fire(this, 'cp-account-saved', { account: saved });
        if (firstConnection) fire(this, 'cp-first-connection-completed', { account: saved });
      };
    });
  }

  /** ACC-7: reads the server's account for the conflict notice; when that fails too, says so. */
  private async showConflict(): Promise<boolean> {
    try {
      this.conflict = await this.session.client!.getMyAccount();
    } catch (reloadError) {
      this.notice = noticeOf('error', 'saveFailed', isCpError(reloadError) ? reloadError.text : undefined);
    }
    return true;
  }

  /** ACC-7: takes the server's values, dropping what the user typed. */
  private reloadFromServer(): void {
    const server = this.conflict;
    if (!server) return;
    this.account = server;
    this.draft = draftOf(server);
    this.conflict = undefined;
    this.issues.clear();
  }

  /** ACC-7: saves what the user typed over the server's values, knowingly (based on the server's version). */
  private overwrite(): void {
    const server = this.conflict;
    if (!server) return;
    this.account = server;
    this.conflict = undefined;
    void this.save();
  }
}

if (!customElements.get('cp-account-form')) customElements.define('cp-account-form', CpAccountForm);

declare global {
  interface HTMLElementTagNameMap {
    'cp-account-form': CpAccountForm;
  }
}
