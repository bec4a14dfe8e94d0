import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isCpError } from '../../client/index.js';
import { createServiceApi } from '../../client/service-api.js';
import { createStructureApi } from '../../client/structure-api.js';
import type { Bilingual, Service, ServiceCodeLookup } from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-data-table.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import '../shared/cp-date-input.js';
import '../shared/cp-error-summary.js';
import { formatIsoDate } from '../shared/date-text.js';
import { fire } from '../shared/events.js';
import { FieldIssues } from '../shared/field-issues.js';
import { fieldStyles, renderField } from '../shared/field.js';
import { formPageStyles as formStyles } from '../shared/form-page-styles.js';
import { instantText } from '../shared/instant-text.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { managerStyles } from '../shared/manager-styles.js';
import { renderNotice, type Notice } from '../shared/notice.js';
import { lastPendingChange, reloadAtNextEffect, renderPendingChanges } from '../shared/pending-changes.js';
import { refusalMessage, refusalRule, renderLoadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { noticeOutcomes, WriteController, type Announce } from '../shared/write-controller.js';
import type { ServiceWrite } from './events.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import {
  checkServiceDraft,
  emptyServiceDraft,
  SERVICE_FIELDS,
  serviceCreateOf,
  serviceDraftOf,
  serviceUpdateOf,
  type ServiceDraft,
} from './service-draft.js';

export type { CpServiceManagerEventMap, ServiceDetail, ServiceWrite } from './events.js';

type View = 'list' | 'create' | 'detail' | 'edit';

/** What the list loads: the services and whether the user manages the structure (else read-only, SRV-2). */
interface Loaded {
  services: Service[];
  manager: boolean;
}

const LABELS: Record<string, MessageKey> = {
  codeService: 'codeService',
  libelleService: 'libelleService',
  description: 'description',
  dateDebut: 'dateDebut',
  dateFin: 'dateFin',
  numeroEJDoitEtreRenseigne: 'numeroEJDoitEtreRenseigne',
  statut: 'statut',
};

/** The rule of each write, named by a refusal whose server gives none (X-8). */
const RULE_OF_ACTION: Record<ServiceWrite['action'], string> = {
  create: 'SRV-1',
  update: 'SRV-2',
  activate: 'SRV-2',
  deactivate: 'SRV-2',
};

