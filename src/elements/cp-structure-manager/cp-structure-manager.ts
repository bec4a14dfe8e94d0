import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { isCpError, type ChangeFeed, type CpError } from '../../client/index.js';
import { createInseeApi } from '../../client/insee-api.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import { createStructureApi } from '../../client/structure-api.js';
import type { Bilingual, IdentifierTypeHint, InseeInfo, InseeRefresh, Structure } from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import '../cp-attachment-manager/cp-attachment-manager.js';
import '../cp-structure-fiche/cp-structure-fiche.js';
import { ClientController } from '../shared/client-controller.js';
import { renderConflictNotice } from '../shared/conflict-notice.js';
import { countries, countryName } from '../shared/countries.js';
import { renderCountryField } from '../shared/country-field.js';
import '../shared/cp-confirm-dialog.js';
import '../shared/cp-data-table.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import '../shared/cp-error-summary.js';
import { fire } from '../shared/events.js';
import { FieldIssues, issueOf } from '../shared/field-issues.js';
import { fieldStyles, renderField } from '../shared/field.js';
import { formPageStyles as formStyles } from '../shared/form-page-styles.js';
import { instantText } from '../shared/instant-text.js';
import { loadAllPages } from '../shared/load-all-pages.js';
import { managerStyles } from '../shared/manager-styles.js';
import { renderNotice, type Notice } from '../shared/notice.js';
import { lastPendingChange, reloadAtNextEffect, renderPendingChanges } from '../shared/pending-changes.js';
import { refusalMessage, refusalRule, renderLoadFailure, ruleRefusalText } from '../shared/refusal.js';
import { renderRefreshing } from '../shared/render-refreshing.js';
import type { RuledText } from '../shared/rule-ref.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { renderSelectField } from '../shared/select-field.js';
import { tokens } from '../shared/tokens.js';
import { noticeOutcomes, WriteController, type Announce } from '../shared/write-controller.js';
import { attachedStructures, type AttachedStructure } from './attached-structures.js';
import { createOf, emptyCreateDraft, missingForCreate, withInsee, type CreateDraft } from './create-draft.js';
import type { StructureWrite } from './events.js';
import { checkIdentifier } from './identifier-check.js';
import { renderInseeDiff } from './insee-diff.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { renderParameters } from './parameters-fieldset.js';
import {
  ADDRESS_FIELDS,
  draftOf,
  EDIT_TEXT_FIELDS,
  editDraftOf,
  formFieldOf,
  missingAddress,
  sameDraft,
  updateOf,
  type AddressField,
  type StructureDraft,
} from './structure-draft.js';
import { renderWarnings } from './structure-warnings.js';

export type { CpStructureManagerEventMap, StructureDetail, StructureWrite } from './events.js';

/** Which screen the manager shows. */
type View = 'list' | 'create' | 'detail' | 'edit' | 'duplicate';

/** The list screen: the structures the user manages, else those whose fiche he may consult (STR-8). */
interface ListContent {
  managed: Structure[];
  attached: AttachedStructure[];
  /** The client it was read with: a refresh keeps it on screen only for the same user. */
  client: ChangeFeed | undefined;
}

/** The INSEE answer about the SIRET being typed (STR-2, STR-6). */
interface InseeLookup {
  siret: string;
  entry?: InseeInfo;
  refusal?: CpError;
}

/** What the duplication form holds (STR-6). */
interface DuplicateDraft {
  identifiantStructure: string;
  libelleStructure: string;
  emailStructure: string;
  telephone: string;
}

/** The rule of each write, named by a refusal whose server gives none (X-8). */
const RULE_OF_ACTION: Record<StructureWrite['action'], string> = {
  create: 'STR-2',
  update: 'STR-3',
  activate: 'STR-3',
  deactivate: 'STR-3',
  'insee-update': 'STR-3',
  duplicate: 'STR-6',
};

/** Labels of the fields a server's problem or a pending change may name. */
const FIELD_LABELS: Record<string, MessageKey> = {
  identifiantStructure: 'identifiantStructure',
  typeIdentifiantStructure: 'typeIdentifiantStructure',
  designationStructure: 'designationStructure',
  typeStructure: 'typeStructure',
  nonDiffusibleInsee: 'nonDiffusibleInsee',
  insee: 'inseeData',
  libelleStructure: 'libelleStructure',
  nomStructure: 'nomStructure',
  prenomStructure: 'prenomStructure',
  emailStructure: 'emailStructure',
  telephone: 'telephone',
  adresse: 'adresse',
  complementAdresse1: 'complementAdresse1',
  complementAdresse2: 'complementAdresse2',
  codePostal: 'codePostal',
  ville: 'ville',
  pays: 'pays',
  statut: 'statut',
  parametres: 'parameters',
  moa: 'moa',
};

