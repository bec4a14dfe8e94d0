import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { isCpError, type CpError } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import type { Bilingual, RattachementView } from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { renderConflictNotice } from '../shared/conflict-notice.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import { fire } from '../shared/events.js';
import { fieldStyles, renderField } from '../shared/field.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderNotice } from '../shared/notice.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { WriteController } from '../shared/write-controller.js';
import { ruleRefs, t } from './messages.js';
import { rattachementChanges } from './rattachement-changes.js';
import { serviceText } from './rattachement-columns.js';

export type { RattachementView } from '../../domain/schemas/index.js';

/** Detail of `cp-before-rattachement-leave`: what the user is about to leave (cancel the event to veto it). */
export interface BeforeLeaveDetail {
  rattachement: RattachementView;
  idService?: number;
}

/** Detail of `cp-rattachement-left` and `cp-principal-handed-over`: the outcome, as a sentence for the page. */
export interface LeaveOutcomeDetail {
  rattachement: RattachementView;
  message: Bilingual;
}

/**
 * A write refused as stale (ACC-7): the server's rattachement now (undefined when it is gone), and
 * the same write on that version when it still makes sense ("malgré ces changements").
 */
interface Conflict {
  current: RattachementView | undefined;
  anyway?: () => Promise<void>;
}

const personName = (row: RattachementView): string => [row.prenom, row.nom].filter(Boolean).join(' ') || row.login;

/**
 * "Me détacher" for one rattachement (RAT-7): the whole structure, or one service of a services-level
 * rattachement, or the withdrawal of a pending request, each after a confirmation. A GP cannot just
 * leave: he is told why and designates a new GP among the users validly attached to the structure,
 * then stays attached as a simple user (and may leave afterwards). Used by `<cp-rattachements>`.
 *
 * When the rattachement changed on the server since it was shown (409, ACC-7), nothing is done: the
 * panel says what changed (status, role, level, services, validity) and offers to reload it or to
 * leave anyway on the server's version.
 *
 * @fires {CustomEvent<BeforeLeaveDetail>} cp-before-rattachement-leave - Cancelable, before leaving; `detail`: `{ rattachement, idService }`. Bubbles, composed.
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-rattachement-left - The user left or withdrew; `detail`: `{ rattachement, message }`. Bubbles, composed.
 * @fires {CustomEvent<LeaveOutcomeDetail>} cp-principal-handed-over - The GP role was handed over; `detail`: `{ rattachement, message }`. Bubbles, composed.
 * @fires {CustomEvent<null>} cp-rattachement-reload-requested - After a conflict the user asked for the server's version; the list reloads. Bubbles, not composed (for cp-rattachements around it).
 */
