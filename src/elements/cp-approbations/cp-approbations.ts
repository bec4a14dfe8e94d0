import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { createApprobationApi } from '../../client/approbation-api.js';
import { createHabilitationApi } from '../../client/habilitation-api.js';
import { isCpError, newIdempotencyKey } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import type {
  ApplicationInfo,
  ApprobationBulkOutcome,
  ApprobationState,
  ApprobationType,
  ApprobationView,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { consoleStyles } from '../shared/console-styles.js';
import '../shared/cp-data-table.js';
import type { RowActivateDetail, SelectionChangeDetail } from '../shared/cp-data-table.js';
import { fire } from '../shared/events.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderNotice as renderNoticeView } from '../shared/notice.js';
import { outcomeText, refusalText } from '../shared/refusal-text.js';
import { refusalRule, renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuledText, renderRuleRef, type RuledText, type RuleRefs } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { renderApprobationDetail } from './approbation-detail.js';
import { approbationColumns } from './columns.js';
import { ruleRefs, t, type MessageKey } from './messages.js';

export type {
  ApprobationBeforeDecideDetail,
  ApprobationCountDetail,
  ApprobationDecideDetail,
  CpApprobationsEventMap,
} from './events.js';

const STATES: readonly ApprobationState[] = ['DEMANDE', 'APPROUVE', 'REFUSE'];
const TYPES: readonly ApprobationType[] = ['RATTACHEMENT', 'HABILITATION', 'ABONNEMENT'];

/** What the inbox loaded: the requests for the filters, the pending count, the applications' labels, whether the user manages a structure. */
interface Inbox {
  items: ApprobationView[];
  count: number;
  applications: ApplicationInfo[];
  manager: boolean;
}

/** A message shown above the list or the detail: a catalogue key, or a server refusal already written out. */
interface Notice {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The rule that refused, shown apart as "Réf. APR-2" (X-8). */
  rules?: RuleRefs;
}

/**
 * The approvals inbox of a manager (SPEC §11, APR-1, APR-2): the requests (rattachement,
 * habilitation, abonnement, including HAB-9's automatic lists) addressed to the GP and the holders of
 * "Organisation modification" of the current user's structures.
 *
 * - A sortable table (demandeur, number "RITM…", état, description in the portal's words such as
 *   "Demander un rattachement à une structure", structure, raison sociale, service, created at, and
 *   once decided the approver and the decision date), filtered by state (pending by default) and
 *   type, exportable to CSV with the same columns (X-3).
 * - `count`: how many requests wait for a decision, for the host's menu ("APPROBATIONS 2"); each
 *   change fires `cp-approbation-count-changed`.
 * - "Ouvrir" shows a request's details ("Approbation pour RITM…", "Approbateur", "Date de décision"); Approuver, or Refuser with a comment (required to refuse).
 *   A request decided meanwhile (by another manager) is refused by the server with its reason (409).
 * - Ticked rows are approved together; each row's outcome is listed (one refusal stops no other).
 * - Every write goes through the session's client, so the requester's elements update (X-7).
 *
 * @tag cp-approbations
 * @attr heading-level - Level of the element's title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<ApprobationCountDetail>} cp-approbation-count-changed - The number of pending requests changed; `detail.count`. Bubbles, composed.
 * @fires {CustomEvent<ApprobationBeforeDecideDetail>} cp-before-approbations-decide - Cancelable, before a decision is sent; `detail`: `{ ids, decision, commentaire }`.
 * @fires {CustomEvent<ApprobationDecideDetail>} cp-approbations-decided - After decisions the server accepted; `detail.approbations`. Bubbles, composed.
 *
 * @csspart title - The title.
 * @csspart filters - The filter bar.
 * @csspart table - The `<cp-data-table>` of requests.
 * @csspart detail - The description list of an opened request.
 * @csspart notice - The message above the list or the detail.
 * @csspart actions - The decision buttons; Réessayer after a failed read.
 *
 * @cssprop --cp-color-primary - Buttons (see tokens).
 * @cssprop --cp-color-error - Refusals and errors.
 * @cssprop --cp-color-success - Success notices.
 */
export class CpApprobations extends LitElement {
  static override styles = [tokens, consoleStyles];

  private readonly i18n = new LocaleController(this);
  // Another user's inbox: the requests the last user ticked or opened are not this one's to decide (X-7).
  private readonly session = new ClientController(this, [
    createApprobationApi,
    createHabilitationApi,
    createRattachementApi,
  ]).forgetOnChange(() => this.forget());

  /** Level of the element's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** How many requests wait for the current manager's decision (read it for the host's menu badge). */
  @property({ type: Number, attribute: false }) count = 0;

  @state() private etat: ApprobationState | '' = 'DEMANDE';
  @state() private type: ApprobationType | '' = '';
  @state() private selected: number[] = [];
  @state() private opened: ApprobationView | undefined;
  @state() private comment = '';
  @state() private commentError = false;
  @state() private deciding = false;
  @state() private notice: Notice | undefined;
  @state() private bulkOutcomes: { outcome: ApprobationBulkOutcome; demandeur: string }[] = [];

  /** The last decision tried and its idempotency key, reused when the same decision is tried again (X-5). */
  private lastAttempt: { body: string; key: string } | undefined;

  private readonly loader = new Task(this, {
    task: async ([client, , etat, type]): Promise<Inbox | undefined> => {
      if (!client) return undefined;
      const [items, count, applications, mine] = await Promise.all([
        loadAllPages((page) =>
          client.listApprobations({
            ...(etat ? { etat } : {}),
            ...(type ? { type } : {}),
            sort: 'dateCreation',
            order: 'desc',
            ...page,
          }),
        ),
        client.countApprobations(),
        client.listApplications(),
        loadAllPages((page) => client.listMyRattachements({ statut: 'VALIDEE', ...page })),
      ]);
      this.updateCount(count.enAttente);
      // The GP and the holders of "Organisation modification" (secondary managers) decide (APR-2).
      const manager = mine.some((r) => r.role !== 'UTILISATEUR');
      return loadedFor({ items, count: count.enAttente, applications, manager }, client);
    },
    args: () => [this.session.client, this.session.revision, this.etat, this.type] as const,
  });

  private get locale(): Locale {
    return this.i18n.locale;
  }

  private updateCount(count: number): void {
    if (count === this.count) return;
    this.count = count;
    fire(this, 'cp-approbation-count-changed', { count });
  }

  override render() {
    const locale = this.locale;
    return html`${this.heading(t(locale, 'title'), 'title', -1)}
    ${renderRefreshing(
      this.loader,
      {
        pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        complete: (inbox) => (inbox ? this.renderLoaded(inbox) : html`<p>${t(locale, 'noSession')}</p>`),
        error: (error) => renderReadFailure(error, locale, t, () => this.session.refresh()),
      },
      // Another filter is the same inbox (the list stays under the filter's focus); another user's is not.
      (last) => isLoadedFor(last, this.session.client),
    )}`;
  }

  /** A heading of the host page's outline level (`heading-level` plus `offset`). */
  private heading(text: string, id: string, tabindex?: number): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<p class="title" part="title" role="heading" aria-level=${level} id=${id} tabindex=${tabindex ?? nothing}>${text}</p>`;
  }

  private renderLoaded(inbox: Inbox): TemplateResult {
    return this.opened ? this.renderDetail(this.opened, inbox.applications) : this.renderList(inbox);
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    return renderNoticeView(
      notice && {
        kind: notice.kind,
        text: (locale) => t(locale, notice.key, notice.params),
        prefixed: true,
        rules: notice.rules,
      },
      this.locale,
    );
  }

  private renderList(inbox: Inbox): TemplateResult {
    const locale = this.locale;
    const pendingSelected = this.selected.filter((id) =>
      inbox.items.some((a) => a.idApprobation === id && a.etat === 'DEMANDE'),
    );
    return html`<p class="hint">${t(locale, 'intro')}</p>
      ${inbox.manager ? nothing : html`<div class="notice notice--info" role="status" id="not-manager"><p>${t(locale, 'notManager')}${renderRuleRef(ruleRefs.notManager, locale)}</p></div>`}
      ${this.renderNotice()}
      <div class="filters" part="filters">
        <label
          >${t(locale, 'filterEtat')}
          <select id="filter-etat" @change=${(e: Event) => this.setFilter('etat', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.etat === ''}>${t(locale, 'all')}</option>
            ${STATES.map((s) => html`<option value=${s} ?selected=${this.etat === s}>${t(locale, `etat_${s}`)}</option>`)}
          </select>
        </label>
        <label
          >${t(locale, 'filterType')}
          <select id="filter-type" @change=${(e: Event) => this.setFilter('type', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${this.type === ''}>${t(locale, 'all')}</option>
            ${TYPES.map((s) => html`<option value=${s} ?selected=${this.type === s}>${t(locale, `type_${s}`)}</option>`)}
          </select>
        </label>
      </div>
      <cp-data-table
        part="table"
        lang=${locale}
        .columns=${approbationColumns(locale)}
        .rows=${inbox.items}
        .rowKey=${(a: ApprobationView) => String(a.idApprobation)}
        caption=${t(locale, 'caption')}
        caption-hidden
        selectable
        row-action-label=${t(locale, 'open')}
        csv-filename="approbations.csv"
        sort-key="dateCreation"
        sort-direction="descending"
        @cp-table-row-activated=${(e: CustomEvent<RowActivateDetail<ApprobationView>>) => void this.open(e.detail.row)}
        @cp-table-selection-changed=${(e: CustomEvent<SelectionChangeDetail<ApprobationView>>) => (this.selected = e.detail.rows.map((a) => a.idApprobation))}
      >
        ${inbox.items.length === 0 ? html`<span slot="empty">${t(locale, 'empty')}</span>` : nothing}
        <button slot="actions" type="button" class="small" ?disabled=${pendingSelected.length === 0 || this.deciding} @click=${() => void this.approveSelected(pendingSelected, inbox)}>
          ${t(locale, 'bulkApprove', { count: pendingSelected.length })}
        </button>
      </cp-data-table>
      ${pendingSelected.length === 0 ? html`<p class="hint">${t(locale, 'bulkNone')}</p>` : nothing} ${this.renderBulkOutcomes()}`;
  }

  private renderBulkOutcomes(): TemplateResult | typeof nothing {
    if (this.bulkOutcomes.length === 0) return nothing;
    const locale = this.locale;
    return html`<ul class="results" part="bulk-results" aria-label=${t(locale, 'bulkNone')}>
      ${this.bulkOutcomes.map(
        ({ outcome, demandeur }) =>
          html`<li>${outcome.ok ? t(locale, 'bulkOk', { demandeur }) : this.renderBulkRefusal(demandeur, outcomeText(outcome.message, outcome.rule, locale))}</li>`,
      )}
    </ul>`;
  }

  /** A row the server refused in a bulk decision: "Lucas BERNARD : <its reason>" and the rule apart (X-8). */
  private renderBulkRefusal(demandeur: string, refusal: RuledText): TemplateResult {
    return renderRuledText(
      { ...refusal, text: t(this.locale, 'bulkKo', { demandeur, message: refusal.text }) },
      this.locale,
    );
  }

  private renderDetail(a: ApprobationView, applications: readonly ApplicationInfo[]): TemplateResult {
    const locale = this.locale;
    const pending = a.etat === 'DEMANDE';
    return html`<section aria-labelledby="detail-title">
      <p class="subtitle" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)} id="detail-title" tabindex="-1">${t(locale, 'detailTitle', { demandeur: a.demandeur })}</p>
      ${this.renderNotice()} ${renderApprobationDetail(a, applications, locale)}
      ${
        pending
          ? html`<div class="stack">
            <label for="comment"
              >${t(locale, 'comment')}
              <span class="hint" id="comment-hint">${t(locale, 'commentHint')}</span>
            </label>
            ${this.commentError ? html`<p class="error-text" id="comment-error"><strong>${t(locale, 'errorPrefix')}</strong> ${t(locale, 'commentRequired')}${renderRuleRef(ruleRefs.commentRequired, locale)}</p>` : nothing}
            <textarea
              id="comment"
              maxlength="255"
              aria-describedby=${this.commentError ? 'comment-hint comment-error' : 'comment-hint'}
              aria-invalid=${this.commentError ? 'true' : 'false'}
              .value=${live(this.comment)}
              @input=${(e: Event) => {
                this.comment = (e.target as HTMLTextAreaElement).value;
                this.commentError = false;
              }}
            ></textarea>
          </div>`
          : html`<p class="hint">${t(locale, 'alreadyDecided')}${renderRuleRef(ruleRefs.alreadyDecided, locale)}</p>`
      }
      <div class="actions" part="actions">
        ${
          pending
            ? html`<button type="button" ?disabled=${this.deciding} @click=${() => void this.decide(a, 'APPROUVE')}>${t(locale, 'approve')}</button>
              <button type="button" class="danger" ?disabled=${this.deciding} @click=${() => void this.decide(a, 'REFUSE')}>${t(locale, 'refuse')}</button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() => void this.close()}>${t(locale, 'back')}</button>
        ${this.deciding ? html`<span role="status">${t(locale, 'deciding')}</span>` : nothing}
      </div>
    </section>`;
  }

  /**
   * Puts the inbox back as it starts for another user (X-7): nothing ticked, no request opened, no
   * comment, no outcome of the last user's decisions. The filters stay: they choose what is listed, and
   * show it.
   */
  private forget(): void {
    this.selected = [];
    this.opened = undefined;
    this.comment = '';
    this.commentError = false;
    this.notice = undefined;
    this.bulkOutcomes = [];
    this.lastAttempt = undefined;
  }

  private setFilter(which: 'etat' | 'type', value: string): void {
    if (which === 'etat') this.etat = value as ApprobationState | '';
    else this.type = value as ApprobationType | '';
    this.selected = [];
    this.bulkOutcomes = [];
  }

  /** Opens a request's details (APR-2), read fresh from the server. */
  private async open(row: ApprobationView): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    this.notice = undefined;
    this.bulkOutcomes = [];
    this.comment = '';
    this.commentError = false;
    this.lastAttempt = undefined;
    try {
      this.opened = await client.getApprobation({ idApprobation: row.idApprobation });
    } catch (error) {
      this.notice = {
        kind: 'error',
        key: 'loadFailed',
        params: { message: refusalText(error, this.locale) },
        rules: refusalRule(error),
      };
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private async close(): Promise<void> {
    this.opened = undefined;
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Approves or refuses the opened request (APR-2): a comment is required to refuse. */
  private async decide(a: ApprobationView, decision: 'APPROUVE' | 'REFUSE'): Promise<void> {
    const client = this.session.client;
    if (!client || this.deciding) return;
    const commentaire = this.comment.trim();
    this.notice = undefined;
    if (decision === 'REFUSE' && !commentaire) {
      this.commentError = true;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#comment')?.focus();
      return;
    }
    if (
      !fire(
        this,
        'cp-before-approbations-decide',
        { ids: [a.idApprobation], decision, commentaire },
        { cancelable: true },
      )
    ) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return;
    }
    const input = {
      idApprobation: a.idApprobation,
      decision,
      version: a.version,
      ...(commentaire ? { commentaire } : {}),
    };
    const body = JSON.stringify(input);
    const key = this.lastAttempt?.body === body ? this.lastAttempt.key : newIdempotencyKey();
    this.lastAttempt = { body, key };
    this.deciding = true;
    try {
      const decided = await client.decideApprobation(input, { idempotencyKey: key });
      this.lastAttempt = undefined;
      this.opened = decided;
      this.comment = '';
      this.notice = { kind: 'success', key: decision === 'APPROUVE' ? 'approved' : 'refused' };
      fire(this, 'cp-approbations-decided', { approbations: [decided] });
    } catch (error) {
      this.notice = {
        kind: 'error',
        key: 'decideFailed',
        params: { message: refusalText(error, this.locale) },
        rules: refusalRule(error),
      };
      if (isCpError(error, 'STATE_CONFLICT', 'VERSION_CONFLICT')) {
        this.lastAttempt = undefined;
        this.opened = await client.getApprobation({ idApprobation: a.idApprobation }).catch(() => a);
      }
    } finally {
      this.deciding = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }

  /** Approves the ticked pending requests at once; each row's outcome is listed (APR-2). */
  private async approveSelected(ids: number[], inbox: Inbox): Promise<void> {
    const client = this.session.client;
    if (!client || ids.length === 0 || this.deciding) return;
    this.notice = undefined;
    if (
      !fire(this, 'cp-before-approbations-decide', { ids, decision: 'APPROUVE', commentaire: '' }, { cancelable: true })
    ) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return;
    }
    const names = new Map(inbox.items.map((a) => [a.idApprobation, a.demandeur]));
    this.deciding = true;
    try {
      const { resultats } = await client.decideApprobations({ ids, decision: 'APPROUVE' });
      this.bulkOutcomes = resultats.map((outcome) => ({
        outcome,
        demandeur: names.get(outcome.idApprobation) ?? String(outcome.idApprobation),
      }));
      const ok = resultats.filter((r) => r.ok);
      this.notice = {
        kind: ok.length === resultats.length ? 'success' : 'error',
        key: 'bulkDone',
        params: { ok: ok.length, ko: resultats.length - ok.length },
      };
      this.selected = [];
      if (ok.length > 0)
        fire(this, 'cp-approbations-decided', {
          approbations: ok.flatMap((r) => (r.approbation ? [r.approbation] : [])),
        });
    } catch (error) {
      this.notice = {
        kind: 'error',
        key: 'decideFailed',
        params: { message: refusalText(error, this.locale) },
        rules: refusalRule(error),
      };
    } finally {
      this.deciding = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
  }
}

if (!customElements.get('cp-approbations')) customElements.define('cp-approbations', CpApprobations);

declare global {
  interface HTMLElementTagNameMap {
    'cp-approbations': CpApprobations;
  }
}
