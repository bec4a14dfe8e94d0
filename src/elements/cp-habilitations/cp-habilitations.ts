import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createHabilitationApi } from '../../client/habilitation-api.js';
import { isCpError, type HabilitationApi } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import type {
  AbonnementView,
  Application,
  ApplicationInfo,
  Bilingual,
  HabilitationView,
  Page,
  PageQueryInput,
  RattachementView,
} from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import '../shared/cp-data-table.js';
import type {
  DataTableColumn,
  LoadProgress,
  RowActivateDetail,
  SelectionChangeDetail,
} from '../shared/cp-data-table.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import { fire } from '../shared/events.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { RetryKey } from '../shared/retry-key.js';
import { loadRowsSoFar, type SoFar } from '../shared/rows-so-far.js';
import { tokens } from '../shared/tokens.js';
import './cp-abonnement-request.js';
import type { AbonnementsRequestedDetail } from './cp-abonnement-request.js';
import './cp-habilitation-list.js';
import { abonnementColumns, type ApplicationLabel } from './habilitation-columns.js';
import { t } from './messages.js';

export type { AbonnementsRequestedDetail, BeforeAbonnementDetail } from './cp-abonnement-request.js';

/** Detail of `cp-before-abonnements-delete` and `cp-abonnements-deleted`. */
export interface AbonnementsDeletionDetail {
  abonnements: AbonnementView[];
}

type Notice = { kind: 'success' | 'error'; message: Bilingual } | undefined;

/**
 * What a user may do where (SPEC §4), over the client of the enclosing `<cp-session>`:
 *
 * - "Mes habilitations" (HAB-2): the profiles by structure and service, application, mode and the
 *   access it gives today, filtered as one types, exported to CSV; virtual table, fast with 10,000 rows;
 *   the first rows show as soon as the first page arrives, the rest load behind a progress bar;
 * - "Mes abonnements aux espaces" (HAB-7): one row per (structure, service, espace) with its status
 *   in words; delete one or several after a confirmation;
 * - "Demander un abonnement" (HAB-8): the request form with its rules explained.
 *
 * Reloads after every write made through the client and when the window regains focus (X-7): a
 * rattachement validated by a manager brings its default espaces and profiles (HAB-3, HAB-4).
 *
 * @attr heading-level - Level of the section titles (default 2).
 * @fires {CustomEvent<AbonnementsDeletionDetail>} cp-before-abonnements-delete - Cancelable, before deleting; `detail.abonnements`. Bubbles, composed.
 * @fires {CustomEvent<AbonnementsDeletionDetail>} cp-abonnements-deleted - Abonnements were deleted; `detail.abonnements`. Bubbles, composed.
 * @fires {CustomEvent<BeforeAbonnementDetail>} cp-before-abonnements-request - Cancelable, before a request is sent (see cp-abonnement-request).
 * @fires {CustomEvent<AbonnementsRequestedDetail>} cp-abonnements-requested - Requested abonnements are pending (HAB-8).
 * @csspart habilitations - The "Mes habilitations" list.
 * @csspart abonnements - The "Mes abonnements aux espaces" table.
 * @csspart actions - The retry button after a failed read.
 * @cssprop --cp-data-table-height - Height of the habilitations' scrolling area.
 */
export class CpHabilitations extends LitElement {
  static override styles = [tokens, panelStyles];

  private readonly i18n = new LocaleController(this);
  // Another user's abonnements: the last user's ticks, request form and messages go (X-7).
  private readonly session = new ClientController(this, [createHabilitationApi, createRattachementApi]).forgetOnChange(
    () => this.forget(),
  );
  /** X-5: a retry of a deletion whose answer was lost reuses the first attempt's key. */
  private readonly retryKey = new RetryKey();

  /** Level of the section titles. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private selected: AbonnementView[] = [];
  @state() private requesting = false;
  @state() private notice: Notice;
  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;

  private readonly applications = new Task(this, {
    task: async ([client], { signal }): Promise<ApplicationInfo[]> =>
      client ? client.listApplications({ signal }) : [],
    args: () => [this.session.client] as const,
  });

  @state() private habilitationsSoFar: SoFar<HabilitationView> | undefined;
  @state() private abonnementsSoFar: SoFar<AbonnementView> | undefined;

  private readonly habilitations = new Task(this, {
    task: async ([client], { signal }) =>
      this.loadProgressively(
        client,
        signal,
        (c, page) => c.listMyHabilitations(page, { signal }),
        (soFar) => {
          this.habilitationsSoFar = soFar;
        },
      ),
    args: () => [this.session.client, this.session.revision] as const,
  });

  private readonly abonnements = new Task(this, {
    task: async ([client], { signal }) =>
      this.loadProgressively(
        client,
        signal,
        (c, page) => c.listMyAbonnements(page, { signal }),
        (soFar) => {
          this.abonnementsSoFar = soFar;
        },
      ),
    args: () => [this.session.client, this.session.revision] as const,
  });

  /**
   * Loads every page of a list; the rows loaded so far go to `show` as they arrive (the first page
   * paints before the others are asked for). A run that was replaced (a reload, X-7) shows nothing
   * more; its rows stay on screen until the new run's first page arrives.
   */
  private async loadProgressively<Row>(
    client: HabilitationApi | undefined,
    signal: AbortSignal,
    fetchPage: (client: HabilitationApi, page: PageQueryInput) => Promise<Page<Row>>,
    show: (soFar: SoFar<Row>) => void,
  ): Promise<Row[] | undefined> {
    if (!client) return undefined;
    const rows = await loadRowsSoFar(
      this,
      signal,
      (page) => fetchPage(client, page),
      (soFar) => show(loadedFor(soFar, client)),
    );
    return loadedFor(rows, client);
  }

