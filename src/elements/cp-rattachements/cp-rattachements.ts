import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { isCpError } from '../../client/index.js';
import type { Bilingual, Notice, RattachementView, StructureSearchItem } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-data-table.js';
import type { RowActivateDetail } from '../shared/cp-data-table.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import '../shared/cp-structure-picker.js';
import type { StructuresSelectDetail } from '../shared/cp-structure-picker.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import './cp-rattachement-leave.js';
import type { LeaveOutcomeDetail } from './cp-rattachement-leave.js';
import './cp-rattachement-request.js';
import type { RattachementRequestedDetail } from './cp-rattachement-request.js';
import { t } from './messages.js';
import { rattachementColumns } from './rattachement-columns.js';

export type { BeforeLeaveDetail, LeaveOutcomeDetail } from './cp-rattachement-leave.js';
export type { BeforeRequestDetail, RattachementRequestedDetail } from './cp-rattachement-request.js';

type RequestStep =
  { kind: 'closed' } | { kind: 'picking' } | { kind: 'filling'; queue: StructureSearchItem[]; index: number };
/** What the last actions did: one sentence per request sent in a row (none is dropped, RAT-4), and their warnings. */
type Outcome = { kind: 'success'; messages: Bilingual[]; warnings: Notice[] } | undefined;

/**
 * The structures a user works for (SPEC §3), over the client of the enclosing `<cp-session>`:
 *
 * - "Mes rattachements" (RAT-1): structure, raison sociale, service, role, level, validity and status
 *   (VALIDEE, EN_COURS_DE_VALIDATION, DESACTIVEE, REFUSEE) in words; CSV export;
 * - "Demander un rattachement" (RAT-2..5): the structure picker, then per chosen structure its own
 *   request form in turn ("Structure 2 sur 3"), whichever of "Valider" and "Valider et rattacher à une
 *   autre structure" is used (the latter returns to the search once every chosen structure is done);
 *   the new rows show EN_COURS_DE_VALIDATION; every request sent is listed; RAT-3 warnings shown;
 *   "structure publique" is preselected in the search unless the user works for a private structure
 *   (a supplier, who is warned instead, RAT-3);
 * - "Gérer" on a row: leave the structure or a service, withdraw a pending request, or, for the GP,
 *   designate the new GP first (RAT-7).
 *
 * The list reloads after every write made through the client and when the window regains focus (X-7),
 * so a request validated by a manager shows as VALIDEE without logging in again.
 *
 * @attr heading-level - Level of the title (default 2).
 * @fires {CustomEvent<BeforeRequestDetail>} cp-before-rattachement-request - Cancelable, before a request is sent (see cp-rattachement-request).
 * @fires {CustomEvent<RattachementRequestedDetail>} cp-rattachement-requested - A request is pending (RAT-5).
 * @fires {CustomEvent<BeforeLeaveDetail>} cp-before-rattachement-leave - Cancelable, before leaving (see cp-rattachement-leave).
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-rattachement-left - The user left a structure or service, or withdrew a request (RAT-7).
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-principal-handed-over - The GP designated a new GP (RAT-7).
 * @csspart list - The "Mes rattachements" table.
 * @csspart picker - The structure search picker.
 * @cssprop --cp-color-primary - Buttons (see tokens).
 */
export class CpRattachements extends LitElement {
  static override styles = [tokens, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this);

  /** Level of the element's title (sub-titles use the next level). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private step: RequestStep = { kind: 'closed' };
  @state() private managed: number | undefined;
  @state() private outcome: Outcome;

  private readonly list = new Task(this, {
    task: async ([client], { signal }) =>
      client ? (await client.listMyRattachements({ pageSize: 500 }, { signal })).items : undefined,
    args: () => [this.session.client, this.session.revision] as const,
  });

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    return html`<section aria-label=${t(locale, 'title')}>
      <div role="heading" aria-level=${this.headingLevel} id="rt-title" class="title">${t(locale, 'title')}</div>
      <p class="hint">${t(locale, 'intro')}</p>
      <div aria-live="polite">${this.renderOutcome(locale)}</div>
      ${this.list.render({
        initial: () =>
          this.session.client ? nothing : html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`,
        pending: () =>
          this.list.value
            ? this.renderList(this.list.value, locale)
            : html`<p role="status">${t(locale, 'loading')}</p>`,
        error: (
          error,
        ) => html`<p class="notice notice--error" role="alert">${t(locale, 'loadFailed', { message: isCpError(error) ? error.text[locale] : String(error) })}</p>
          <button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>`,
        complete: (rows) =>
          rows ? this.renderList(rows, locale) : html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`,
      })}
    </section>`;
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
    return html`<cp-data-table
        part="list"
        caption=${t(locale, 'caption')}
        caption-hidden
        csv-filename=${t(locale, 'csvFile')}
        row-action-label=${t(locale, 'manage')}
        .columns=${rattachementColumns(locale)}
        .rows=${rows}
        .rowKey=${(row: RattachementView) => String(row.idRattachement)}
        @cp-table-row-activated=${(event: CustomEvent<RowActivateDetail<RattachementView>>) => this.manage(event.detail.row)}
      >
        <p slot="empty">${t(locale, 'none')}</p>
        <button slot="actions" type="button" aria-expanded=${this.step.kind === 'closed' ? 'false' : 'true'} @click=${this.toggleRequest}>
          ${t(locale, this.step.kind === 'closed' ? 'request' : 'closeRequest')}
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
            <button type="button" class="secondary" @click=${() => (this.managed = undefined)}>${t(locale, 'closeManage')}</button>`
          : nothing
      }
      ${this.renderRequest(rows, locale)}`;
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
                ?supplier=${supplier}
                @cp-rattachement-requested=${this.onRequested}
                @cp-rattachement-request-cancelled=${this.closeRequest}
              ></cp-rattachement-request>`,
            )}`
      }
    </section>`;
  }

  private toggleRequest(): void {
    this.outcome = undefined;
    this.step = this.step.kind === 'closed' ? { kind: 'picking' } : { kind: 'closed' };
    if (this.step.kind === 'picking') void this.focusAfterUpdate('#rt-request-title');
  }

  private closeRequest(): void {
    this.step = { kind: 'closed' };
  }

  private manage(row: RattachementView): void {
    this.outcome = undefined;
    this.managed = row.idRattachement;
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
    const message = { fr: t('fr', 'requested', { name }), en: t('en', 'requested', { name }) };
    const step = this.step;
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
    this.outcome = { kind: 'success', messages: [event.detail.message], warnings: [] };
    void this.focusAfterUpdate('.outcome');
  }

  private onHandedOver(event: CustomEvent<LeaveOutcomeDetail>): void {
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