/**
 * What a manager does to a structure (SPEC §6, STR-1..6): the list of the structures the user manages
 * with a search, consultation (read-only), creation, modification, activation, deactivation, update
 * from INSEE and duplication.
 *
 * - Creation (STR-1, STR-2): the identifier is checked as typed (SIRET key; a warning only with
 *   `sandbox`); a SIRET is looked up at INSEE, its raison sociale and address filled in and locked; a
 *   closed or unknown one is refused with the reason. The creator becomes the GP.
 * - Modification (STR-3, STR-5): only libellé, e-mail, phone, address and, for a public structure,
 *   the parameters (the five options and Présence MOA with the guides' explanations, EDI read-only);
 *   the INSEE fields are greyed and explained. The warning about the code service without an active
 *   service comes from the server.
 * - Every change is delayed (STR-4): the structure shows each pending change and the date and time it
 *   takes effect, and reads again at that time (also on focus, X-7).
 * - Activate is offered only for an inactive structure, deactivate only for an active one; an update
 *   from INSEE shows the INSEE fields before and after (the SIRET may change).
 * - Duplication (STR-6): a new SIRET of the same type checked at INSEE, editable libellé, e-mail and
 *   phone; the billing mandate is not copied (said so); the old structure is deactivated.
 * - Attachments (STR-7): the consultation shows the structure's pièces jointes in a
 *   `cp-attachment-manager` in structure mode (add, list, download, delete with confirmation).
 * - The consultation is the structure's `<cp-structure-fiche>` (STR-8: the same fields every member
 *   sees) with the manager's actions around it.
 * - Users who manage no structure (neither GP nor "Organisation" in modification) are offered, read-only,
 *   the fiche of the structures they are attached to (STR-8; a choice of "Identifiant" when several),
 *   and told who can change it; with none, they are told why (STR-3) and who can help. Opened with
 *   `structure-id` on a structure they do not manage, they get its fiche too. Every refusal of the
 *   server is shown with its rule.
 *
 * @tag cp-structure-manager
 * @attr structure-id - Opens this structure (consultation) instead of the list.
 * @attr sandbox - A SIRET whose key fails is a warning instead of an error (STR-1; the mock must be in sandbox too).
 * @attr heading-level - Level of the title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<StructureWrite>} cp-before-structure-write - Cancelable, before any write; `detail`: `{ action, idStructureCPP?, input? }`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-opened - The user opened a structure of the list (a host may show its services); `detail.structure`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-created - A structure was created; `detail.structure`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-updated - A modification was accepted (pending, STR-4); `detail.structure`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-state-changed - An activation or deactivation was accepted; `detail.structure`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-insee-updated - An update from INSEE was accepted; `detail.structure`, `detail.insee`.
 * @fires {CustomEvent<StructureDetail>} cp-structure-duplicated - A structure was duplicated; `detail.structure` is the new one.
 *
 * @csspart form - Each form.
 * @csspart title - The title.
 * @csspart field - Each input group (also `label`, `hint`, `error`, `input`).
 * @csspart fiche - The read-only view: the structure's `cp-structure-fiche` (STR-8).
 * @csspart parameters - The STR-5 parameters (modification).
 * @csspart pending - The pending changes (STR-4).
 * @csspart warnings - The server's warnings.
 * @csspart notice - The message above the screen.
 * @csspart conflict - The ACC-7 conflict notice (reload or overwrite).
 * @csspart actions - The buttons.
 * @csspart insee-diff - The before/after table of an update from INSEE.
 * @csspart attachments - The structure's pièces jointes (STR-7), a `cp-attachment-manager` in structure mode.
 *
 * @cssprop --cp-color-primary - Buttons.
 * @cssprop --cp-color-error - Errors.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpStructureManager extends LitElement {
  static override styles = [tokens, fieldStyles, formStyles, managerStyles];

  private readonly i18n = new LocaleController(this);
  // Another user: what the last one opened or typed goes (X-7); another `structure-id` is `willUpdate`'s.
  private readonly session = new ClientController(this, [
    createInseeApi,
    createRattachementApi,
    createStructureApi,
  ]).forgetOnChange(() => this.forget());

  /** The structure to open (consultation); the list otherwise. */
  @property({ type: Number, attribute: 'structure-id' }) structureId: number | undefined;
  /** Sandbox: a SIRET whose key fails is accepted with a warning (STR-1). */
  @property({ type: Boolean }) sandbox = false;
  /** Level of the title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private view: View = 'list';
  @state() private filter = '';
  @state() private structure: Structure | undefined;
  @state() private draft: StructureDraft | undefined;
  @state() private createDraft: CreateDraft = emptyCreateDraft();
  @state() private duplicateDraft: DuplicateDraft | undefined;
  @state() private insee: InseeLookup | undefined;
  @state() private inseeDiff: InseeRefresh | undefined;
  @state() private notice: Notice | undefined;
  /** The structure as the server has it after a refused modification (409, ACC-7). */
  @state() private conflict: Structure | undefined;
  /** The structure whose fiche a user who manages nothing consults (STR-8). */
  @state() private consulted: number | undefined;
  /** The structure he does not manage whose fiche he could read: only then is he told he consults it (STR-8). */
  @state() private readable: number | undefined;

  /** The problems shown next to the fields and in the summary (X-1). */
  private readonly issues = new FieldIssues<string>(this, {
    label: (field, locale) => t(locale, FIELD_LABELS[field] ?? 'field'),
    fieldOf: formFieldOf,
  });
  /** The notice after a write: cleared before, the veto, the refusal naming its rule (X-8). */
  private readonly outcomes = noticeOutcomes(
    (notice) => (this.notice = notice),
    (locale) => t(locale, 'vetoed'),
  );
  /** The writes: host veto, busy, the Idempotency-Key kept for a retry (X-5), refusals with their rule, focus on the outcome. */
  private readonly writes = new WriteController(this, {
    issues: this.issues,
    ...this.outcomes,
    conflict: (error, rule) => this.showConflict(error, rule),
  });
  private cancelReload: () => void = () => undefined;

  private readonly listTask = new Task(this, {
    task: async ([client, , view]): Promise<ListContent> => {
      if (!client || view !== 'list') return { managed: [], attached: [], client };
      const managed = await loadAllPages((page) => client.listManagedStructures(page));
      if (managed.length > 0) return { managed, attached: [], client };
      const rattachements = await loadAllPages((page) => client.listMyRattachements(page));
      return { managed, attached: attachedStructures(rattachements), client };
    },
    args: () => [this.session.client, this.session.revision, this.view] as const,
  });

  private readonly hintsTask = new Task(this, {
    task: async ([client, view]): Promise<IdentifierTypeHint[]> =>
      client && view === 'create' ? client.listIdentifierTypes() : [],
    args: () => [this.session.client, this.view] as const,
  });

  private readonly structureTask = new Task(this, {
    task: async ([client, , id]) => {
      if (!client || id === undefined) return undefined;
      this.receive(await client.getStructure(id));
      return this.structure;
    },
    args: () => [this.session.client, this.session.revision, this.currentId] as const,
  });

  private get locale(): Locale {
    return this.i18n.locale;
  }

  /** The structure the screen is about, when not the list or creation. */
  private get currentId(): number | undefined {
    return this.view === 'list' || this.view === 'create'
      ? undefined
      : (this.structure?.idStructureCPP ?? this.structureId);
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('structureId') && this.structureId !== undefined) {
      this.structure = undefined;
      this.view = 'detail';
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelReload();
  }

  /** Takes a freshly read structure, keeping the user's input while editing; reads again when a pending change is due (STR-4). */
  private receive(structure: Structure): void {
    const editing =
      this.view === 'edit' && this.structure && this.draft && !sameDraft(this.draft, editDraftOf(this.structure));
    if (!editing) {
      this.structure = structure;
      this.draft = editDraftOf(structure);
    }
    this.cancelReload();
    this.cancelReload = reloadAtNextEffect(structure.changementsEnAttente, this.reloadAll);
  }

  /** Reads the structure and its fiche again (a pending change takes effect, STR-4). */
  private readonly reloadAll = (): void => {
    this.session.refresh();
    this.renderRoot.querySelector('cp-structure-fiche')?.reload();
  };

  override render() {
    const locale = this.locale;
    if (!this.session.client) return html`<p>${t(locale, 'noSession')}</p>`;
    return html`${this.heading(this.titleText())} ${renderNotice(this.notice, locale)}
      <cp-error-summary .errors=${this.issues.summaryErrors(locale)} heading-level=${this.headingLevel + 1} .focusField=${(field: string) => this.issues.focus(field)}></cp-error-summary>
      ${this.renderView()}
      <cp-confirm-dialog></cp-confirm-dialog>`;
  }

  private titleText(): string {
    const locale = this.locale;
    const name = this.structure?.libelleStructure || this.structure?.designationStructure || '';
    if (this.view === 'create') return t(locale, 'createTitle');
    if (this.view === 'edit') return t(locale, 'editTitle', { name });
    if (this.view === 'duplicate') return t(locale, 'duplicateTitle', { name });
    if (this.view === 'detail' && this.structure) return name;
    return t(locale, 'title');
  }

  private heading(text: string): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    return html`<p class="title" part="title" role="heading" aria-level=${level} id="title" tabindex="-1">${text}</p>`;
  }

  private renderView(): TemplateResult {
    const locale = this.locale;
    if (this.view === 'list') return this.renderList();
    if (this.view === 'create') return this.renderCreate();
    const structure = this.structure;
    if (!structure) {
      return this.structureTask.render({
        pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        error: (error) => this.renderLoadError(error),
      }) as TemplateResult;
    }
    if (this.view === 'edit') return this.renderEdit(structure);
    if (this.view === 'duplicate') return this.renderDuplicate(structure);
    return this.renderDetail(structure);
  }

  private renderLoadError(error: unknown): TemplateResult {
    const locale = this.locale;
    const id = this.currentId;
    if (isCpError(error, 'FORBIDDEN') && id !== undefined)
      return html`${this.readable === id ? html`<div class="notice notice--info" role="status"><p>${t(locale, 'consultOnly')}</p></div>` : nothing}
        ${this.renderFiche(id, false, () => (this.readable = id))}
        <div class="actions" part="actions"><button type="button" class="secondary" @click=${() => this.go('list')}>${t(locale, 'back')}</button></div>`;
    return renderLoadFailure({
      error,
      locale,
      forbiddenHelp: t(locale, 'noManaged'),
      actions: html`<button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>
        <button type="button" class="secondary" @click=${() => this.go('list')}>${t(locale, 'back')}</button>`,
    });
  }

  // ——— List and search (STR-3) ———

  private renderList(): TemplateResult {
    const locale = this.locale;
    const columns: DataTableColumn<Structure>[] = [
      { key: 'identifiantStructure', label: t(locale, 'identifiantStructure'), sortable: true },
      { key: 'designationStructure', label: t(locale, 'designationStructure'), sortable: true },
      { key: 'libelleStructure', label: t(locale, 'libelleStructure'), sortable: true },
      { key: 'ville', label: t(locale, 'ville'), value: (s) => s.adresse.ville },
      { key: 'statut', label: t(locale, 'statut'), value: (s) => t(locale, s.statut) },
    ];
    const managesNothing = this.listTask.value?.managed.length === 0;
    return html`<div class="toolbar">
        ${
          managesNothing
            ? nothing
            : renderField({
                id: 'f-search',
                label: t(locale, 'search'),
                hint: t(locale, 'searchHint'),
                locale,
                control: (describedBy) =>
                  html`<input class="cp-field__input" part="input" id="f-search" type="search" aria-describedby=${describedBy} .value=${live(this.filter)} @input=${(e: Event) => (this.filter = (e.target as HTMLInputElement).value)} />`,
              })
        }
        <button type="button" @click=${() => this.startCreate()}>${t(locale, 'create')}</button>
      </div>
      ${renderRefreshing(
        this.listTask,
        {
          pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
          error: (error) => this.renderLoadError(error),
          complete: ({ managed: structures, attached }) => {
            if (attached.length > 0) return this.renderAttached(attached);
            if (structures.length === 0)
              return html`<div class="notice notice--info" role="status"><p>${t(locale, 'noManaged')}${renderRuleRef(ruleRefs.noManaged, locale)}</p></div>`;
            return html`<cp-data-table
            .columns=${columns}
            .rows=${this.filtered(structures)}
            .rowKey=${(s: Structure) => String(s.idStructureCPP)}
            caption=${t(locale, 'listCaption')}
            row-action-label=${t(locale, 'consult')}
            csv-filename="structures.csv"
            @cp-table-row-activated=${(e: CustomEvent<{ row: Structure }>) => this.open(e.detail.row)}
          ></cp-data-table>`;
          },
        },
        (last) => last.client === this.session.client,
      )}`;
  }

  /** The structures matching the search text (identifier without spaces, names and city; case and accents ignored). */
  private filtered(structures: Structure[]): Structure[] {
    const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').toLowerCase();
    const query = fold(this.filter.trim());
    if (!query) return structures;
    return structures.filter((s) =>
      [s.identifiantStructure, s.designationStructure, s.libelleStructure ?? '', s.adresse.ville].some(
        (v) => fold(v).includes(query) || fold(v).includes(query.replace(/ /g, '')),
      ),
    );
  }

  private open(structure: Structure): void {
    this.structure = structure;
    this.draft = editDraftOf(structure);
    void this.go('detail');
    fire(this, 'cp-structure-opened', { structure });
  }

  /** Switches to a screen as it starts: no problems, no INSEE lookup, no conflict, a new Idempotency-Key. */
  private show(view: View, keepNotice = false): void {
    this.view = view;
    this.issues.clear();
    this.insee = undefined;
    this.conflict = undefined;
    if (!keepNotice) this.notice = undefined;
    if (view !== 'detail') this.inseeDiff = undefined;
    this.writes.forget();
  }

  /**
   * Back to where the element starts (the list, or the `structure-id` structure), for another user
   * (X-7): the structure open, the modification, creation and duplication drafts, the INSEE lookups
   * and the fiche consulted were the last user's; saving them would write them as the new one's, and
   * a confirmation still open is withdrawn. The list's search text stays: it only narrows what is listed, in plain sight.
   */
  private forget(): void {
    this.show(this.structureId === undefined ? 'list' : 'detail');
    this.structure = undefined;
    this.draft = undefined;
    this.createDraft = emptyCreateDraft();
    this.duplicateDraft = undefined;
    this.inseeDiff = undefined;
    this.consulted = undefined;
    this.readable = undefined;
    this.cancelReload();
    this.renderRoot.querySelector('cp-confirm-dialog')?.dismiss();
  }

  /** Switches screen, clearing messages; focus goes to the title. */
  private async go(view: View, keepNotice = false): Promise<void> {
    this.show(view, keepNotice);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  // ——— Consultation and actions (STR-3, STR-4) ———

  private renderDetail(s: Structure): TemplateResult {
    const locale = this.locale;
    const isActive = s.statut === 'ACTIF';
    return html`${renderPendingChanges(s.changementsEnAttente, locale, (field, value) => this.changeLabel(field, value))}
      ${this.inseeDiff ? renderInseeDiff(this.inseeDiff.avant, this.inseeDiff.apres, locale) : nothing}
      ${this.renderFiche(s.idStructureCPP, true)}
      ${renderWarnings(s, locale)}
      <div class="actions" part="actions">
        <button type="button" ?disabled=${this.writes.busy} @click=${() => this.go('edit')}>${t(locale, 'modify')}</button>
        ${
          isActive
            ? html`<button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.changeState('deactivate')}>${t(locale, 'deactivate')}</button>`
            : html`<button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.changeState('activate')}>${t(locale, 'activate')}</button>`
        }
        ${
          s.typeIdentifiantStructure === 'SIRET'
            ? html`<button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.updateFromInsee()}>${t(locale, 'inseeUpdate')}</button>`
            : nothing
        }
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.startDuplicate(s)}>${t(locale, 'duplicate')}</button>
        <button type="button" class="secondary" @click=${() => this.go('list')}>${t(locale, 'back')}</button>
      </div>
      <p class="why">${t(locale, isActive ? 'deactivateOnlyActive' : 'activateOnlyInactive')}</p>
      ${s.typeIdentifiantStructure === 'SIRET' ? nothing : html`<p class="why">${t(locale, 'inseeOnlySiret')}${renderRuleRef(ruleRefs.inseeOnlySiret, locale)}</p>`}
      <cp-attachment-manager part="attachments" owner="structure" structure-id=${s.idStructureCPP} heading-level=${Math.min(6, this.headingLevel + 1)}></cp-attachment-manager>`;
  }

  /**
   * The structure's fiche (STR-8): on the consultation screen, without its title (the screen's title
   * names the structure); for a user who manages nothing, with it. `onLoaded` runs once it is read.
   */
  private renderFiche(idStructureCPP: number, titleHidden = false, onLoaded?: () => void): TemplateResult {
    return html`<cp-structure-fiche
      part="fiche"
      structure-id=${idStructureCPP}
      heading-level=${titleHidden ? this.headingLevel : Math.min(6, this.headingLevel + 1)}
      ?title-hidden=${titleHidden}
      @cp-structure-fiche-loaded=${onLoaded ?? nothing}
    ></cp-structure-fiche>`;
  }

  /**
   * A user who manages nothing (STR-8): the fiche of a structure he is attached to, read-only, and
   * who can change it; a choice of "Identifiant" when he is attached to several (guide 003).
   */
  private renderAttached(attached: AttachedStructure[]): TemplateResult {
    const locale = this.locale;
    const chosen = attached.find((a) => a.idStructureCPP === this.consulted) ?? attached[0]!;
    return html`<div class="notice notice--info" role="status"><p>${t(locale, 'memberIntro')}</p></div>
      ${
        attached.length > 1
          ? renderSelectField({
              id: 'f-consulted',
              label: t(locale, 'memberChoice'),
              value: String(chosen.idStructureCPP),
              options: attached.map((a) => ({
                value: String(a.idStructureCPP),
                label: `${a.identifiantStructure} – ${a.designationStructure}`,
              })),
              locale,
              onChange: (value) => (this.consulted = Number(value)),
            })
          : nothing
      }
      ${this.renderFiche(chosen.idStructureCPP)}`;
  }

  /** How a pending change names a field (with the new status for an activation or deactivation). */
  private changeLabel(field: string, value: unknown): string {
    const locale = this.locale;
    if (field === 'statut' && (value === 'ACTIF' || value === 'INACTIF'))
      return `${t(locale, 'statut')} → ${t(locale, value)}`;
    const key = FIELD_LABELS[field];
    return key ? t(locale, key) : field;
  }

  /** Activates or deactivates (STR-3), after a confirmation for a deactivation; effective later (STR-4). */
  private async changeState(action: 'activate' | 'deactivate'): Promise<void> {
    const s = this.structure;
    const client = this.session.client;
    if (!s || !client) return;
    if (action === 'deactivate') {
      const dialog = this.renderRoot.querySelector('cp-confirm-dialog')!;
      const name = s.libelleStructure || s.designationStructure;
      const confirmed = await dialog.ask({
        title: t(this.locale, 'confirmDeactivateTitle'),
        message: t(this.locale, 'confirmDeactivate', { name }),
        confirmLabel: t(this.locale, 'confirmDeactivateOk'),
        danger: true,
      });
      if (!confirmed) return;
    }
    await this.write({ action, idStructureCPP: s.idStructureCPP }, async (key) => {
      const call = action === 'activate' ? client.activateStructure : client.deactivateStructure;
      const saved = await call(s.idStructureCPP, { version: s.version }, { idempotencyKey: key });
      this.acceptPending(saved);
      return () => fire(this, 'cp-structure-state-changed', { structure: saved });
    });
  }

  private async updateFromInsee(): Promise<void> {
    const s = this.structure;
    const client = this.session.client;
    if (!s || !client) return;
    await this.write({ action: 'insee-update', idStructureCPP: s.idStructureCPP }, async (key) => {
      const refresh = await client.updateStructureFromInsee(
        s.idStructureCPP,
        { version: s.version },
        { idempotencyKey: key },
      );
      this.inseeDiff = refresh;
      this.acceptPending(refresh.structure);
      return () => fire(this, 'cp-structure-insee-updated', { structure: refresh.structure, insee: refresh });
    });
  }

  /** Shows an accepted delayed change (STR-4) with its time, on the consultation screen. */
  private acceptPending(saved: Structure): void {
    this.structure = saved;
    this.draft = editDraftOf(saved);
    const last = lastPendingChange(saved.changementsEnAttente);
    this.notice = last
      ? { kind: 'success', text: (locale) => t(locale, 'pendingEffect', instantText(last.dateEffet, locale)) }
      : { kind: 'info', text: (locale) => t(locale, 'nothingChanged') };
    this.cancelReload();
    this.cancelReload = reloadAtNextEffect(saved.changementsEnAttente, this.reloadAll);
  }

  // ——— Modification (STR-3, STR-5) ———

  private renderEdit(s: Structure): TemplateResult {
    const locale = this.locale;
    const draft = this.draft!;
    const siret = s.typeIdentifiantStructure === 'SIRET';
    const lockedNote = t(locale, siret ? 'inseeLocked' : 'readOnlyLocked');
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmitEdit}>
      ${renderPendingChanges(s.changementsEnAttente, locale, (field, value) => this.changeLabel(field, value))}
      ${
        this.conflict
          ? renderConflictNotice({
              title: t(locale, 'conflictTitle'),
              changes: this.conflictFields(s, this.conflict),
              none: t(locale, 'conflictNone'),
              reload: { label: t(locale, 'conflictReload'), run: () => this.reloadFromServer() },
              overwrite: { label: t(locale, 'conflictOverwrite'), run: () => this.overwrite() },
            })
          : nothing
      }
      <p class="cp-field__note">${t(locale, 'requiredNote')}</p>
      <fieldset>
        <legend>${t(locale, 'general')}</legend>
        <div class="grid">
          ${this.lockedField('typeIdentifiantStructure', s.typeIdentifiantStructure, lockedNote)}
          ${this.lockedField('identifiantStructure', s.identifiantStructure, lockedNote)}
          ${this.lockedField('designationStructure', s.designationStructure, lockedNote)}
          ${this.lockedField('typeStructure', t(locale, s.typeStructure), t(locale, 'readOnlyLocked'))}
          ${this.textField('libelleStructure', draft.libelleStructure, (v) => this.editDraft({ libelleStructure: v }))}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'contact')}</legend>
        <div class="grid">
          ${this.textField('emailStructure', draft.emailStructure, (v) => this.editDraft({ emailStructure: v }), { type: 'email', hint: 'emailHint' })}
          ${this.textField('telephone', draft.telephone, (v) => this.editDraft({ telephone: v }), { type: 'tel', hint: 'telephoneHint' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'address')}</legend>
        <div class="grid">${ADDRESS_FIELDS.map((f) => this.addressField(f, draft[f], (v) => this.editDraft({ [f]: v })))}</div>
      </fieldset>
      ${
        s.typeStructure === 'PUBLIQUE'
          ? renderParameters({
              locale,
              edi: s.parametres.recevoirDonneesViaEDI,
              parameters: draft.parametres,
              readonly: false,
              ...(this.issues.issue('moa')
                ? { moaError: ruleRefusalText('STR-5', this.issues.text('moa', locale), locale) }
                : {}),
              onChange: (parametres) => this.editDraft({ parametres }),
            })
          : html`<p class="hint">${t(locale, 'parametersPrivate')}</p>`
      }
      ${renderWarnings(s, locale)}
      <div class="actions" part="actions">
        <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.cancelEdit()}>${t(locale, 'cancel')}</button>
      </div>
    </form>`;
  }

  private editDraft(change: Partial<StructureDraft>): void {
    this.draft = { ...this.draft!, ...change };
    this.corrected(Object.keys(change).map((k) => (k === 'parametres' ? 'moa' : k)));
  }

  /**
   * The user changed fields: their problems go, and so does the refusal above the form once no
   * problem is left (it was about what was sent, X-1).
   */
  private corrected(fields: string[]): void {
    this.issues.clear(...fields);
    if (this.notice?.kind === 'error' && !this.issues.any) this.notice = undefined;
  }

  private cancelEdit(): void {
    if (this.structure) this.draft = editDraftOf(this.structure);
    void this.go('detail');
  }

  private onSubmitEdit(event: Event): void {
    event.preventDefault();
    void this.saveEdit();
  }

  private async saveEdit(): Promise<void> {
    const s = this.structure;
    const client = this.session.client;
    if (!s || !client || !this.draft) return;
    const missing = missingAddress(this.draft, this.requiredText());
    if (missing.length > 0) return this.issues.show(this.issues.fromProblems(missing));
    const input = updateOf(this.draft, s);
    await this.write({ action: 'update', idStructureCPP: s.idStructureCPP, input }, async (key) => {
      const saved = await client.updateStructure(s.idStructureCPP, input, { idempotencyKey: key });
      this.acceptPending(saved);
      await this.go('detail', true);
      return () => fire(this, 'cp-structure-updated', { structure: saved });
    });
  }

  /** What the server changed since the structure was loaded: applied values and new pending changes (ACC-7). */
  private conflictFields(base: Structure, server: Structure): string[] {
    const locale = this.locale;
    const before = draftOf(base);
    const after = draftOf(server);
    const names = new Set<string>();
    for (const field of EDIT_TEXT_FIELDS)
      if (before[field] !== after[field]) names.add(t(locale, FIELD_LABELS[field] ?? 'field'));
    if (JSON.stringify(before.parametres) !== JSON.stringify(after.parametres)) names.add(t(locale, 'parameters'));
    const known = new Set(base.changementsEnAttente.map((c) => c.dateEffet));
    for (const change of server.changementsEnAttente.filter((c) => !known.has(c.dateEffet))) {
      for (const [field, value] of Object.entries(change.champs)) names.add(this.changeLabel(field, value));
    }
    return [...names];
  }

  /** ACC-7: takes the server's values, dropping what the user typed. */
  private reloadFromServer(): void {
    const server = this.conflict;
    if (!server) return;
    this.structure = server;
    this.draft = editDraftOf(server);
    this.conflict = undefined;
    this.notice = undefined;
  }

  /** ACC-7: sends what the user typed over the server's values, knowingly (based on the server's version). */
  private overwrite(): void {
    const server = this.conflict;
    if (!server) return;
    this.structure = server;
    this.conflict = undefined;
    void this.saveEdit();
  }

  // ——— Creation (STR-1, STR-2) ———

  private startCreate(): void {
    this.createDraft = emptyCreateDraft();
    void this.go('create');
  }

  private renderCreate(): TemplateResult {
    const locale = this.locale;
    const d = this.createDraft;
    const hints = this.hintsTask.value ?? [];
    const hint = hints.find((h) => h.typeIdentifiantStructure === d.typeIdentifiantStructure);
    const locked = d.typeIdentifiantStructure === 'SIRET' && this.insee?.entry !== undefined;
    const lockedNote = locked ? t(locale, 'inseeLocked') : undefined;
    const particulier = d.typeIdentifiantStructure === 'PARTICULIER';
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmitCreate}>
      <p class="cp-field__note">${t(locale, 'requiredNote')}</p>
      <fieldset>
        <legend>${t(locale, 'general')}</legend>
        <div class="grid">
          ${renderField({
            id: 'f-typeIdentifiantStructure',
            label: t(locale, 'typeIdentifiantStructure'),
            required: true,
            locale,
            control: (
              describedBy,
            ) => html`<select class="cp-field__input" part="input" id="f-typeIdentifiantStructure" required aria-describedby=${describedBy} @change=${(e: Event) => this.editCreate({ typeIdentifiantStructure: (e.target as HTMLSelectElement).value as CreateDraft['typeIdentifiantStructure'] })}>
              ${(hints.length ? hints.map((h) => h.typeIdentifiantStructure) : (['SIRET'] as const)).map(
                (type) =>
                  html`<option value=${type} ?selected=${type === d.typeIdentifiantStructure}>${hints.find((h) => h.typeIdentifiantStructure === type)?.libelle[locale] ?? type}</option>`,
              )}
            </select>`,
          })}
          ${this.identifierField('identifiantStructure', d.identifiantStructure, (v) => this.editCreate({ identifiantStructure: v }), hint ? t(locale, 'identifierHint', { format: hint.format[locale] }) : undefined)}
          ${renderField({
            id: 'f-typeStructure',
            label: t(locale, 'typeStructure'),
            required: true,
            locale,
            control: (
              describedBy,
            ) => html`<select class="cp-field__input" part="input" id="f-typeStructure" required aria-describedby=${describedBy} @change=${(e: Event) => this.editCreate({ typeStructure: (e.target as HTMLSelectElement).value as CreateDraft['typeStructure'] })}>
              ${(['PUBLIQUE', 'PRIVEE'] as const).map((type) => html`<option value=${type} ?selected=${type === d.typeStructure}>${t(locale, type)}</option>`)}
            </select>`,
          })}
          ${this.textField('designationStructure', d.designationStructure, (v) => this.editCreate({ designationStructure: v }), { required: true, ...(lockedNote ? { locked: lockedNote } : {}) })}
          ${particulier ? this.textField('nomStructure', d.nomStructure, (v) => this.editCreate({ nomStructure: v }), { required: true }) : nothing}
          ${particulier ? this.textField('prenomStructure', d.prenomStructure, (v) => this.editCreate({ prenomStructure: v }), { required: true }) : nothing}
          ${this.textField('libelleStructure', d.libelleStructure, (v) => this.editCreate({ libelleStructure: v }))}
          <div class="check">
            <input type="checkbox" id="f-nonDiffusibleInsee" .checked=${live(d.nonDiffusibleInsee)} @change=${(e: Event) => this.editCreate({ nonDiffusibleInsee: (e.target as HTMLInputElement).checked })} />
            <label for="f-nonDiffusibleInsee">${t(locale, 'nonDiffusibleInsee')}</label>
          </div>
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'contact')}</legend>
        <div class="grid">
          ${this.textField('emailStructure', d.emailStructure, (v) => this.editCreate({ emailStructure: v }), { type: 'email', hint: 'emailHint' })}
          ${this.textField('telephone', d.telephone, (v) => this.editCreate({ telephone: v }), { type: 'tel', hint: 'telephoneHint' })}
        </div>
      </fieldset>
      <fieldset>
        <legend>${t(locale, 'address')}</legend>
        <div class="grid">
          ${ADDRESS_FIELDS.map((f) => this.addressField(f, d[f], (v) => this.editCreate({ [f]: v }), lockedNote))}
        </div>
      </fieldset>
      <div class="actions" part="actions">
        <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.go('list')}>${t(locale, 'cancel')}</button>
      </div>
    </form>`;
  }

  private editCreate(change: Partial<CreateDraft>): void {
    const typeChanged =
      change.typeIdentifiantStructure !== undefined &&
      change.typeIdentifiantStructure !== this.createDraft.typeIdentifiantStructure;
    this.createDraft = { ...this.createDraft, ...change };
    this.corrected(Object.keys(change));
    if (change.identifiantStructure !== undefined || typeChanged)
      void this.lookUp(this.createDraft.typeIdentifiantStructure, this.createDraft.identifiantStructure);
  }

  /**
   * Looks a complete, valid SIRET up at INSEE (STR-2): the raison sociale and address are filled in
   * and locked; a closed or unknown establishment is refused with the reason.
   */
  private async lookUp(type: CreateDraft['typeIdentifiantStructure'], raw: string): Promise<void> {
    const { siret } = checkIdentifier(type, raw, this.sandbox, this.locale);
    if (!siret) {
      this.insee = undefined;
      return;
    }
    if (this.insee?.siret === siret) return;
    this.insee = { siret };
    try {
      const entry = await this.session.client!.lookupInsee(siret);
      if (this.insee?.siret !== siret) return;
      this.insee = { siret, entry };
      if (this.view === 'create') this.createDraft = withInsee(this.createDraft, entry);
      this.issues.clear('designationStructure', ...ADDRESS_FIELDS);
    } catch (error) {
      if (this.insee?.siret !== siret) return;
      if (!isCpError(error)) throw error;
      this.insee = { siret, refusal: error };
    }
  }

  /** The identifier input with its live check (STR-1), the sandbox warning and the INSEE answer (STR-2). */
  private identifierField(
    name: string,
    value: string,
    onInput: (value: string) => void,
    hint?: string,
    type = this.createDraft.typeIdentifiantStructure,
  ): TemplateResult {
    const locale = this.locale;
    const check = checkIdentifier(type, value, this.sandbox, locale);
    const lookup = this.insee;
    const refusal = lookup?.refusal;
    const error = this.issueText(name) || check.error || (refusal ? this.inseeRefusalText(refusal) : '');
    return html`<div>
      ${renderField({
        id: `f-${name}`,
        label: t(
          locale,
          name === 'identifiantStructure' && this.view === 'duplicate' ? 'newIdentifier' : 'identifiantStructure',
        ),
        ...(hint ? { hint } : {}),
        error,
        required: true,
        locale,
        control: (describedBy, invalid) =>
          html`<input class="cp-field__input" part="input" id=${`f-${name}`} name=${name} required autocomplete="off" aria-describedby=${`${describedBy} ${name}-status`} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(value)} @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)} />`,
      })}
      <div id=${`${name}-status`} aria-live="polite">
        ${check.warning ? html`<p class="notice notice--warning">${t(locale, 'sandboxWarning', { message: check.warning })}</p>` : nothing}
        ${lookup && !lookup.entry && !lookup.refusal ? html`<p class="hint">${t(locale, 'inseeChecking')}</p>` : nothing}
        ${lookup?.entry && !error ? html`<p class="hint">${t(locale, 'inseeFilled', { siret: lookup.entry.siret })}</p>` : nothing}
      </div>
    </div>`;
  }

  /** Why INSEE refused the SIRET, with its rule apart (X-8): the server's, else STR-6 for a duplication or STR-2. */
  private inseeRefusalText(refusal: CpError): string | RuledText {
    const locale = this.locale;
    const rule = refusalRule(refusal, this.view === 'duplicate' ? 'STR-6' : 'STR-2');
    return rule
      ? ruleRefusalText(rule, refusal.fields[0]?.message[locale] ?? refusal.messageIn(locale), locale)
      : refusalMessage(refusal, locale);
  }

  private onSubmitCreate(event: Event): void {
    event.preventDefault();
    void this.saveCreate();
  }

  private async saveCreate(): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    const d = this.createDraft;
    const check = checkIdentifier(d.typeIdentifiantStructure, d.identifiantStructure, this.sandbox, this.locale);
    const problems = missingForCreate(d, this.requiredText());
    if (check.error)
      problems.unshift({
        field: 'identifiantStructure',
        code: 'invalid',
        message: {
          fr: checkIdentifier(d.typeIdentifiantStructure, d.identifiantStructure, this.sandbox, 'fr').error!,
          en: checkIdentifier(d.typeIdentifiantStructure, d.identifiantStructure, this.sandbox, 'en').error!,
        },
      });
    if (problems.length > 0) return this.issues.show(this.issues.fromProblems(problems));
    const input = createOf(d);
    await this.write({ action: 'create', input }, async (key) => {
      const created = await client.createStructure(input, { idempotencyKey: key });
      this.structure = created;
      this.draft = editDraftOf(created);
      this.notice = { kind: 'success', text: (locale) => t(locale, 'created') };
      await this.go('detail', true);
      return () => fire(this, 'cp-structure-created', { structure: created });
    });
  }

  // ——— Duplication (STR-6) ———

  private startDuplicate(s: Structure): void {
    this.duplicateDraft = {
      identifiantStructure: '',
      libelleStructure: s.libelleStructure ?? '',
      emailStructure: s.emailStructure ?? '',
      telephone: s.telephone ?? '',
    };
    void this.go('duplicate');
  }

  private renderDuplicate(s: Structure): TemplateResult {
    const locale = this.locale;
    const d = this.duplicateDraft!;
    const edit = (change: Partial<DuplicateDraft>) => {
      this.duplicateDraft = { ...this.duplicateDraft!, ...change };
      this.corrected(Object.keys(change));
      if (change.identifiantStructure !== undefined)
        void this.lookUp(s.typeIdentifiantStructure, change.identifiantStructure);
    };
    return html`<form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmitDuplicate}>
      <div class="notice notice--info"><p>${t(locale, 'duplicateIntro')}</p><p>${t(locale, 'sameType', { type: s.typeIdentifiantStructure })}</p></div>
      <p class="cp-field__note">${t(locale, 'requiredNote')}</p>
      <div class="grid">
        ${this.identifierField('identifiantStructure', d.identifiantStructure, (v) => edit({ identifiantStructure: v }), undefined, s.typeIdentifiantStructure)}
        ${this.insee?.entry ? this.lockedField('designationStructure', this.insee.entry.raisonSociale, t(locale, 'inseeLocked')) : nothing}
        ${this.textField('libelleStructure', d.libelleStructure, (v) => edit({ libelleStructure: v }))}
        ${this.textField('emailStructure', d.emailStructure, (v) => edit({ emailStructure: v }), { type: 'email', hint: 'emailHint' })}
        ${this.textField('telephone', d.telephone, (v) => edit({ telephone: v }), { type: 'tel', hint: 'telephoneHint' })}
      </div>
      <div class="actions" part="actions">
        <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'validate')}</button>
        <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => this.go('detail')}>${t(locale, 'cancel')}</button>
      </div>
    </form>`;
  }

  private onSubmitDuplicate(event: Event): void {
    event.preventDefault();
    void this.saveDuplicate();
  }

  private async saveDuplicate(): Promise<void> {
    const s = this.structure;
    const client = this.session.client;
    const d = this.duplicateDraft;
    if (!s || !client || !d) return;
    if (!d.identifiantStructure.trim()) return this.issues.show({ identifiantStructure: issueOf(this.requiredText()) });
    const input = {
      typeIdentifiantStructure: s.typeIdentifiantStructure,
      identifiantStructure: d.identifiantStructure.trim(),
      ...(d.libelleStructure.trim() ? { libelleStructure: d.libelleStructure.trim() } : {}),
      ...(d.emailStructure.trim() ? { emailStructure: d.emailStructure.trim() } : {}),
      ...(d.telephone.trim() ? { telephone: d.telephone.trim() } : {}),
      version: s.version,
    };
    await this.write({ action: 'duplicate', idStructureCPP: s.idStructureCPP, input }, async (key) => {
      const created = await client.duplicateStructure(s.idStructureCPP, input, { idempotencyKey: key });
      this.structure = created;
      this.draft = editDraftOf(created);
      this.notice = {
        kind: 'success',
        text: (locale) =>
          t(locale, 'duplicated', { name: created.designationStructure, id: created.identifiantStructure }),
      };
      await this.go('detail', true);
      return () => fire(this, 'cp-structure-duplicated', { structure: created });
    });
  }

  // ——— Fields, problems, writes ———

  private textField(
    name: string,
    value: string,
    onInput: (value: string) => void,
    options: { type?: string; hint?: MessageKey; required?: boolean; locked?: string } = {},
  ): TemplateResult {
    const locale = this.locale;
    if (options.locked) return this.lockedField(name, value, options.locked);
    return renderField({
      id: `f-${name}`,
      label: t(locale, FIELD_LABELS[name] ?? 'field'),
      ...(options.hint ? { hint: t(locale, options.hint) } : {}),
      error: this.issueText(name),
      required: options.required ?? false,
      locale,
      control: (describedBy, invalid) => html`<input
        class="cp-field__input"
        part="input"
        id=${`f-${name}`}
        name=${name}
        type=${options.type ?? 'text'}
        ?required=${options.required ?? false}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        .value=${live(value)}
        @input=${(e: Event) => onInput((e.target as HTMLInputElement).value)}
      />`,
    });
  }

  /** A field of the postal address: pays chosen from the ISO country list (its code on the wire, STR-8), the others typed. */
  private addressField(
    name: AddressField,
    value: string,
    onInput: (value: string) => void,
    locked?: string,
  ): TemplateResult {
    const required = !name.startsWith('complement');
    if (name !== 'pays') return this.textField(name, value, onInput, { required, ...(locked ? { locked } : {}) });
    const locale = this.locale;
    if (locked) return this.lockedField(name, countryName(value, locale), locked);
    return renderCountryField({
      label: t(locale, 'pays'),
      value,
      countries: countries(locale),
      error: this.issueText('pays'),
      locale,
      onChange: onInput,
    });
  }

  /** A field that cannot be changed here, greyed, with why (STR-3: INSEE data or fixed at creation). */
  private lockedField(name: string, value: string, why: string): TemplateResult {
    const locale = this.locale;
    return renderField({
      id: `f-${name}`,
      label: t(locale, FIELD_LABELS[name] ?? 'field'),
      hint: why,
      error: this.issueText(name),
      locale,
      control: (describedBy) =>
        html`<input class="cp-field__input" part="input" id=${`f-${name}`} name=${name} disabled aria-describedby=${describedBy} .value=${live(value)} />`,
    });
  }

  private requiredText(): Bilingual {
    return bilingual((locale) => t(locale, 'required'));
  }

  private issueText(field: string): string {
    return this.issues.text(field, this.locale);
  }

  /** Runs a write (`WriteController`), a refusal naming `RULE_OF_ACTION` when the server names no rule (X-8). */
  private async write(write: StructureWrite, run: (idempotencyKey: string) => Promise<Announce>): Promise<void> {
    await this.writes.run(
      { before: 'cp-before-structure-write', detail: write, rule: RULE_OF_ACTION[write.action] },
      run,
    );
  }

  /**
   * A stale version (409, ACC-7): while editing, the conflict notice compares with the server's
   * structure, the input kept; elsewhere the server's structure is shown with the refusal.
   */
  private async showConflict(error: CpError, rule: string | undefined): Promise<boolean> {
    const structure = this.structure;
    if (!structure) return false;
    const server = await this.session.client!.getStructure(structure.idStructureCPP);
    if (this.view === 'edit') {
      this.outcomes.refused(error, rule);
      this.conflict = server;
      return true;
    }
    this.structure = server;
    this.draft = editDraftOf(server);
    return false;
  }
}

if (!customElements.get('cp-structure-manager')) customElements.define('cp-structure-manager', CpStructureManager);

declare global {
  interface HTMLElementTagNameMap {
    'cp-structure-manager': CpStructureManager;
  }
}