  private readonly rattachements = new Task(this, {
    task: async ([client, open], { signal }): Promise<RattachementView[]> =>
      client && open ? await loadAllPages((page) => client.listMyRattachements(page, { signal })) : [],
    args: () => [this.session.client, this.requesting, this.session.revision] as const,
  });

  /** Puts the element back as it starts, for another user (X-7): nothing ticked, no request open, no message. */
  private forget(): void {
    this.selected = [];
    this.requesting = false;
    this.notice = undefined;
    this.retryKey.forget();
    this.dialog?.dismiss();
  }

  private labelsFor: { locale: Locale; apps: ApplicationInfo[]; label: ApplicationLabel } | undefined;

  /** The label of an application in the current language, stable while the language and the list stay. */
  private applicationLabel(locale: Locale): ApplicationLabel {
    const apps = this.applications.value ?? [];
    if (this.labelsFor?.locale !== locale || this.labelsFor.apps !== apps) {
      const labels = new Map<Application, string>(apps.map((app) => [app.application, app.libelle[locale]]));
      const label: ApplicationLabel = (application) => labels.get(application) ?? application;
      this.labelsFor = { locale, apps, label };
      return label;
    }
    return this.labelsFor.label;
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    if (!this.session.client) return html`<p class="notice notice--error">${t(locale, 'noSession')}</p>`;
    const label = this.applicationLabel(locale);
    return html`<div>
        <div role="heading" aria-level=${this.headingLevel} id="hb-title" class="title">${t(locale, 'habilitationsTitle')}</div>
        <p class="hint">${t(locale, 'habilitationsIntro')}</p>
        ${this.renderLoaded(this.habilitations, this.habilitationsSoFar, locale, (rows, progress) => html`<cp-habilitation-list part="habilitations" .rows=${rows} .progress=${progress} .applicationLabel=${label}></cp-habilitation-list>`)}
      </div>
      <div>
        <div role="heading" aria-level=${this.headingLevel} id="ab-title" class="title">${t(locale, 'abonnementsTitle')}</div>
        <p class="hint">${t(locale, 'abonnementsIntro')}</p>
        <div aria-live="polite">${this.notice ? html`<p class="notice notice--${this.notice.kind}" id="hb-notice" tabindex="-1">${this.notice.message[locale]}</p>` : nothing}</div>
        ${this.renderLoaded(this.abonnements, this.abonnementsSoFar, locale, (rows, progress) => this.renderAbonnements(rows, progress, abonnementColumns(locale, label), locale))}
        ${
          this.requesting
            ? html`<cp-abonnement-request
              .rattachements=${this.rattachements.value ?? []}
              .applications=${this.applications.value ?? []}
              @cp-abonnements-requested=${this.onRequested}
              @cp-abonnement-request-cancelled=${this.onCancelRequest}
            ></cp-abonnement-request>`
            : nothing
        }
      </div>
      <cp-confirm-dialog></cp-confirm-dialog>`;
  }

  /**
   * A list's states: loading (keeping the same user's last rows while reloading, X-7; on a first
   * load, the rows loaded so far with their progress), failure with retry, rows.
   */
  private renderLoaded<Row>(
    task: Task<readonly unknown[], Row[] | undefined>,
    soFar: SoFar<Row> | undefined,
    locale: Locale,
    content: (rows: Row[], progress?: LoadProgress) => TemplateResult,
  ): TemplateResult {
    const client = this.session.client;
    return renderRefreshing(
      task,
      {
        pending: () =>
          soFar && isLoadedFor(soFar, client)
            ? content(soFar.rows, soFar.progress)
            : html`<p role="status">${t(locale, 'loading')}</p>`,
        error: (error) => renderReadFailure(error, locale, t, () => this.session.refresh()),
        complete: (rows) => (rows ? content(rows) : html``),
      },
      (last) => isLoadedFor(last, client),
    ) as TemplateResult;
  }