export class CpRattachementLeave extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this, [createRattachementApi]);
  /**
   * The leave and hand-over writes: host veto of a leave, busy, X-5 (a retry of a write whose answer
   * was lost reuses the first attempt's key), the refusal with its rule, ACC-7, focus on the outcome.
   */
  private readonly writes = new WriteController(this, {
    start: () => {
      this.failure = undefined;
      this.conflict = undefined;
    },
    refused: (error) => this.refused(error),
    conflict: () => this.showConflict(),
    title: '#lv-title',
  });
  /** Builds the conflict of the write running from the server's rattachement now (ACC-7). */
  private conflictOf: (current: RattachementView | undefined) => Conflict = (current) => ({ current });

  /** The rattachement to leave. */
  @property({ attribute: false }) rattachement?: RattachementView;

  @state() private successor = '';
  @state() private successorError = '';
  @state() private failure: { text: Bilingual; rule: string | undefined } | undefined;
  @state() private conflict: Conflict | undefined;
  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;

  private readonly successors = new Task(this, {
    task: async ([client, row], { signal }): Promise<RattachementView[]> => {
      if (!client || !row || row.role !== 'GESTIONNAIRE_PRINCIPAL') return [];
      const attached = await loadAllPages((page) =>
        client.listStructureRattachements(
          { idStructureCPP: row.idStructureCPP, statut: 'VALIDEE', ...page },
          { signal },
        ),
      );
      return attached.filter((r) => r.idUtilisateur !== row.idUtilisateur && r.enVigueur);
    },
    args: () => [this.session.client, this.rattachement] as const,
  });

  protected override render(): TemplateResult | typeof nothing {
    const row = this.rattachement;
    if (!row) return nothing;
    const locale = this.i18n.locale;
    return html`<section aria-label=${t(locale, 'leaveTitle', { name: row.designationStructure })}>
      <h3 id="lv-title" tabindex="-1">${t(locale, 'leaveTitle', { name: row.designationStructure })}</h3>
      ${renderNotice(this.failure && { kind: 'error', text: (l) => t(l, 'actionFailed', { message: this.failure!.text[l] }), rules: this.failure.rule }, locale)}
      ${this.conflict ? this.renderConflict(row, this.conflict, locale) : this.renderActions(row, locale)}
      <cp-confirm-dialog></cp-confirm-dialog>
    </section>`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A reloaded rattachement (after a conflict, or any refresh of the list) starts afresh.
    if (changed.has('rattachement')) {
      this.conflict = undefined;
      this.failure = undefined;
    }
  }

  /** Moves focus to the panel's title (after the user opened it). */
  async focusTitle(): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#lv-title')?.focus();
  }

  private renderActions(row: RattachementView, locale: Locale): TemplateResult {
    if (row.statutRattachement === 'REFUSEE' || row.statutRattachement === 'SUPPRIMEE') {
      return html`<p>${t(locale, 'noAction', { status: t(locale, row.statutRattachement) })}</p>`;
    }
    if (row.role === 'GESTIONNAIRE_PRINCIPAL') return this.renderHandOver(row, locale);
    if (row.statutRattachement === 'EN_COURS_DE_VALIDATION') {
      return html`<div class="buttons"><button type="button" ?disabled=${this.writes.busy} @click=${() => this.leave(row)}>${t(locale, 'withdraw')}</button></div>`;
    }
    return html`<div class="buttons">
      <button type="button" ?disabled=${this.writes.busy} @click=${() => this.leave(row)}>${t(locale, 'leaveStructure')}</button>
      ${
        row.niveau === 'SERVICES' && row.idServices.length > 1
          ? row.idServices.map(
              (idService, index) =>
                html`<button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.leave(row, idService)}>
                ${t(locale, 'leaveService', { code: serviceText(row, index) })}
              </button>`,
            )
          : nothing
      }
    </div>`;
  }

  private renderConflict(seen: RattachementView, conflict: Conflict, locale: Locale): TemplateResult {
    const current = conflict.current;
    const anyway = conflict.anyway;
    return renderConflictNotice({
      id: 'lv-conflict',
      title: t(locale, current ? 'conflict' : 'conflictGone'),
      changes: current
        ? rattachementChanges(seen, current, locale).map((change) => t(locale, 'conflictChange', { ...change }))
        : [],
      ...(current ? { none: t(locale, 'conflictSame') } : {}),
      reload: { label: t(locale, 'reload'), run: () => this.reload() },
      ...(anyway ? { overwrite: { label: t(locale, 'leaveAnyway'), run: () => void anyway() } } : {}),
    });
  }

  /** Asks the host list for the server's rattachements again; the panel then shows the current one. */
  private reload(): void {
    this.conflict = undefined;
    fire(this, 'cp-rattachement-reload-requested', null, { composed: false });
  }

  private renderHandOver(row: RattachementView, locale: Locale): TemplateResult {
    return html`<p class="notice notice--warning">${t(locale, 'gpCannotLeave')}${renderRuleRef(ruleRefs.gpCannotLeave, locale)}</p>
      ${this.successors.render({
        pending: () => html`<p role="status">…</p>`,
        error: (error) =>
          html`<p class="notice notice--error" role="alert">${isCpError(error) ? error.text[locale] : String(error)}</p>`,
        complete: (users) =>
          users.length === 0
            ? html`<p class="notice notice--warning">${t(locale, 'noSuccessor')}${renderRuleRef(ruleRefs.noSuccessor, locale)}</p>`
            : html`<form novalidate @submit=${(event: Event) => this.handOver(event, row, users)}>
                ${renderField({
                  id: 'lv-successor',
                  label: t(locale, 'successor'),
                  hint: t(locale, 'successorHint'),
                  required: true,
                  error: this.successorError,
                  locale,
                  control: (describedBy, invalid) => html`<select
                    id="lv-successor"
                    class="cp-field__input"
                    required
                    aria-describedby=${describedBy}
                    aria-invalid=${invalid ? 'true' : 'false'}
                    @change=${(event: Event) => {
                      this.successor = (event.target as HTMLSelectElement).value;
                      this.successorError = '';
                    }}
                  >
                    <option value="" ?selected=${this.successor === ''}>${t(locale, 'chooseSuccessor')}</option>
                    ${users.map((user) => html`<option value=${String(user.idUtilisateur)} ?selected=${this.successor === String(user.idUtilisateur)}>${personName(user)} (${user.login})</option>`)}
                  </select>`,
                })}
                <div class="buttons"><button type="submit" ?disabled=${this.writes.busy}>${t(locale, 'handOver')}</button></div>
              </form>`,
      })}`;
  }

  private scopeOf(row: RattachementView, idService: number | undefined): string {
    if (idService === undefined) return row.designationStructure;
    return `${serviceText(row, row.idServices.indexOf(idService))} (${row.designationStructure})`;
  }

  private async leave(row: RattachementView, idService?: number): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    const locale = this.i18n.locale;
    const pending = row.statutRattachement === 'EN_COURS_DE_VALIDATION';
    const scope = this.scopeOf(row, idService);
    const confirmed = await this.dialog.ask({
      title: t(locale, 'confirmLeaveTitle'),
      message: t(locale, pending ? 'confirmWithdraw' : 'confirmLeave', { scope }),
      confirmLabel: t(locale, 'confirm'),
      cancelLabel: t(locale, 'cancel'),
      danger: true,
    });
    if (!confirmed) return;
    await this.send(row, idService);
  }

  /**
   * Leaves `row` (version included) once the user confirmed; the host may veto. A stale version is
   * shown as a conflict whose "anyway" leaves the server's version of the same rattachement.
   */
  private async send(row: RattachementView, idService: number | undefined): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    const detail: BeforeLeaveDetail = { rattachement: row, ...(idService === undefined ? {} : { idService }) };
    const scope = this.scopeOf(row, idService);
    const key = row.statutRattachement === 'EN_COURS_DE_VALIDATION' ? 'withdrawn' : 'left';
    const request = {
      idRattachement: row.idRattachement,
      version: row.version,
      ...(idService === undefined ? {} : { idService }),
    };
    this.conflictOf = (current) =>
      current && this.canLeave(current, idService)
        ? { current, anyway: () => this.send(current, idService) }
        : { current };
    await this.writes.run(
      { before: 'cp-before-rattachement-leave', detail, request: { leave: request } },
      async (idempotencyKey) => {
        const left = await client.leaveRattachement(request, { idempotencyKey });
        const message = bilingual((l) => t(l, key, { scope }));
        return () => fire(this, 'cp-rattachement-left', { rattachement: left, message });
      },
    );
  }

  /** Whether leaving (the structure, or the service) still makes sense on the server's version. */
  private canLeave(current: RattachementView, idService: number | undefined): boolean {
    const open =
      current.statutRattachement !== 'SUPPRIMEE' &&
      current.statutRattachement !== 'REFUSEE' &&
      current.role !== 'GESTIONNAIRE_PRINCIPAL';
    return open && (idService === undefined || current.idServices.includes(idService));
  }

  private async handOver(event: Event, row: RattachementView, users: RattachementView[]): Promise<void> {
    event.preventDefault();
    const client = this.session.client;
    const locale = this.i18n.locale;
    const chosen = users.find((user) => String(user.idUtilisateur) === this.successor);
    if (!client) return;
    if (!chosen) {
      this.successorError = t(locale, 'successorRequired');
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#lv-successor')?.focus();
      return;
    }
    const name = personName(chosen);
    const confirmed = await this.dialog.ask({
      title: t(locale, 'handOver'),
      message: t(locale, 'confirmHandOver', { name }),
      confirmLabel: t(locale, 'confirm'),
      cancelLabel: t(locale, 'cancel'),
    });
    if (!confirmed) return;
    const request = {
      idRattachement: row.idRattachement,
      version: row.version,
      idNouveauGestionnaire: chosen.idUtilisateur,
    };
    this.conflictOf = (current) => ({ current });
    await this.writes.run({ request: { handOver: request } }, async (idempotencyKey) => {
      const result = await client.handOverPrincipal(request, { idempotencyKey });
      const message = bilingual((l) => t(l, 'handedOver', { name }));
      this.successor = '';
      return () => fire(this, 'cp-principal-handed-over', { rattachement: result.ancien, message });
    });
  }

  /** A refused write: the server's message, its rule apart as the discreet "Réf. RAT-7" (X-8). */
  private refused(error: CpError): void {
    this.failure = { text: error.text, rule: error.rule };
  }

  /**
   * A stale version (409, ACC-7) becomes the conflict the write running builds from the server's
   * rattachement now; without the server's version to compare with, the refusal itself is shown.
   */
  private async showConflict(): Promise<boolean> {
    const current = await this.current().catch(() => null);
    if (current === null) return false;
    this.conflict = this.conflictOf(current);
    return true;
  }

  /** The server's version of the rattachement shown, undefined when it is gone. */
  private async current(): Promise<RattachementView | undefined> {
    const client = this.session.client;
    const id = this.rattachement?.idRattachement;
    if (!client || id === undefined) return undefined;
    const mine = await loadAllPages((page) => client.listMyRattachements({ inclureSupprimees: true, ...page }));
    return mine.find((row) => row.idRattachement === id);
  }
}

if (!customElements.get('cp-rattachement-leave')) customElements.define('cp-rattachement-leave', CpRattachementLeave);

declare global {
  interface HTMLElementTagNameMap {
    'cp-rattachement-leave': CpRattachementLeave;
  }
  interface HTMLElementEventMap {
    'cp-before-rattachement-leave': CustomEvent<BeforeLeaveDetail>;
    'cp-rattachement-left': CustomEvent<LeaveOutcomeDetail>;
    'cp-principal-handed-over': CustomEvent<LeaveOutcomeDetail>;
    'cp-rattachement-reload-requested': CustomEvent<null>;
  }
}
