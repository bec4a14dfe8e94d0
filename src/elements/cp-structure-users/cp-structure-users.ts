import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createHabilitationApi } from '../../client/habilitation-api.js';
import { isCpError, newIdempotencyKey, type HabilitationApi, type RattachementApi } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import { createServiceApi } from '../../client/service-api.js';
import type {
  AccessMode,
  Application,
  ApplicationInfo,
  EspaceConfiguration,
  HabilitationView,
  RattachementView,
  Role,
  Service,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import { consoleStyles } from '../shared/console-styles.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import '../shared/cp-data-table.js';
import type { DataTableColumn, LoadProgress, RowActivateDetail } from '../shared/cp-data-table.js';
import { fire } from '../shared/events.js';
import { fieldStyles } from '../shared/field.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { renderNotice as renderNoticeView } from '../shared/notice.js';
import { refusalText } from '../shared/refusal-text.js';
import { refusalRule, renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { loadRowsSoFar } from '../shared/rows-so-far.js';
import { renderRuleRef, type RuleRefs } from '../shared/rule-ref.js';
import { TableFilter } from '../shared/table-filter.js';
import { tokens } from '../shared/tokens.js';
import { checkAttach, renderAttachForm, type AttachDraft, type AttachIssues } from './attach-form.js';
import { renderEspacesPanel } from './espaces-panel.js';
import type { UserAction } from './events.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { applicationLabel, renderProfileMatrix, scopeLabel, type Scope } from './profile-matrix.js';
import { styles } from './styles.js';
import { userColumns, userName } from './user-columns.js';

export type { CpStructureUsersEventMap, UserAction, UserChangeDetail } from './events.js';

/** A structure the current user manages, with his role on it. */
interface ManagedStructure {
  idStructureCPP: number;
  designationStructure: string;
  identifiantStructure: string;
  role: Role;
}

/** What is loaded for the chosen structure. */
interface StructureData {
  users: RattachementView[];
  /** While the users still load page by page: how many of them are there. */
  progress?: LoadProgress;
  services: Service[];
  espaces: EspaceConfiguration;
}

interface Notice {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string | number>;
  /** The rule that refused, shown apart as "Réf. RAT-8" (X-8). */
  rules?: RuleRefs;
}

const EMPTY_ATTACH: AttachDraft = { login: '', niveau: 'STRUCTURE', idServices: [] };
/** The profile to add, as the panel starts. */
const NEW_PROFILE: { scope: Scope; application: Application; mode: AccessMode } = {
  scope: undefined,
  application: 'ORGANISATION',
  mode: 'MODIFICATION',
};

/**
 * The users of my structures and services, for the GP and the holders of "Organisation
 * modification" (SPEC RAT-8, HAB-5, HAB-6, HAB-9):
 *
 * - list (filter as one types, sort, export to CSV) the users of a managed structure with role,
 *   scope and status; the first 100 show as soon as they arrive, the rest load behind the table's
 *   progress bar (issue 16) while the filter and sort work on the users loaded so far;
 * - attach a user by login e-mail at structure or service level, valid at once;
 * - for one user: deactivate temporarily (consultation only), reactivate, delete for good, each after
 *   a confirmation that states the effect; the GP's rattachement is protected and says why (X-8);
 * - the user's profiles as a matrix application × mode per structure or service: add, change mode,
 *   remove, remove all, and grant "Organisation modification" in one action;
 * - the espaces open at structure level, whose change generates the subscription requests, and the
 *   GP's choice of how secondary managers act on espaces (HAB-9).
 *
 * Every refusal of the server is shown with its rule; the server enforces the rules (X-2).
 *
 * @tag cp-structure-users
 * @attr heading-level - Level of the element's title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<UserChangeDetail>} cp-before-user-change - Cancelable, before a write; `detail`: `{ action, idStructureCPP, idUtilisateur? }`.
 * @fires {CustomEvent<UserChangeDetail>} cp-user-changed - After an accepted write; same detail. Bubbles, composed.
 *
 * @csspart title - The title.
 * @csspart table - The `<cp-data-table>` of users.
 * @csspart attach - The attach form.
 * @csspart user - The panel of one user.
 * @csspart profiles - The profile matrix.
 * @csspart espaces - The espaces of the structure.
 * @csspart gs-role - The GP's choice for secondary managers on espaces.
 * @csspart notice - The message of the last action.
 * @csspart actions - The retry button after a failed read.
 *
 * @cssprop --cp-color-primary - Buttons (see tokens).
 * @cssprop --cp-color-error - Refusals, danger buttons.
 */
export class CpStructureUsers extends LitElement {
  static override styles = [tokens, consoleStyles, fieldStyles, styles];

  private readonly i18n = new LocaleController(this);
  // Another user, or another structure: drafts and panels of the last one must not act on this one (X-7).
  private readonly session = new ClientController(this, [
    createHabilitationApi,
    createRattachementApi,
    createServiceApi,
  ]).forgetOnChange(
    () => this.forget(),
    () => [this.structureId],
  );

  /** Level of the element's title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private structureId: number | undefined;
  @state() private openUser: number | undefined;
  @state() private attachDraft: AttachDraft = EMPTY_ATTACH;
  @state() private attachIssues: AttachIssues = {};
  @state() private addDraft = NEW_PROFILE;
  @state() private espacesDraft: Set<Application> | undefined;
  /** The GP's choice for secondary managers on espaces while he edits it (HAB-9); unset: the saved one. */
  @state() private gsDraft: boolean | undefined;
  @state() private busy = false;
  /** The filter above the users' table (it narrows the rows loaded so far while the rest load). */
  private readonly filter = new TableFilter<RattachementView>(this, 'users-filter', t);
  private columnsFor: { locale: Locale; columns: DataTableColumn<RattachementView>[] } | undefined;
  @state() private notice: Notice | undefined;

  @query('cp-confirm-dialog') private dialog!: CpConfirmDialog;

  /** The last write tried and its idempotency key, reused when the same write is tried again (X-5). */
  private lastAttempt: { body: string; key: string } | undefined;

  private readonly structures = new Task(this, {
    task: async ([client]): Promise<{ managed: ManagedStructure[]; applications: ApplicationInfo[] } | undefined> => {
      if (!client) return undefined;
      const [mine, applications] = await Promise.all([
        loadAllPages((page) => client.listMyRattachements({ statut: 'VALIDEE', ...page })),
        client.listApplications(),
      ]);
      const managed = new Map<number, ManagedStructure>();
      for (const r of mine) {
        if (r.role === 'UTILISATEUR' || managed.has(r.idStructureCPP)) continue;
        managed.set(r.idStructureCPP, {
          idStructureCPP: r.idStructureCPP,
          designationStructure: r.designationStructure,
          identifiantStructure: r.identifiantStructure,
          role: r.role,
        });
      }
      const list = [...managed.values()];
      if (!list.some((s) => s.idStructureCPP === this.structureId)) this.structureId = list[0]?.idStructureCPP;
      return loadedFor({ managed: list, applications }, client);
    },
    args: () => [this.session.client, this.session.revision] as const,
  });

  /** The chosen structure's data while its users still load: their first pages, with the progress. */
  @state() private structureSoFar: StructureData | undefined;

  private readonly structureData = new Task(this, {
    task: async ([client, , id], { signal }): Promise<StructureData | undefined> => {
      if (!client || id === undefined) return undefined;
      // Services and espaces are small: loaded at once, beside the users' first page.
      const beside = Promise.all([
        loadAllPages((page) => client.listServices(id, page)),
        client.getEspaceConfiguration({ idStructureCPP: id }),
      ]).then(([services, espaces]) => {
        if (!this.espacesDraft || this.espacesDraft.size === 0) this.espacesDraft = new Set(espaces.espacesStructure);
        return { services: services.filter((s) => s.statut === 'ACTIF'), espaces };
      });
      // A failure is reported by the await below, not as an unhandled rejection meanwhile.
      beside.catch(() => undefined);
      // Issue 16: a structure of thousands of members shows its first 100 users while the rest load.
      const users = await loadRowsSoFar(
        this,
        signal,
        (page) => client.listStructureRattachements({ idStructureCPP: id, ...page }),
        async ({ rows, progress }) => {
          const rest = await beside;
          if (!signal.aborted) this.structureSoFar = loadedFor({ users: rows, progress, ...rest }, client, id);
        },
      );
      return loadedFor({ users, ...(await beside) }, client, id);
    },
    args: () => [this.session.client, this.session.revision, this.structureId] as const,
  });

  private readonly profiles = new Task(this, {
    task: async ([client, , id, user]): Promise<HabilitationView[] | undefined> => {
      if (!client || id === undefined || user === undefined) return undefined;
      const profiles = await loadAllPages((page) =>
        client.listStructureHabilitations({ idStructureCPP: id, idUtilisateur: user, ...page }),
      );
      return loadedFor(profiles, client, id, user);
    },
    args: () => [this.session.client, this.session.revision, this.structureId, this.openUser] as const,
  });

  /**
   * Puts the structure's page back as it starts, for another user or structure (X-7): no user's panel
   * open, no attach, profile, espaces or secondary-managers draft (their services and espaces were the
   * last structure's), no message, and a confirmation still open is withdrawn. The filter above the
   * table is the structure choice's business (it is emptied when another structure is chosen).
   */
  private forget(): void {
    this.openUser = undefined;
    this.attachDraft = EMPTY_ATTACH;
    this.attachIssues = {};
    this.addDraft = NEW_PROFILE;
    this.espacesDraft = undefined;
    this.gsDraft = undefined;
    this.notice = undefined;
    this.lastAttempt = undefined;
    this.dialog?.dismiss();
  }

  private get locale(): Locale {
    return this.i18n.locale;
  }

  override render() {
    const locale = this.locale;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<p class="title" part="title" role="heading" aria-level=${level} id="title" tabindex="-1">${t(locale, 'title')}</p>
      ${renderRefreshing(
        this.structures,
        {
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          complete: (loaded) =>
            loaded ? this.renderManaged(loaded.managed, loaded.applications) : html`<p>${t(locale, 'noSession')}</p>`,
          error: (error) => this.renderLoadError(error),
        },
        (last) => isLoadedFor(last, this.session.client),
      )}
      <cp-confirm-dialog lang=${locale}></cp-confirm-dialog>`;
  }

  private renderLoadError(error: unknown): TemplateResult {
    const locale = this.locale;
    return renderReadFailure(error, locale, t, () => this.session.refresh());
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

  private renderManaged(managed: ManagedStructure[], applications: ApplicationInfo[]): TemplateResult {
    const locale = this.locale;
    if (managed.length === 0)
      return html`<div class="notice notice--info" role="status"><p>${t(locale, 'notManager')}${renderRuleRef(ruleRefs.notManager, locale)}</p></div>`;
    const current = managed.find((s) => s.idStructureCPP === this.structureId) ?? managed[0]!;
    return html`<div class="filters">
        <label
          >${t(locale, 'structure')}
          <select id="structure" @change=${(e: Event) => this.chooseStructure(Number((e.target as HTMLSelectElement).value))}>
            ${managed.map((s) => html`<option value=${String(s.idStructureCPP)} ?selected=${s.idStructureCPP === current.idStructureCPP}>${s.designationStructure} (${s.identifiantStructure})</option>`)}
          </select>
        </label>
      </div>
      ${this.renderNotice()}
      ${renderRefreshing(
        this.structureData,
        {
          // A first load: the users loaded so far (never another structure's), else "Chargement…".
          pending: () =>
            this.structureSoFar && isLoadedFor(this.structureSoFar, this.session.client, this.structureId)
              ? this.renderStructure(current, this.structureSoFar, applications)
              : html`<p role="status">${t(locale, 'loading')}</p>`,
          complete: (data) => (data ? this.renderStructure(current, data, applications) : nothing),
          error: (error) => this.renderLoadError(error),
        },
        // Another structure chosen above: its users, not the last one's, under its name (the choice keeps the focus).
        (last) => isLoadedFor(last, this.session.client, this.structureId),
      )}`;
  }

  private renderStructure(
    structure: ManagedStructure,
    data: StructureData,
    applications: ApplicationInfo[],
  ): TemplateResult {
    const locale = this.locale;
    const open = data.users.find((r) => r.idUtilisateur === this.openUser);
    if (open) return this.renderUser(structure, open, data, applications);
    const columns = this.userColumns(locale);
    const { field, shown } = this.filter.render(locale, data.users, columns);
    return html`${field}
      <cp-data-table
        part="table"
        lang=${locale}
        .columns=${columns}
        .rows=${shown}
        .progress=${data.progress}
        .rowKey=${(r: RattachementView) => String(r.idRattachement)}
        caption=${t(locale, 'caption')}
        row-action-label=${t(locale, 'manage')}
        csv-filename="utilisateurs.csv"
        sort-key="nom"
        @cp-table-row-activated=${(e: CustomEvent<RowActivateDetail<RattachementView>>) => void this.openPanel(e.detail.row.idUtilisateur)}
      ></cp-data-table>
      ${renderAttachForm({
        draft: this.attachDraft,
        issues: this.attachIssues,
        services: data.services,
        locale,
        busy: this.busy,
        onDraft: (patch) => {
          this.attachDraft = { ...this.attachDraft, ...patch };
          this.attachIssues = {};
        },
        onSubmit: () => void this.attach(structure),
      })}
      ${renderEspacesPanel({
        configuration: data.espaces,
        applications,
        draft: this.espacesDraft ?? new Set(data.espaces.espacesStructure),
        principal: structure.role === 'GESTIONNAIRE_PRINCIPAL',
        gsDraft: this.gsDraft ?? data.espaces.gsCommeGestionnaire,
        locale,
        busy: this.busy,
        onGsChoice: (asManager) => (this.gsDraft = asManager),
        onToggle: (application, on) => {
          const next = new Set(this.espacesDraft ?? data.espaces.espacesStructure);
          if (on) next.add(application);
          else next.delete(application);
          this.espacesDraft = next;
        },
        onSave: () => void this.saveEspaces(structure, data.espaces),
      })}`;
  }

  /** The table's columns, the same array while the language stays (the filter prepares its text once per array). */
  private userColumns(locale: Locale): DataTableColumn<RattachementView>[] {
    if (this.columnsFor?.locale !== locale) this.columnsFor = { locale, columns: userColumns(locale) };
    return this.columnsFor.columns;
  }

  private renderUser(
    structure: ManagedStructure,
    r: RattachementView,
    data: StructureData,
    applications: ApplicationInfo[],
  ): TemplateResult {
    const locale = this.locale;
    const name = userName(r);
    const isGp = r.role === 'GESTIONNAIRE_PRINCIPAL';
    // X-8: a rattachement neither validated nor deactivated (pending, refused, deleted) cannot be deactivated; say why.
    const notValidated = r.statutRattachement !== 'VALIDEE' && r.statutRattachement !== 'DESACTIVEE';
    const deactivateWhy = isGp ? 'gp-protected' : notValidated ? 'not-validated' : undefined;
    const hl = Math.min(6, this.headingLevel + 1);
    return html`<section class="user" part="user" aria-labelledby="user-title">
      <p class="subtitle" role="heading" aria-level=${hl} id="user-title" tabindex="-1">${t(locale, 'userTitle', { user: name })}</p>
      <dl>
        <dt>${t(locale, 'colLogin')}</dt>
        <dd>${r.login}</dd>
        <dt>${t(locale, 'colRole')}</dt>
        <dd>${t(locale, `role_${r.role}`)}</dd>
        <dt>${t(locale, 'colLevel')}</dt>
        <dd>${r.niveau === 'STRUCTURE' ? t(locale, 'wholeStructure') : r.codesServices.join(', ')}</dd>
        <dt>${t(locale, 'colStatus')}</dt>
        <dd id="user-status">${t(locale, `status_${r.statutRattachement}`)}</dd>
        <dt>${t(locale, 'colAccount')}</dt>
        <dd id="user-account">${t(locale, `account_${r.etatCompte}`)}</dd>
      </dl>
      ${r.etatCompte === 'INACTIF' ? html`<p class="notice notice--warning" id="account-off">${t(locale, 'accountOff')}</p>` : nothing}
      ${isGp ? html`<p class="notice notice--info" id="gp-protected">${t(locale, 'gpProtected')}${renderRuleRef(ruleRefs.gpProtected, locale)}</p>` : nothing}
      ${!isGp && notValidated ? html`<p class="notice notice--info" id="not-validated">${t(locale, 'notValidated')}${renderRuleRef(ruleRefs.notValidated, locale)}</p>` : nothing}
      <div class="actions">
        ${
          r.statutRattachement === 'DESACTIVEE'
            ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.changeRattachement('reactivate', structure, r)}>${t(locale, 'reactivate')}</button>`
            : html`<button type="button" class="secondary" ?disabled=${this.busy || isGp || notValidated} aria-describedby=${deactivateWhy ?? nothing} @click=${() => void this.changeRattachement('deactivate', structure, r)}>
              ${t(locale, 'deactivate')}
            </button>`
        }
        <button type="button" class="danger" ?disabled=${this.busy || isGp} aria-describedby=${isGp ? 'gp-protected' : nothing} @click=${() => void this.changeRattachement('delete', structure, r)}>${t(locale, 'delete')}</button>
        <button type="button" class="secondary" @click=${() => void this.closePanel()}>${t(locale, 'back')}</button>
      </div>
      <p class="subtitle" role="heading" aria-level=${Math.min(6, hl + 1)}>${t(locale, 'profilesTitle', { user: name })}</p>
      <p class="hint" id="organisation-hint">${t(locale, 'grantOrganisationHint')}</p>
      <div class="actions">
        <button type="button" aria-describedby="organisation-hint" ?disabled=${this.busy} @click=${() => void this.grant(structure, r, { scope: undefined, application: 'ORGANISATION', mode: 'MODIFICATION' })}>
          ${t(locale, 'grantOrganisation')}
        </button>
        <button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.removeAll(structure, r, data.services)}>${t(locale, 'removeAll')}</button>
      </div>
      ${renderRefreshing(
        this.profiles,
        {
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          complete: (profiles) => this.renderMatrix(structure, r, profiles ?? [], data, applications),
          error: (error) => this.renderLoadError(error),
        },
        // The profiles of the user open, not of the one opened before.
        (last) => isLoadedFor(last, this.session.client, this.structureId, this.openUser),
      )}
    </section>`;
  }

  private renderMatrix(
    structure: ManagedStructure,
    r: RattachementView,
    profiles: HabilitationView[],
    data: StructureData,
    applications: ApplicationInfo[],
  ): TemplateResult {
    return renderProfileMatrix({
      profiles,
      applications,
      services: data.services,
      locale: this.locale,
      busy: this.busy,
      draft: this.addDraft,
      onDraft: (patch) => (this.addDraft = { ...this.addDraft, ...patch }),
      onAdd: () => void this.grant(structure, r, this.addDraft),
      onMode: (p, mode) => void this.grant(structure, r, { scope: p.idService, application: p.application, mode }),
      onRemove: (p) => void this.removeOne(structure, r, p, applications, data.services),
    });
  }

  /** Another structure: its panels and drafts go with the subject change (`forget`), the filter too. */
  private chooseStructure(id: number): void {
    this.structureId = id;
    this.filter.clear();
  }

  private async openPanel(idUtilisateur: number): Promise<void> {
    this.openUser = idUtilisateur;
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#user-title')?.focus();
  }

  private async closePanel(): Promise<void> {
    this.openUser = undefined;
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /**
   * Runs one write: asks the host (`cp-before-user-change`), reuses the idempotency key of the same
   * write tried again (X-5), reports success or the server's refusal with its rule, then moves focus
   * to the notice. Returns the call's result, or undefined when vetoed or refused.
   */
  private async write<T>(
    action: UserAction,
    idStructureCPP: number,
    idUtilisateur: number | undefined,
    body: unknown,
    call: (client: HabilitationApi & RattachementApi, key: string) => Promise<T>,
    success: (result: T) => Notice,
  ): Promise<T | undefined> {
    const client = this.session.client;
    if (!client || this.busy) return undefined;
    const detail = { action, idStructureCPP, ...(idUtilisateur === undefined ? {} : { idUtilisateur }) };
    if (!fire(this, 'cp-before-user-change', detail, { cancelable: true })) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return undefined;
    }
    const text = JSON.stringify([action, body]);
    const key = this.lastAttempt?.body === text ? this.lastAttempt.key : newIdempotencyKey();
    this.lastAttempt = { body: text, key };
    this.busy = true;
    let result: T | undefined;
    try {
      result = await call(client, key);
      this.lastAttempt = undefined;
      this.notice = success(result);
      fire(this, 'cp-user-changed', detail);
    } catch (error) {
      if (isCpError(error) && error.status !== undefined && error.status < 500) this.lastAttempt = undefined;
      this.notice = {
        kind: 'error',
        key: 'failed',
        params: { message: refusalText(error, this.locale) },
        rules: refusalRule(error),
      };
      if (action === 'attach' && isCpError(error)) {
        const login = error.fields.find((f) => f.field === 'login');
        if (login) this.attachIssues = { login: login.message[this.locale] };
      }
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#notice')?.focus();
    return result;
  }

  /** RAT-8: attaches a user by login e-mail, valid at once. */
  private async attach(structure: ManagedStructure): Promise<void> {
    const issues = checkAttach(this.attachDraft, this.locale);
    this.attachIssues = issues;
    if (Object.keys(issues).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(issues.login ? '#attach-login' : '#attach-services input')?.focus();
      return;
    }
    const draft = this.attachDraft;
    const input = {
      idStructureCPP: structure.idStructureCPP,
      login: draft.login.trim(),
      niveau: draft.niveau,
      idServices: draft.niveau === 'SERVICES' ? draft.idServices : [],
      dateDebut: new Date().toISOString().slice(0, 10),
    };
    const done = await this.write(
      'attach',
      structure.idStructureCPP,
      undefined,
      input,
      (client, key) => client.attachUser(input, { idempotencyKey: key }),
      (r) => ({ kind: 'success', key: 'attached', params: { user: userName(r) } }),
    );
    if (done) this.attachDraft = EMPTY_ATTACH;
  }

  /** RAT-8: deactivate, reactivate or delete a rattachement, after a confirmation stating the effect. */
  private async changeRattachement(
    action: 'deactivate' | 'reactivate' | 'delete',
    structure: ManagedStructure,
    r: RattachementView,
  ): Promise<void> {
    const locale = this.locale;
    const user = userName(r);
    const confirmed = await this.dialog.ask({
      title: t(locale, `${action}Title`, { user }),
      message: t(locale, `${action}Effect`, { user }),
      confirmLabel: t(locale, action),
      danger: action !== 'reactivate',
    });
    if (!confirmed) return;
    const ref = { idRattachement: r.idRattachement, version: r.version };
    const done = await this.write(
      action,
      structure.idStructureCPP,
      r.idUtilisateur,
      ref,
      (client, key) =>
        action === 'deactivate'
          ? client.deactivateRattachement(ref, { idempotencyKey: key })
          : action === 'reactivate'
            ? client.reactivateRattachement(ref, { idempotencyKey: key })
            : client.deleteRattachement(ref, { idempotencyKey: key }),
      () => ({
        kind: 'success',
        key: action === 'deactivate' ? 'deactivated' : action === 'reactivate' ? 'reactivated' : 'deleted',
      }),
    );
    if (done && action === 'delete') this.openUser = undefined;
  }

  /** HAB-5 / HAB-6: adds a profile or changes its mode. */
  private async grant(
    structure: ManagedStructure,
    r: RattachementView,
    draft: { scope: Scope; application: Application; mode: AccessMode },
  ): Promise<void> {
    const input = {
      idUtilisateur: r.idUtilisateur,
      idStructureCPP: structure.idStructureCPP,
      application: draft.application,
      mode: draft.mode,
      ...(draft.scope === undefined ? {} : { idService: draft.scope }),
    };
    await this.write(
      'grant',
      structure.idStructureCPP,
      r.idUtilisateur,
      input,
      (client, key) => client.grantHabilitation(input, { idempotencyKey: key }),
      () => ({ kind: 'success', key: 'granted' }),
    );
    if (this.notice?.kind === 'error') this.profiles.run();
  }

  /** HAB-5: removes one profile after a confirmation. */
  private async removeOne(
    structure: ManagedStructure,
    r: RattachementView,
    p: HabilitationView,
    applications: ApplicationInfo[],
    services: Service[],
  ): Promise<void> {
    const locale = this.locale;
    const params = {
      application: applicationLabel(applications, p.application, locale),
      scope: scopeLabel(services, p.idService, locale),
      user: userName(r),
    };
    if (
      !(await this.dialog.ask({
        title: t(locale, 'removeTitle', params),
        message: t(locale, 'removeEffect', params),
        confirmLabel: t(locale, 'remove'),
        danger: true,
      }))
    )
      return;
    await this.write(
      'remove',
      structure.idStructureCPP,
      r.idUtilisateur,
      p.idAbonnement,
      (client, key) => client.removeHabilitation({ idAbonnement: p.idAbonnement }, { idempotencyKey: key }),
      () => ({ kind: 'success', key: 'removed' }),
    );
  }

  /** HAB-5: removes every profile of the user on the structure, after a confirmation. */
  private async removeAll(structure: ManagedStructure, r: RattachementView, services: Service[]): Promise<void> {
    const locale = this.locale;
    const user = userName(r);
    const scope = scopeLabel(services, undefined, locale);
    if (
      !(await this.dialog.ask({
        title: t(locale, 'removeAllTitle', { user }),
        message: t(locale, 'removeAllEffect', { user, scope }),
        confirmLabel: t(locale, 'removeAll'),
        danger: true,
      }))
    )
      return;
    const input = { idStructureCPP: structure.idStructureCPP, idUtilisateur: r.idUtilisateur };
    await this.write(
      'remove-all',
      structure.idStructureCPP,
      r.idUtilisateur,
      input,
      (client, key) => client.removeAllHabilitations(input, { idempotencyKey: key }),
      (result) => ({
        kind: 'success',
        key: 'removedAll',
        params: { removed: result.supprimees, kept: result.conservees },
      }),
    );
  }

  /** HAB-9: saves the espaces open at structure level; the generated requests go to the approvals. */
  private async saveEspaces(structure: ManagedStructure, configuration: EspaceConfiguration): Promise<void> {
    const espacesStructure = [...(this.espacesDraft ?? configuration.espacesStructure)];
    const input = {
      idStructureCPP: structure.idStructureCPP,
      niveau: 'STRUCTURE' as const,
      espacesStructure,
      services: configuration.services,
      ...(structure.role === 'GESTIONNAIRE_PRINCIPAL' && this.gsDraft !== undefined
        ? { gsCommeGestionnaire: this.gsDraft }
        : {}),
      version: configuration.version,
    };
    const done = await this.write(
      'espaces',
      structure.idStructureCPP,
      undefined,
      input,
      (client, key) => client.setEspaceConfiguration(input, { idempotencyKey: key }),
      (result) => ({
        kind: 'success',
        key: 'espacesSaved',
        params: { count: result.demandesGenerees },
      }),
    );
    if (done) {
      this.espacesDraft = new Set(done.configuration.espacesStructure);
      this.gsDraft = undefined;
    }
  }
}

if (!customElements.get('cp-structure-users')) customElements.define('cp-structure-users', CpStructureUsers);

declare global {
  interface HTMLElementTagNameMap {
    'cp-structure-users': CpStructureUsers;
  }
}