  private renderAbonnements(
    rows: AbonnementView[],
    progress: LoadProgress | undefined,
    columns: DataTableColumn<AbonnementView>[],
    locale: Locale,
  ): TemplateResult {
    return html`<cp-data-table
      part="abonnements"
      caption=${t(locale, 'abonnementsTitle')}
      caption-hidden
      selectable
      csv-filename=${t(locale, 'abonnementsCsv')}
      row-action-label=${t(locale, 'delete')}
      .columns=${columns}
      .rows=${rows}
      .progress=${progress}
      .rowKey=${(row: AbonnementView) => String(row.idAbonnement)}
      @cp-table-selection-changed=${(event: CustomEvent<SelectionChangeDetail<AbonnementView>>) => (this.selected = event.detail.rows)}
      @cp-table-row-activated=${(event: CustomEvent<RowActivateDetail<AbonnementView>>) => this.deleteAbonnements([event.detail.row])}
    >
      <p slot="empty">${t(locale, 'noAbonnement')}</p>
      <button slot="actions" type="button" class="secondary" ?disabled=${this.selected.length === 0} @click=${() => this.deleteAbonnements(this.selected)}>
        ${t(locale, 'deleteSelected', { count: this.selected.length })}
      </button>
      <button slot="actions" type="button" id="hb-request-toggle" aria-expanded=${this.requesting ? 'true' : 'false'} @click=${this.toggleRequest}>${t(locale, this.requesting ? 'closeRequest' : 'request')}</button>
    </cp-data-table>`;
  }

  /** Opens the request form with focus on its first field, or closes it (focus stays on the toggle). */
  private async toggleRequest(): Promise<void> {
    this.notice = undefined;
    this.requesting = !this.requesting;
    if (!this.requesting) return;
    await this.updateComplete;
    await this.renderRoot.querySelector('cp-abonnement-request')?.focusFirstField();
  }

  /** The form closes; focus goes back to the button that opened it, not to the page's start. */
  private async onCancelRequest(): Promise<void> {
    this.requesting = false;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#hb-request-toggle')?.focus();
  }

  private async onRequested(event: CustomEvent<AbonnementsRequestedDetail>): Promise<void> {
    const count = event.detail.abonnements.length;
    this.requesting = false;
    this.notice = {
      kind: 'success',
      message: bilingual((l) => t(l, 'requested', { count })),
    };
    // The form and its button are gone: focus goes to the outcome, which a keyboard user reads next.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#hb-notice')?.focus();
  }

  private async deleteAbonnements(abonnements: AbonnementView[]): Promise<void> {
    const client = this.session.client;
    if (!client || abonnements.length === 0) return;
    const locale = this.i18n.locale;
    const roleBound = abonnements.filter((a) => a.lieAuRole);
    if (roleBound.length > 0) {
      // HAB-4, early for comfort (the mock refuses it too): nothing is sent, the reason takes focus.
      const structures = [...new Set(roleBound.map((a) => a.designationStructure))].join(', ');
      this.notice = {
        kind: 'error',
        message: bilingual((l) => t(l, 'roleBound', { structures })),
      };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#hb-notice')?.focus();
      return;
    }
    const count = abonnements.length;
    const confirmed = await this.dialog.ask({
      title: t(locale, 'deleteTitle'),
      message: t(locale, 'deleteConfirm', { count }),
      confirmLabel: t(locale, 'confirm'),
      cancelLabel: t(locale, 'cancel'),
      danger: true,
    });
    if (!confirmed) return;
    const detail: AbonnementsDeletionDetail = { abonnements };
    if (!fire(this, 'cp-before-abonnements-delete', detail, { cancelable: true })) return;
    try {
      const request = { ids: abonnements.map((a) => a.idAbonnement) };
      await this.retryKey.attempt(request, (idempotencyKey) => client.deleteMyAbonnements(request, { idempotencyKey }));
      this.selected = [];
      this.notice = {
        kind: 'success',
        message: bilingual((l) => t(l, 'deleted', { count })),
      };
      fire(this, 'cp-abonnements-deleted', detail);
    } catch (error) {
      if (!isCpError(error)) throw error;
      this.notice = {
        kind: 'error',
        message: bilingual((l) => t(l, 'deleteFailed', { message: error.text[l] })),
      };
    }
  }
}

if (!customElements.get('cp-habilitations')) customElements.define('cp-habilitations', CpHabilitations);

declare global {
  interface HTMLElementTagNameMap {
    'cp-habilitations': CpHabilitations;
  }
  interface HTMLElementEventMap {
    'cp-before-abonnements-delete': CustomEvent<AbonnementsDeletionDetail>;
    'cp-abonnements-deleted': CustomEvent<AbonnementsDeletionDetail>;
  }
}