const todayIso = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/**
 * The services of a structure (SPEC §7, SRV-1..3): list with status and pending changes, creation
 * (code unique within the structure, libellé, description, start date required, end date not before
 * it, "numéro d'engagement obligatoire"), consultation, modification (the code is locked), activation
 * of an inactive service and deactivation of an active one, both delayed (STR-4) and shown with the
 * time they take effect; and the supplier's lookup of a code (exists, usable).
 * Users who do not manage the structure see its active services read-only and are told why (SRV-2).
 *
 * @tag cp-service-manager
 * @attr structure-id - The structure whose services are shown (required).
 * @attr heading-level - Level of the title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`).
 *
 * @fires {CustomEvent<ServiceWrite>} cp-before-service-write - Cancelable, before any write; `detail`: `{ action, idStructureCPP, idService?, input? }`.
 * @fires {CustomEvent<ServiceDetail>} cp-service-created - A service was created; `detail.service`.
 * @fires {CustomEvent<ServiceDetail>} cp-service-updated - A modification was accepted (pending); `detail.service`.
 * @fires {CustomEvent<ServiceDetail>} cp-service-state-changed - An activation or deactivation was accepted (pending); `detail.service`.
 *
 * @csspart form - Each form.
 * @csspart title - The title.
 * @csspart field - Each input group.
 * @csspart pending - Pending changes.
 * @csspart notice - The message above.
 * @csspart actions - The buttons.
 * @csspart lookup - The supplier's code lookup.
 * @cssprop --cp-color-primary - Buttons.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpServiceManager extends LitElement {
  static override styles = [tokens, fieldStyles, formStyles, managerStyles];

  private readonly i18n = new LocaleController(this);
  // Another user, or another structure: a service open or drafted for the last one goes (X-7).
  private readonly session = new ClientController(this, [createServiceApi, createStructureApi]).forgetOnChange(
    () => this.forget(),
    () => [this.structureId],
  );

  /** The structure whose services are managed. */
  @property({ type: Number, attribute: 'structure-id' }) structureId: number | undefined;
  /** Level of the title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private view: View = 'list';
  @state() private service: Service | undefined;
  @state() private draft: ServiceDraft = emptyServiceDraft(todayIso());
  @state() private notice: Notice | undefined;
  @state() private lookupCode = '';
  @state() private lookup: ServiceCodeLookup | undefined;

  /** The problems shown next to the fields and in the summary (X-1). */
  private readonly issues = new FieldIssues<string>(this, {
    order: SERVICE_FIELDS,
    label: (field, locale) => t(locale, LABELS[field] ?? 'field'),
  });
  /** The writes: host veto, busy, the Idempotency-Key kept for a retry (X-5), refusals with their rule, focus on the outcome. */
  private readonly writes = new WriteController(this, {
    issues: this.issues,
    ...noticeOutcomes(
      (notice) => (this.notice = notice),
      (locale) => t(locale, 'vetoed'),
    ),
  });
  private cancelReload: () => void = () => undefined;

  private readonly loader = new Task(this, {
    task: async ([client, , id]): Promise<Loaded | undefined> => {
      if (!client || id === undefined) return undefined;
      // Whether the user manages the structure, from the list of those he manages: asking for the
      // structure itself would be refused (403) to every user who does not (SRV-2).
      const [services, managed] = await Promise.all([
        loadAllPages((page) => client.listServices(id, page)),
        loadAllPages((page) => client.listManagedStructures(page)),
      ]);
      const manager = managed.some((s) => s.idStructureCPP === id);
      const current = this.service && services.find((s) => s.idService === this.service!.idService);
      if (current) this.service = current;
      this.cancelReload();
      this.cancelReload = reloadAtNextEffect(
        services.flatMap((s) => s.changementsEnAttente),
        () => this.session.refresh(),
      );
      return loadedFor({ services, manager }, client, id);
    },
    args: () => [this.session.client, this.session.revision, this.structureId] as const,
  });

  /**
   * Back to the list, as the element starts, for another user or structure (X-7): the service open,
   * the draft, the code looked up and the message were the last one's; saving them here would write
   * them to the wrong structure.
   */
  private forget(): void {
    this.show('list');
    this.service = undefined;
    this.draft = emptyServiceDraft(todayIso());
    this.lookupCode = '';
    this.lookup = undefined;
  }

  private get locale(): Locale {
    return this.i18n.locale;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelReload();
  }

  override render() {
    const locale = this.locale;
    if (!this.session.client) return html`<p>${t(locale, 'noSession')}</p>`;
    if (this.structureId === undefined) return html`<p>${t(locale, 'noStructure')}</p>`;
    return html`${this.heading()} ${renderNotice(this.notice, locale)}
      <cp-error-summary .errors=${this.issues.summaryErrors(locale)} heading-level=${this.headingLevel + 1} .focusField=${(field: string) => this.issues.focus(field)}></cp-error-summary>
      ${renderRefreshing(
        this.loader,
        {
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          complete: (loaded) => (loaded ? this.renderView(loaded) : nothing),
          error: (error) =>
            renderLoadFailure({
              error,
              locale,
              actions: html`<button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>`,
            }),
        },
        // The same user's services of the same structure: not another structure's.
        (last) => isLoadedFor(last, this.session.client, this.structureId),
      )}`;
  }

  private heading(): TemplateResult {
    const locale = this.locale;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const text =
      this.view === 'create'
        ? t(locale, 'createTitle')
        : this.view === 'edit'
          ? t(locale, 'editTitle', { code: this.service?.codeService ?? '' })
          : this.view === 'detail'
            ? (this.service?.libelleService ?? '')
            : t(locale, 'title');
    return html`<p class="title" part="title" role="heading" aria-level=${level} id="title" tabindex="-1">${text}</p>`;
  }

  private renderView(loaded: Loaded): TemplateResult {
    if (this.view === 'create' && loaded.manager) return this.renderForm(undefined);
    if (this.view === 'edit' && loaded.manager && this.service) return this.renderForm(this.service);
    if (this.view === 'detail' && this.service) return this.renderDetail(this.service, loaded.manager);
    return this.renderList(loaded);
  }

  private renderList({ services, manager }: Loaded): TemplateResult {
    const locale = this.locale;
    const columns: DataTableColumn<Service>[] = [
      { key: 'codeService', label: t(locale, 'codeService'), sortable: true },
      { key: 'libelleService', label: t(locale, 'libelleService'), sortable: true },
      { key: 'dateDebut', label: t(locale, 'dateDebut'), type: 'date', sortable: true },
      { key: 'dateFin', label: t(locale, 'dateFin'), type: 'date' },
      { key: 'statut', label: t(locale, 'statut'), value: (s) => t(locale, s.statut) },
      {
        key: 'pending',
        label: t(locale, 'pendingColumn'),
        value: (s) =>
          s.changementsEnAttente
            .map((c) =>
              Object.keys(c.champs)
                .map((f) =>
                  f === 'statut'
                    ? t(locale, c.champs[f] === 'ACTIF' ? 'ACTIF' : 'INACTIF')
                    : t(locale, LABELS[f] ?? 'field'),
                )
                .join(', '),
            )
            .join(' ; '),
      },
    ];
    return html`${manager ? nothing : html`<div class="notice notice--info" role="status"><p>${t(locale, 'readOnly')}${renderRuleRef(ruleRefs.readOnly, locale)}</p></div>`}
      ${manager ? html`<div class="actions" part="actions"><button type="button" @click=${() => this.startCreate()}>${t(locale, 'create')}</button></div>` : nothing}
      ${
        services.length === 0
          ? html`<p>${t(locale, 'empty')}</p>`
          : html`<cp-data-table
            .columns=${columns}
            .rows=${services}
            .rowKey=${(s: Service) => String(s.idService)}
            caption=${t(locale, 'caption')}
            row-action-label=${t(locale, 'consult')}
            csv-filename="services.csv"
            @cp-table-row-activated=${(e: CustomEvent<{ row: Service }>) => this.open(e.detail.row)}
          ></cp-data-table>`
      }
      ${this.renderLookup()}`;
  }

  /** SRV-3: what a supplier learns about a code. */
  private renderLookup(): TemplateResult {
    const locale = this.locale;
    const result = this.lookup;
    const message = result
      ? t(locale, !result.existe ? 'lookupUnknown' : result.actif ? 'lookupActive' : 'lookupInactive', {
          code: result.codeService,
          libelle: result.libelleService ?? '',
        })
      : '';
    return html`<form part="lookup" novalidate aria-labelledby="lookup-title" @submit=${this.onLookup}>
      <p class="title-3" id="lookup-title" role="heading" aria-level=${Math.min(6, this.headingLevel + 1)}><strong>${t(locale, 'lookupTitle')}</strong></p>
      <div class="toolbar">
        ${renderField({
          id: 'f-lookup',
          label: t(locale, 'lookupCode'),
          locale,
          control: (describedBy) =>
            html`<input class="cp-field__input" part="input" id="f-lookup" aria-describedby=${describedBy} .value=${live(this.lookupCode)} @input=${(e: Event) => (this.lookupCode = (e.target as HTMLInputElement).value)} />`,
        })}
        <button type="submit" class="secondary">${t(locale, 'lookupButton')}</button>
      </div>
      <p role="status" id="lookup-result">${message}</p>
    </form>`;
  }

  private async onLookup(event: Event): Promise<void> {
    event.preventDefault();
    const code = this.lookupCode.trim();
    if (!code || this.structureId === undefined) return;
    try {
      this.lookup = await this.session.client!.lookupServiceCode(this.structureId, code);
    } catch (error) {
      if (!isCpError(error)) throw error;
      this.notice = {
        kind: 'error',
        text: (locale) => refusalMessage(error, locale, { fallbackRule: 'SRV-3' }),
        rules: refusalRule(error, 'SRV-3'),
      };
    }
  }

  private open(service: Service): void {
    this.service = service;
    void this.go('detail');
  }

  private startCreate(): void {
    this.service = undefined;
    this.draft = emptyServiceDraft(todayIso());
    void this.go('create');
  }

  private async go(view: View, keepNotice = false): Promise<void> {
    this.show(view, keepNotice);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Switches to a screen as it starts: no problems, a new Idempotency-Key, no message unless kept. */
  private show(view: View, keepNotice = false): void {
    this.view = view;
    this.issues.clear();
    this.writes.forget();
    if (!keepNotice) this.notice = undefined;
  }

  private renderDetail(s: Service, manager: boolean): TemplateResult {
    const locale = this.locale;
    const rows: [string, string][] = [
      [t(locale, 'codeService'), s.codeService],
      [t(locale, 'libelleService'), s.libelleService],
      [t(locale, 'description'), s.description ?? ''],
      [t(locale, 'dateDebut'), formatIsoDate(s.dateDebut)],
      [t(locale, 'dateFin'), s.dateFin ? formatIsoDate(s.dateFin) : ''],
      [t(locale, 'numeroEJDoitEtreRenseigne'), t(locale, s.numeroEJDoitEtreRenseigne ? 'yes' : 'no')],
      [t(locale, 'statut'), t(locale, s.statut)],
    ];
    const active = s.statut === 'ACTIF';
    return html`${renderPendingChanges(s.changementsEnAttente, locale, (field, value) =>
      field === 'statut'
        ? `${t(locale, 'statut')} → ${t(locale, value === 'ACTIF' ? 'ACTIF' : 'INACTIF')}`
        : t(locale, LABELS[field] ?? 'field'),
    )}
      <dl>${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
      <div class="actions" part="actions">
        ${
          manager
            ? html`<button type="button" ?disabled=${this.writes.busy} @click=${() => this.startEdit(s)}>${t(locale, 'modify')}</button>
              <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.changeState(s, active ? 'deactivate' : 'activate')}>${t(locale, active ? 'deactivate' : 'activate')}</button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${() => this.go('list')}>${t(locale, 'back')}</button>
      </div>
      ${manager ? html`<p class="why">${t(locale, active ? 'deactivateOnlyActive' : 'activateOnlyInactive')}</p>` : html`<p class="why">${t(locale, 'readOnly')}${renderRuleRef(ruleRefs.readOnly, locale)}</p>`}`;
  }

  private startEdit(s: Service): void {
    this.draft = serviceDraftOf(s);
    void this.go('edit');
  }

  private renderForm(editing: Service | undefined): TemplateResult {
    const locale = this.locale;
    const d = this.draft;
    const edit = (change: Partial<ServiceDraft>) => {
      this.draft = { ...this.draft, ...change };
      this.issues.clear(...Object.keys(change));
    };
    const text = (name: 'codeService' | 'libelleService', required: boolean, hint?: MessageKey, locked?: boolean) =>
      renderField({
        id: `f-${name}`,
        label: t(locale, name),
        ...(hint ? { hint: t(locale, hint) } : {}),
        error: this.issues.text(name, locale),
        required: required && !locked,
        locale,
        control: (describedBy, invalid) =>
          html`<input class="cp-field__input" part="input" id=${`f-${name}`} name=${name} ?required=${required && !locked} ?disabled=${locked} aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(d[name])} @input=${(e: Event) => edit({ [name]: (e.target as HTMLInputElement).value })} />`,
      });
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
      <p class="cp-field__note">${t(locale, 'requiredNote')}</p>
      <div class="grid">
        ${text('codeService', true, editing ? 'codeLocked' : 'codeHint', editing !== undefined)}
        ${text('libelleService', true)}
        ${renderField({
          id: 'f-description',
          label: t(locale, 'description'),
          locale,
          control: (describedBy) =>
            html`<textarea class="cp-field__input" part="input" id="f-description" rows="3" aria-describedby=${describedBy} .value=${live(d.description)} @input=${(e: Event) => edit({ description: (e.target as HTMLTextAreaElement).value })}></textarea>`,
        })}
        <cp-date-input id="f-dateDebut" label=${t(locale, 'dateDebut')} required .value=${d.dateDebut} .error=${this.issues.text('dateDebut', locale)} @change=${(e: Event) => edit({ dateDebut: (e.target as HTMLInputElement).value })}></cp-date-input>
        <cp-date-input id="f-dateFin" label=${t(locale, 'dateFin')} min=${d.dateDebut} .value=${d.dateFin} .error=${this.issues.text('dateFin', locale)} @change=${(e: Event) => edit({ dateFin: (e.target as HTMLInputElement).value })}></cp-date-input>
        <div class="check">
          <input type="checkbox" id="f-numeroEJDoitEtreRenseigne" aria-describedby="ej-help" .checked=${live(d.numeroEJDoitEtreRenseigne)} @change=${(e: Event) => edit({ numeroEJDoitEtreRenseigne: (e.target as HTMLInputElement).checked })} />
          <div>
            <label for="f-numeroEJDoitEtreRenseigne">${t(locale, 'numeroEJDoitEtreRenseigne')}</label>
            <p class="hint" id="ej-help">${t(locale, 'numeroEJHelp')}</p>
          </div>
        </div>
      </div>
      <div class="actions" part="actions">
        <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.go(editing ? 'detail' : 'list')}>${t(locale, 'cancel')}</button>
      </div>
    </form>`;
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  private async save(): Promise<void> {
    const client = this.session.client;
    const id = this.structureId;
    if (!client || id === undefined) return;
    const both = (key: MessageKey): Bilingual => bilingual((l) => t(l, key));
    const problems = checkServiceDraft(this.draft, {
      required: both('required'),
      endBeforeStart: both('endBeforeStart'),
    });
    if (problems.length > 0) return this.issues.show(this.issues.fromProblems(problems));
    const editing = this.view === 'edit' ? this.service : undefined;
    if (editing) {
      const input = serviceUpdateOf(this.draft, editing.version);
      await this.write({ action: 'update', idStructureCPP: id, idService: editing.idService, input }, async (key) => {
        const saved = await client.updateService(id, editing.idService, input, { idempotencyKey: key });
        this.accepted(saved);
        await this.go('detail', true);
        return () => fire(this, 'cp-service-updated', { service: saved });
      });
      return;
    }
    const input = serviceCreateOf(this.draft);
    await this.write({ action: 'create', idStructureCPP: id, input }, async (key) => {
      const created = await client.createService(id, input, { idempotencyKey: key });
      this.service = created;
      this.notice = { kind: 'success', text: (locale) => t(locale, 'created', { code: created.codeService }) };
      await this.go('list', true);
      return () => fire(this, 'cp-service-created', { service: created });
    });
  }

  private async changeState(s: Service, action: 'activate' | 'deactivate'): Promise<void> {
    const client = this.session.client;
    const id = this.structureId;
    if (!client || id === undefined) return;
    await this.write({ action, idStructureCPP: id, idService: s.idService }, async (key) => {
      const call = action === 'activate' ? client.activateService : client.deactivateService;
      const saved = await call(id, s.idService, { version: s.version }, { idempotencyKey: key });
      this.accepted(saved);
      return () => fire(this, 'cp-service-state-changed', { service: saved });
    });
  }

  /** Shows an accepted delayed change with the time it takes effect (SRV-2, STR-4). */
  private accepted(saved: Service): void {
    this.service = saved;
    const last = lastPendingChange(saved.changementsEnAttente);
    if (last)
      this.notice = {
        kind: 'success',
        text: (locale) => t(locale, 'pendingEffect', instantText(last.dateEffet, locale)),
      };
  }

  /** Runs a write (`WriteController`), a refusal naming `RULE_OF_ACTION` when the server names no rule (X-8). */
  private async write(write: ServiceWrite, run: (key: string) => Promise<Announce>): Promise<void> {
    await this.writes.run(
      { before: 'cp-before-service-write', detail: write, rule: RULE_OF_ACTION[write.action] },
      run,
    );
  }
}

if (!customElements.get('cp-service-manager')) customElements.define('cp-service-manager', CpServiceManager);

declare global {
  interface HTMLElementTagNameMap {
    'cp-service-manager': CpServiceManager;
  }
}
