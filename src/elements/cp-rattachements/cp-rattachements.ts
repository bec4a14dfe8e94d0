import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import type { Bilingual, Notice, RattachementView, StructureSearchItem } from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import type {} from '../cp-structure-fiche/cp-structure-fiche.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import '../shared/cp-data-table.js';
import type { CpDataTable, RowActivateDetail, SelectionChangeDetail } from '../shared/cp-data-table.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import '../shared/cp-structure-picker.js';
import type { StructuresSelectDetail } from '../shared/cp-structure-picker.js';
import { fire } from '../shared/events.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderNotice } from '../shared/notice.js';
import { renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { focusOutcome } from '../shared/write-controller.js';
import { bulkOutcomeNotice } from './bulk-outcome.js';
import { BulkRemoval, type BulkRemovalOutcome } from './bulk-removal.js';
import './cp-rattachement-leave.js';
import type { LeaveOutcomeDetail } from './cp-rattachement-leave.js';
import './cp-rattachement-request.js';
import type { RattachementRequestedDetail } from './cp-rattachement-request.js';
import { t } from './messages.js';
import { rattachementColumns, scopeText } from './rattachement-columns.js';
import { renderRequestView } from './request-view.js';

export type { BeforeLeaveDetail, LeaveOutcomeDetail } from './cp-rattachement-leave.js';
export type { BeforeRequestDetail, RattachementRequestedDetail } from './cp-rattachement-request.js';

type RequestStep =
  { kind: 'closed' } | { kind: 'picking' } | { kind: 'filling'; queue: StructureSearchItem[]; index: number };
/** What the last actions did: one sentence per request sent in a row (none is dropped, RAT-4), and their warnings. */
type Outcome = { kind: 'success'; messages: Bilingual[]; warnings: Notice[] } | undefined;

/**
 * The structures a user works for (SPEC §3), over the client of the enclosing `<cp-session>`:
 *
 * - "Mes rattachements" (RAT-1): structure, raison sociale, services (code and libellé), role, level,
 *   validity and status (VALIDEE, EN_COURS_DE_VALIDATION, DESACTIVEE, REFUSEE) in words; CSV export;
 * - tick boxes and "Supprimer les rattachements (N)" (RAT-1, RAT-7): one confirmation listing every
 *   structure (and service) concerned, then one deletion per rattachement (each under its own
 *   Idempotency-Key, reused by a retry, X-5); the outcome, which takes focus, says which were deleted
 *   and why the others were refused (e.g. the GP must hand over first); those stay ticked;
 * - "Demander un rattachement" (RAT-2..5): the structure picker, then per chosen structure its own
 *   request form in turn ("Structure 2 sur 3"), whichever of "Valider" and "Valider et rattacher à une
 *   autre structure" is used (the latter returns to the search once every chosen structure is done);
 *   the new rows show EN_COURS_DE_VALIDATION; every request sent is listed; RAT-3 warnings shown;
 *   "structure publique" is preselected in the search unless the user works for a private structure
 *   (a supplier, who is warned instead, RAT-3);
 * - "Gérer" on a row: leave the structure or a service, withdraw a pending request, or, for the GP,
 *   designate the new GP first (RAT-7); "Visualiser la demande" shows the request (dates, level,
 *   services, comment) and the manager's decision (date, author, comment) once taken (RAT-1).
 * - "Consulter la structure" on a VALIDEE row (RAT-1, STR-8): the structure's `<cp-structure-fiche>`
 *   in place of the list, with "Retour à mes rattachements", which brings focus back to the row's button.
 *
 * The list reloads after every write made through the client and when the window regains focus (X-7),
 * so a request validated by a manager shows as VALIDEE without logging in again.
 *
 * @attr heading-level - Level of the title (default 2).
 * @fires {CustomEvent<BeforeRequestDetail>} cp-before-rattachement-request - Cancelable, before a request is sent (see cp-rattachement-request).
 * @fires {CustomEvent<RattachementRequestedDetail>} cp-rattachement-requested - A request is pending (RAT-5).
 * @fires {CustomEvent<BeforeLeaveDetail>} cp-before-rattachement-leave - Cancelable, before leaving (see cp-rattachement-leave); sent for each rattachement of "Supprimer les rattachements" too.
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-rattachement-left - The user left a structure or service, or withdrew a request (RAT-7); once per rattachement deleted by "Supprimer les rattachements".
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-principal-handed-over - The GP designated a new GP (RAT-7).
 * @csspart list - The "Mes rattachements" table.
 * @csspart picker - The structure search picker.
 * @csspart request-view - "Visualiser la demande": the request of the rattachement managed.
 * @csspart fiche - The fiche of a structure opened with "Consulter la structure" (a `cp-structure-fiche`).
 * @csspart actions - The retry button after a failed read.
 * @cssprop --cp-color-primary - Buttons (see tokens).
 */
export class CpRattachements extends LitElement {
  static override styles = [tokens, panelStyles];

  private readonly i18n = new LocaleController(this);
  // Another user's rattachements: what the last user ticked, opened or was asked to confirm goes (X-7).
  private readonly session = new ClientController(this, [createRattachementApi]).forgetOnChange(() => this.forget());

  /** Level of the element's title (sub-titles use the next level). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private step: RequestStep = { kind: 'closed' };
  @state() private managed: number | undefined;
  @state() private outcome: Outcome;
  /** The ticked rattachements (ids), for "Supprimer les rattachements". */
  @state() private selectedIds: readonly number[] = [];
  /** What the last "Supprimer les rattachements" did. */
  @state() private removed: BulkRemovalOutcome | undefined;
  @state() private removing = false;
  /** The confirmation of "Supprimer les rattachements" is in the page only while it asks (the "Gérer" panel has its own). */
  @state() private confirming = false;
  /** "Visualiser la demande" is open for the rattachement managed. */
  @state() private viewing = false;
  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;
  private readonly removal = new BulkRemoval();
  /** The row whose structure's fiche is open (STR-8), in place of the list. */
  @state() private consulted: RattachementView | undefined;

  private readonly list = new Task(this, {
    task: async ([client], { signal }) =>
      client
        ? loadedFor(await loadAllPages((page) => client.listMyRattachements(page, { signal })), client)
        : undefined,
    args: () => [this.session.client, this.session.revision] as const,
  });

  /**
   * Puts the list back as it starts, for another user (X-7): nothing ticked, no "Gérer" panel, no
   * request under way (its picked structures and draft were the last user's), no fiche, no outcome,
   * and a confirmation still open is withdrawn.
   */
  private forget(): void {
    this.clearOutcomes();
    this.selectedIds = [];
    this.managed = undefined;
    this.viewing = false;
    this.consulted = undefined;
    this.closeRequest();
    this.removal.forget();
    this.dialog?.dismiss();
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    return html`<section aria-label=${t(locale, 'title')}>
      <div role="heading" aria-level=${this.headingLevel} id="rt-title" class="title">${t(locale, 'title')}</div>
      <p class="hint">${t(locale, 'intro')}</p>
      <div aria-live="polite">
        ${this.renderOutcome(locale)}
        ${this.removing ? html`<p>${t(locale, 'removing')}</p>` : nothing}
        ${this.removed ? renderNotice(bulkOutcomeNotice(this.removed, locale), locale) : nothing}
      </div>
      ${renderRefreshing(
        this.list,
        {
          initial: () =>
            this.session.client ? nothing : html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`,
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          error: (error) => renderReadFailure(error, locale, t, () => this.session.refresh()),
          complete: (rows) =>
            rows ? this.renderList(rows, locale) : html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`,
        },
        (last) => isLoadedFor(last, this.session.client),
      )}
      ${this.confirming ? html`<cp-confirm-dialog></cp-confirm-dialog>` : nothing}
    </section>`;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removal.forget();
  }

  private renderOutcome(locale: Locale): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (!outcome) return nothing;
    return html`<div class="outcome" tabindex="-1">
        ${outcome.messages.map((message) => html`<p class="notice notice--success">${message[locale]}</p>`)}
      </div>
      ${outcome.warnings.map(
        (warning) =>
          html`<p class="notice notice--warning"><strong>${t(locale, 'warning')}</strong> ${warning.message[locale]}${renderRuleRef(warning.rule, locale)}</p>`,
      )}`;
  }

  private renderList(rows: RattachementView[], locale: Locale): TemplateResult {
    const managed = rows.find((row) => row.idRattachement === this.managed);
    const chosen = this.chosen(rows);
    const consulted = this.consulted;
    return html`${consulted ? this.renderFiche(consulted, locale) : nothing}<div ?hidden=${consulted !== undefined}><cp-data-table
        part="list"
        caption=${t(locale, 'caption')}
        caption-hidden
        selectable
        csv-filename=${t(locale, 'csvFile')}
        .rowActions=${[
          { id: 'manage', label: t(locale, 'manage') },
          {
            id: 'consult',
            label: t(locale, 'consult'),
            when: (row: RattachementView) => row.statutRattachement === 'VALIDEE',
          },
        ]}
        .columns=${rattachementColumns(locale)}
        .rows=${rows}
        .rowKey=${(row: RattachementView) => String(row.idRattachement)}
        @cp-table-row-activated=${(event: CustomEvent<RowActivateDetail<RattachementView>>) =>
          event.detail.action === 'consult' ? void this.consult(event.detail.row) : this.manage(event.detail.row)}
        @cp-table-selection-changed=${(event: CustomEvent<SelectionChangeDetail<RattachementView>>) =>
          (this.selectedIds = event.detail.rows.map((row) => row.idRattachement))}
      >
        <p slot="empty">${t(locale, 'none')}</p>
        <button slot="actions" type="button" aria-expanded=${this.step.kind === 'closed' ? 'false' : 'true'} @click=${this.toggleRequest}>
          ${t(locale, this.step.kind === 'closed' ? 'request' : 'closeRequest')}
        </button>
        <button slot="actions" type="button" class="secondary" ?disabled=${chosen.length === 0 || this.removing} @click=${() => this.removeSelected(chosen)}>
          ${t(locale, 'removeSelected', { count: chosen.length })}
        </button>
      </cp-data-table>
      ${
        managed
          ? html`<cp-rattachement-leave
              .rattachement=${managed}
              @cp-rattachement-left=${this.onLeft}
              @cp-principal-handed-over=${this.onHandedOver}
              @cp-rattachement-reload-requested=${() => this.session.refresh()}
            ></cp-rattachement-leave>
            <div class="buttons">
              <button type="button" class="secondary" aria-expanded=${String(this.viewing)} @click=${this.toggleRequestView}>${t(locale, 'viewRequest')}</button>
              <button type="button" class="secondary" @click=${() => (this.managed = undefined)}>${t(locale, 'closeManage')}</button>
            </div>
            ${this.viewing ? renderRequestView(managed, locale) : nothing}`
          : nothing
      }
      ${this.renderRequest(rows, locale)}</div>`;
  }

  /** The fiche of a row's structure (STR-8) and the way back to the list. */
  private renderFiche(row: RattachementView, locale: Locale): TemplateResult {
    return html`<cp-structure-fiche
        part="fiche"
        structure-id=${row.idStructureCPP}
        heading-level=${Math.min(6, this.headingLevel + 1)}
      ></cp-structure-fiche>
      <button type="button" class="secondary" @click=${this.closeFiche}>${t(locale, 'backToList')}</button>`;
  }

  /** Opens the fiche (its element loaded on first use, so the list's own load stays light), focus on its title. */
  private async consult(row: RattachementView): Promise<void> {
    await import('../cp-structure-fiche/cp-structure-fiche.js');
    this.outcome = undefined;
    this.consulted = row;
    await this.updateComplete;
    await this.renderRoot.querySelector('cp-structure-fiche')?.focusTitle();
  }

  /** Back to the list, focus on the row's "Consulter la structure". */
  private async closeFiche(): Promise<void> {
    const row = this.consulted;
    this.consulted = undefined;
    await this.updateComplete;
    if (row)
      await this.renderRoot
        .querySelector<CpDataTable<RattachementView>>('cp-data-table')
        ?.focusRowAction(String(row.idRattachement), 'consult');
  }

  private renderRequest(rows: RattachementView[], locale: Locale): TemplateResult | typeof nothing {
    const step = this.step;
    if (step.kind === 'closed') return nothing;
    const supplier = rows.some((row) => row.typeStructure === 'PRIVEE' && row.statutRattachement === 'VALIDEE');
    const position =
      step.kind === 'filling' && step.queue.length > 1
        ? t(locale, 'queue', { index: step.index + 1, count: step.queue.length })
        : '';
    return html`<section aria-label=${t(locale, 'requestTitle')}>
      <h3 id="rt-request-title" tabindex="-1">
        ${t(locale, 'requestTitle')}${position ? html` – <span class="queue">${position}</span>` : nothing}
      </h3>
      ${
        step.kind === 'picking'
          ? html`<p class="hint">${t(locale, 'pickFirst')}</p>
            <cp-structure-picker
              part="picker"
              multiple
              heading-level="4"
              type-structure=${supplier ? '' : 'PUBLIQUE'}
              @cp-structures-selected=${this.onPicked}
            ></cp-structure-picker>`
          : html`${keyed(
              /* A fresh form per structure: nothing of the previous one (its services) is carried over. */
              step.queue[step.index]!.idStructureCPP,
              html`<cp-rattachement-request
                .structure=${step.queue[step.index]}
                .existing=${rows.filter((row) => row.idStructureCPP === step.queue[step.index]!.idStructureCPP)}
                ?supplier=${supplier}
                @cp-rattachement-requested=${this.onRequested}
                @cp-rattachement-request-cancelled=${this.closeRequest}
              ></cp-rattachement-request>`,
            )}`
      }
    </section>`;
  }

  /** The ticked rattachements among `rows` (a row gone from the list is no longer ticked). */
  private chosen(rows: readonly RattachementView[]): RattachementView[] {
    return rows.filter((row) => this.selectedIds.includes(row.idRattachement));
  }

  /**
   * "Supprimer les rattachements" (RAT-1, RAT-7): one confirmation listing every rattachement, then
   * one deletion each (the host may veto any); focus goes to the outcome; the refused stay ticked.
   */
  private async removeSelected(chosen: RattachementView[]): Promise<void> {
    const client = this.session.client;
    if (!client || chosen.length === 0 || this.removing) return;
    const locale = this.i18n.locale;
    const question = t(locale, 'removeQuestion');
    const gp = chosen.some((row) => row.role === 'GESTIONNAIRE_PRINCIPAL');
    this.confirming = true;
    await this.updateComplete;
    const confirmed = await this.dialog.ask({
      title: t(locale, 'removeTitle'),
      message: gp ? `${question}\n${t(locale, 'removeGpHint')}` : question,
      items: chosen.map((row) => scopeText(row, locale)),
      confirmLabel: t(locale, 'removeOk'),
      cancelLabel: t(locale, 'cancel'),
      danger: true,
    });
    this.confirming = false;
    if (!confirmed) return;
    this.clearOutcomes();
    this.managed = undefined;
    this.removing = true;
    const vetoed = bilingual((l) => t(l, 'vetoedReason'));
    const removed = await this.removal.run(client, chosen, (rattachement) =>
      fire(this, 'cp-before-rattachement-leave', { rattachement }, { cancelable: true }) ? undefined : vetoed,
    );
    this.removing = false;
    this.removed = removed;
    this.selectedIds = removed.refused.map(({ rattachement }) => rattachement.idRattachement);
    const table = this.renderRoot.querySelector<CpDataTable<RattachementView>>('cp-data-table');
    if (table) table.selectedKeys = this.selectedIds.map(String);
    await focusOutcome(this, '#rt-title');
    for (const rattachement of removed.deleted) {
      const message = bilingual((l) => t(l, 'removedLine', { scope: scopeText(rattachement, l) }));
      fire(this, 'cp-rattachement-left', { rattachement, message });
    }
  }

  private clearOutcomes(): void {
    this.outcome = undefined;
    this.removed = undefined;
  }

  private toggleRequestView(): void {
    this.viewing = !this.viewing;
    if (this.viewing) void this.focusAfterUpdate('#rv-title');
  }

  private toggleRequest(): void {
    this.clearOutcomes();
    this.step = this.step.kind === 'closed' ? { kind: 'picking' } : { kind: 'closed' };
    if (this.step.kind === 'picking') void this.focusAfterUpdate('#rt-request-title');
  }

  private closeRequest(): void {
    this.step = { kind: 'closed' };
  }

  private manage(row: RattachementView): void {
    this.clearOutcomes();
    this.managed = row.idRattachement;
    this.viewing = false;
    void this.updateComplete.then(() => this.renderRoot.querySelector('cp-rattachement-leave')?.focusTitle());
  }

  private onPicked(event: CustomEvent<StructuresSelectDetail>): void {
    this.step = { kind: 'filling', queue: event.detail.structures, index: 0 };
    void this.focusAfterUpdate('#rt-request-title');
  }

  /**
   * RAT-4: after a request, the next chosen structure gets its screen, whichever button was used;
   * once all are done, "Valider et rattacher à une autre structure" goes back to the search.
   */
  private onRequested(event: CustomEvent<RattachementRequestedDetail>): void {
    const { result, next } = event.detail;
    const name = result.rattachement.designationStructure;
    const message = bilingual((l) => t(l, 'requested', { name }));
    const step = this.step;
    this.removed = undefined;
    const earlier = step.kind === 'filling' && step.index > 0 ? (this.outcome?.messages ?? []) : [];
    const warnings = step.kind === 'filling' && step.index > 0 ? (this.outcome?.warnings ?? []) : [];
    this.outcome = {
      kind: 'success',
      messages: [...earlier, message],
      warnings: [...warnings, ...result.avertissements],
    };
    if (step.kind === 'filling' && step.index + 1 < step.queue.length) this.step = { ...step, index: step.index + 1 };
    else if (next) this.step = { kind: 'picking' };
    else this.step = { kind: 'closed' };
    void this.focusAfterUpdate(this.step.kind === 'closed' ? '.outcome' : '#rt-request-title');
  }

  private onLeft(event: CustomEvent<LeaveOutcomeDetail>): void {
    this.managed = undefined;
    this.removed = undefined;
    this.outcome = { kind: 'success', messages: [event.detail.message], warnings: [] };
    void this.focusAfterUpdate('.outcome');
  }

  private onHandedOver(event: CustomEvent<LeaveOutcomeDetail>): void {
    this.removed = undefined;
    this.outcome = { kind: 'success', messages: [event.detail.message], warnings: [] };
    void this.focusAfterUpdate('.outcome');
  }

  private async focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(selector);
    if (target && !target.hasAttribute('tabindex')) target.tabIndex = -1;
    target?.focus();
  }
}

if (!customElements.get('cp-rattachements')) customElements.define('cp-rattachements', CpRattachements);

declare global {
  interface HTMLElementTagNameMap {
    'cp-rattachements': CpRattachements;
  }
}
