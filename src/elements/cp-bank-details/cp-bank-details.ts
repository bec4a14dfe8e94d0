import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { createAttachmentApi } from '../../client/attachment-api.js';
import { createBankDetailsApi } from '../../client/bank-details-api.js';
import { isCpError, type RattachementApi } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import { createStructureApi } from '../../client/structure-api.js';
import {
  MAX_PAGE_SIZE,
  type Attachment,
  type BankDetails,
  type FieldProblem,
  type Structure,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import '../cp-iban-input/cp-iban-input.js';
import type { CpIbanChangeDetail, CpIbanInput } from '../cp-iban-input/cp-iban-input.js';
import { partOf } from '../shared/bank-details-check.js';
import { issueMessage } from '../shared/bank-issue-message.js';
import { ClientController } from '../shared/client-controller.js';
import { renderConflictNotice } from '../shared/conflict-notice.js';
import '../shared/cp-data-table.js';
import type { RowActivateDetail } from '../shared/cp-data-table.js';
import '../shared/cp-error-summary.js';
import { saveBlob } from '../shared/download.js';
import { fire } from '../shared/events.js';
import { FieldIssues, type Issue } from '../shared/field-issues.js';
import { fieldStyles, renderField, renderRequiredNote } from '../shared/field.js';
import { formPageStyles as formStyles } from '../shared/form-page-styles.js';
import { renderNotice, type Notice } from '../shared/notice.js';
import { refusalMessage, refusalRule, renderLoadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { noticeOutcomes, WriteController } from '../shared/write-controller.js';
import { conflictChanges } from './bank-conflict.js';
import {
  draftOf,
  emptyDraft,
  FORM_FIELDS,
  inputOf,
  missingFields,
  type BankDraft,
  type FormField,
} from './bank-draft.js';
import { bankFieldRows } from './bank-fields.js';
import { bankDetailsColumns } from './columns.js';
import type { BankDetailsBeforeSaveDetail } from './events.js';
import { renderFactor } from './factor-fieldset.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { renderRibFile } from './rib-file-field.js';
import { formFieldOf } from './server-fields.js';
import { styles } from './styles.js';

export type { BankDetailsBeforeSaveDetail, BankDetailsSavedDetail, CpBankDetailsEventMap } from './events.js';

type View = 'list' | 'detail' | 'create' | 'edit';

/** What the element loads for the structure it shows. */
interface Loaded {
  /** The structure they are about. */
  structureId: number;
  rows: BankDetails[];
  attachments: Attachment[];
  /** The structure's name, when known. */
  structureName: string | undefined;
}

const FIELD_LABELS: Record<FormField, MessageKey> = {
  nom: 'nom',
  account: 'account',
  bic: 'bic',
  file: 'file',
  factorRaisonSociale: 'factorRaisonSociale',
  factorPays: 'factorPays',
  factorIdentifiant: 'factorIdentifiant',
  factorType: 'factorType',
};

/** The rule of each write, named by a refusal whose server gives none (X-8). */
const RULE_OF_ACTION = { create: 'BNK-1', update: 'BNK-5' } as const;

/**
 * Coordonnées bancaires of a structure (SPEC §10, BNK-1..5), built on `<cp-iban-input>`.
 *
 * - List (BNK-5) in a `cp-data-table`: name, type, country, IBAN masked (full on the record's view),
 *   BIC, factor, date; CSV export of the server (X-3). Every screen says that payment on these bank
 *   details is not guaranteed, the contract's bank account prevails (BNK-5).
 * - Record view: every field, the RIB file downloaded through the client (BNK-5).
 * - Add and modify (BNK-1..4): name, the structure (the attribute, or a choice among the structures
 *   the user manages), the account in `<cp-iban-input>` (IBAN of any country with its country, or a
 *   French RIB with its key; the BIC required with an IBAN and of its country, BNK-3), the RIB file
 *   (required) chosen among the structure's pièces jointes or added there through the structure's
 *   `<cp-attachment-manager>`, and "affactureur" revealing the factor's raison sociale, pays,
 *   identifiant and type d'identifiant.
 * - Refusals of the page and of the server are shown next to their field and in a `cp-error-summary`
 *   (the account's and the BIC's, which `<cp-iban-input>` shows under them, one entry each, leading
 *   to the IBAN and to the BIC), focus goes to the first one, the input is kept, and trying the
 *   same write again reuses its Idempotency-Key (X-5). A modification based on a stale version
 *   (409) keeps the input, lists what the server changed and offers to reload or to overwrite
 *   knowingly (ACC-7).
 * - Users who are neither the GP nor holders of "Organisation modification" see the list and the
 *   records only, and are told why and who can help (X-8); the mock refuses their writes too.
 *
 * @tag cp-bank-details
 * @attr structure-id - The structure whose bank details are shown; without it, a choice among the structures the user manages.
 * @attr heading-level - Level of the title (2 by default).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<BankDetailsBeforeSaveDetail>} cp-before-bank-details-save - Cancelable, before a creation or a modification is sent; `detail`: `{ action, idStructureCPP, idCoordonneeBancaire?, input, version? }`. Bubbles, composed.
 * @fires {CustomEvent<BankDetailsSavedDetail>} cp-bank-details-saved - Bank details were recorded; `detail`: `{ action, bankDetails }`. Bubbles, composed.
 *
 * @csspart title - The title.
 * @csspart notice - The message above the screen.
 * @csspart payment-notice - The BNK-5 notice (payment follows the contract's bank account) of the list and the record; the form shows `<cp-iban-input>`'s.
 * @csspart table - The list.
 * @csspart summary - The record's view.
 * @csspart form - The form.
 * @csspart field - Each input group (also `label`, `hint`, `error`, `input`).
 * @csspart account - The `<cp-iban-input>` of the form.
 * @csspart factor - The factor's fieldset.
 * @csspart attach-panel - The structure's attachment manager opened from the form.
 * @csspart conflict - The ACC-7 notice (reload or overwrite).
 * @csspart actions - The buttons.
 *
 * @cssprop --cp-color-primary - Buttons (see tokens).
 * @cssprop --cp-color-error - Errors.
 * @cssprop --cp-color-info - Bar of the notices.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpBankDetails extends LitElement {
  static override styles = [tokens, fieldStyles, formStyles, styles];

  private readonly i18n = new LocaleController(this);
  // Another user, or another `structure-id`: what was open or typed for the last one goes (X-7).
  private readonly session = new ClientController(this, [
    createAttachmentApi,
    createBankDetailsApi,
    createRattachementApi,
    createStructureApi,
  ]).forgetOnChange(
    () => this.forget(),
    () => [this.structureId],
  );

  /** The structure whose bank details are shown; undefined for a choice among the managed structures. */
  @property({ type: Number, attribute: 'structure-id' }) structureId: number | undefined;
  /** Level of the title. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private view: View = 'list';
  /** The structure chosen in the picker (without `structure-id`). */
  @state() private chosenStructure: number | undefined;
  /** The record open in the view or the modification. */
  @state() private record: BankDetails | undefined;
  @state() private draft: BankDraft = emptyDraft();
  /** The entry mode of the account, as `<cp-iban-input>` last reported it. */
  @state() private accountMode: 'iban' | 'rib' = 'iban';
  @state() private notice: Notice | undefined;
  /** A busy read (RIB file download, CSV export). */
  @state() private reading = false;
  /** Whether the account's problem is the server's, said under the account (its own problems `<cp-iban-input>` says itself). */
  @state() private accountRefused = false;
  @state() private attachOpen = false;
  /** The record as the server has it after a refused modification (409, ACC-7). */
  @state() private conflict: BankDetails | undefined;
  /** Changes to re-create the form (a reloaded record replaces the account typed in `<cp-iban-input>`). */
  @state() private formKey = 0;

  /** The problems shown next to the fields and in the summary; focus goes to the first one. */
  private readonly issues = new FieldIssues<FormField>(this, {
    order: FORM_FIELDS,
    label: (field, locale) => t(locale, FIELD_LABELS[field]),
    fieldOf: formFieldOf,
    control: (field) => (field === 'bic' ? (this.ibanInput?.partInput('bic') ?? null) : null),
  });
  /** The writes: host veto, busy, the Idempotency-Key kept for a retry (X-5), refusals, ACC-7, focus on the outcome. */
  private readonly writes = new WriteController<FormField>(this, {
    issues: this.issues,
    ...noticeOutcomes(
      (notice) => (this.notice = notice),
      (locale) => t(locale, 'vetoed'),
    ),
    problems: (problems) => this.serverIssues(problems),
    conflict: () => this.showConflict(),
  });
  /** The modification running, whose record the conflict notice compares with the server's (ACC-7). */
  private conflictOf: Extract<BankDetailsBeforeSaveDetail, { action: 'update' }> | undefined;

  /** The structures the user manages (GP or "Organisation modification"): the picker, and who may write. */
  private readonly managedTask = new Task(this, {
    task: async ([client]): Promise<Structure[]> =>
      client ? (await client.listManagedStructures({ pageSize: MAX_PAGE_SIZE })).items : [],
    args: () => [this.session.client, this.session.revision] as const,
  });

  private readonly loader = new Task(this, {
    task: async ([client, , id]): Promise<Loaded | undefined> => {
      if (!client || id === undefined) return undefined;
      const [page, files] = await Promise.all([
        client.listBankDetails({ idStructureCPP: id, pageSize: MAX_PAGE_SIZE }),
        client.listAttachments({ idStructureCPP: id, pageSize: MAX_PAGE_SIZE }),
      ]);
      const current =
        this.record && page.items.find((b) => b.idCoordonneeBancaire === this.record!.idCoordonneeBancaire);
      if (current && this.view === 'detail') this.record = current;
      const structureName = await this.structureName(client, id);
      return loadedFor({ structureId: id, rows: page.items, attachments: files.items, structureName }, client);
    },
    args: () => [this.session.client, this.session.revision, this.currentStructure] as const,
  });

  private get locale(): Locale {
    return this.i18n.locale;
  }

  /** The structure shown: the attribute's, else the one chosen, else the first one the user manages. */
  private get currentStructure(): number | undefined {
    return this.structureId ?? this.chosenStructure ?? this.managedTask.value?.[0]?.idStructureCPP;
  }

  /** Whether the user may add and modify the structure's bank details (BNK-1, X-2). */
  private get canWrite(): boolean {
    const id = this.currentStructure;
    return this.managedTask.value?.some((s) => s.idStructureCPP === id) ?? false;
  }

  /** Whether a write or a read runs (the buttons wait). */
  private get busy(): boolean {
    return this.reading || this.writes.busy;
  }

  private get ibanInput(): CpIbanInput | null {
    return this.renderRoot.querySelector<CpIbanInput>('#f-account');
  }

  /** The structure's name: from the managed structures, else from the user's rattachements. */
  private async structureName(client: RattachementApi, id: number): Promise<string | undefined> {
    const managed = this.managedTask.value?.find((s) => s.idStructureCPP === id);
    if (managed) return managed.libelleStructure ?? managed.designationStructure;
    const mine = await client.listMyRattachements({ statut: 'VALIDEE', pageSize: MAX_PAGE_SIZE });
    return mine.items.find((r) => r.idStructureCPP === id)?.designationStructure;
  }

  override render() {
    const locale = this.locale;
    if (!this.session.client) return html`<p>${t(locale, 'noSession')}</p>`;
    if (this.managedTask.value && this.currentStructure === undefined)
      return html`${this.heading(undefined)}<p>${t(locale, 'noStructure')}</p>`;
    return renderRefreshing(
      this.loader,
      {
        initial: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        pending: () => this.renderChanging(this.loader.value),
        complete: (loaded) => (loaded ? this.renderLoaded(loaded) : html`<p role="status">${t(locale, 'loading')}</p>`),
        error: (error) => html`${this.heading(undefined)}
          ${renderLoadFailure({
            error,
            locale,
            forbiddenHelp: t(locale, 'forbiddenRead'),
            actions: html`<button type="button" class="secondary" @click=${() => this.session.refresh()}>${t(locale, 'retry')}</button>`,
          })}`,
      },
      (last) => isLoadedFor(last, this.session.client) && last?.structureId === this.currentStructure,
    );
  }

  /**
   * While another structure loads: after a choice in the element's own picker (same user), the
   * picker keeps the focus and the list waits under it, and a form being filled stays with what was
   * typed (only the structure's RIB files wait); else (a first load, another user) the loading status.
   */
  private renderChanging(last: Loaded | undefined): TemplateResult {
    const locale = this.locale;
    if (!last || !isLoadedFor(last, this.session.client) || this.structureId !== undefined)
      return html`<p role="status">${t(locale, 'loading')}</p>`;
    if (this.view === 'create') return this.renderLoaded({ ...last, rows: [], attachments: [] });
    return this.renderLoaded(last, true);
  }

  private heading(loaded: Loaded | undefined): TemplateResult {
    const locale = this.locale;
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const name = loaded?.structureName;
    const text =
      this.view === 'create'
        ? t(locale, 'createTitle')
        : this.view === 'edit' && this.record
          ? t(locale, 'editTitle', { name: this.record.nomCoordonneeBancaire })
          : this.view === 'detail' && this.record
            ? this.record.nomCoordonneeBancaire
            : name
              ? t(locale, 'titleOf', { name })
              : t(locale, 'title');
    return html`<p class="title" part="title" role="heading" aria-level=${level} id="title" tabindex="-1">${text}</p>`;
  }

  /** The view; `waiting`: the list of another structure is loading (its picker stays). */
  private renderLoaded(loaded: Loaded, waiting = false): TemplateResult {
    const writable = this.canWrite;
    const view = waiting ? 'list' : (this.view === 'create' || this.view === 'edit') && !writable ? 'list' : this.view;
    return html`${this.heading(waiting ? undefined : loaded)} ${renderNotice(this.notice, this.locale)}
      ${view === 'create' || view === 'edit' ? nothing : html`<p class="notice" part="payment-notice">${t(this.locale, 'paymentNotice')}</p>`}
      ${
        view === 'create' || view === 'edit'
          ? this.renderForm(loaded)
          : view === 'detail' && this.record
            ? this.renderDetail(this.record, loaded, writable)
            : this.renderList(loaded, writable, waiting)
      }`;
  }

  /** Without `structure-id`: the structures the user manages, to choose from. */
  private renderStructurePicker(): TemplateResult | typeof nothing {
    const managed = this.managedTask.value ?? [];
    if (this.structureId !== undefined || managed.length === 0) return nothing;
    const locale = this.locale;
    return renderField({
      id: 'f-structure',
      label: t(locale, 'structure'),
      hint: t(locale, 'structureHint'),
      required: true,
      locale,
      control: (
        describedBy,
      ) => html`<select class="cp-field__input" part="input" id="f-structure" required aria-describedby=${describedBy} @change=${(e: Event) => this.chooseStructure(Number((e.target as HTMLSelectElement).value))}>
        ${managed.map((s) => html`<option value=${String(s.idStructureCPP)} ?selected=${s.idStructureCPP === this.currentStructure}>${s.libelleStructure ?? s.designationStructure}</option>`)}
      </select>`,
    });
  }

  private chooseStructure(id: number): void {
    this.chosenStructure = id;
    if (this.view === 'create') this.draft = { ...this.draft, pieceJointeId: '' };
    this.issues.clear('file');
  }

  private renderList(loaded: Loaded, writable: boolean, waiting: boolean): TemplateResult {
    const locale = this.locale;
    return html`${this.renderStructurePicker()}
      ${waiting ? html`<p role="status">${t(locale, 'loading')}</p>` : this.renderRows(loaded, writable)}`;
  }

  private renderRows(loaded: Loaded, writable: boolean): TemplateResult {
    const locale = this.locale;
    return html`<div class="actions" part="actions">
        <button
          type="button"
          aria-disabled=${writable ? nothing : 'true'}
          aria-describedby=${writable ? nothing : 'read-only'}
          @click=${() => writable && this.startCreate()}
        >
          ${t(locale, 'create')}
        </button>
      </div>
      ${writable ? nothing : html`<div class="notice notice--info" role="note" id="read-only"><p>${t(locale, 'readOnly')}${renderRuleRef(ruleRefs.readOnly, locale)}</p></div>`}
      <cp-data-table
        part="table"
        lang=${locale}
        .columns=${bankDetailsColumns(locale)}
        .rows=${loaded.rows}
        .rowKey=${(b: BankDetails) => String(b.idCoordonneeBancaire)}
        caption=${t(locale, 'caption')}
        row-action-label=${t(locale, 'consult')}
        csv-filename=""
        @cp-table-row-activated=${(e: CustomEvent<RowActivateDetail<BankDetails>>) => this.open(e.detail.row)}
      >
        <span slot="empty">${t(locale, 'empty')}</span>
        ${
          loaded.rows.length > 0
            ? html`<span slot="actions"><button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.exportCsv()}>${t(locale, 'exportCsv')}</button></span>`
            : nothing
        }
      </cp-data-table>`;
  }

  private renderDetail(b: BankDetails, loaded: Loaded, writable: boolean): TemplateResult {
    const locale = this.locale;
    const fileName = this.fileNameOf(loaded, b.pieceJointeId);
    return html`<dl part="summary">${bankFieldRows(b, locale, (id) => this.fileNameOf(loaded, id)).map((row) => html`<dt>${row.label}</dt><dd>${row.value}</dd>`)}</dl>
      <div class="actions" part="actions">
        <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.download(b, fileName)}>${t(locale, 'download', { name: fileName })}</button>
        ${writable ? html`<button type="button" ?disabled=${this.busy} @click=${() => this.startEdit(b)}>${t(locale, 'modify')}</button>` : nothing}
        <button type="button" class="secondary" @click=${() => void this.go('list')}>${t(locale, 'back')}</button>
      </div>
      ${writable ? nothing : html`<div class="notice notice--info" role="note"><p>${t(locale, 'readOnly')}${renderRuleRef(ruleRefs.readOnly, locale)}</p></div>`}`;
  }

  private fileNameOf(loaded: Loaded, id: number): string {
    return (
      loaded.attachments.find((a) => a.pieceJointeId === id)?.pieceJointeNom ?? t(this.locale, 'fileUnknown', { id })
    );
  }

  private renderForm(loaded: Loaded): TemplateResult {
    const locale = this.locale;
    const editing = this.view === 'edit' ? this.record : undefined;
    const id = this.currentStructure!;
    const accountError = this.accountRefused ? this.issues.text('account', locale) : '';
    return html`${
      this.conflict && editing
        ? renderConflictNotice({
            title: t(locale, 'conflictTitle'),
            intro: t(locale, 'conflictIntro'),
            changes: conflictChanges(
              bankFieldRows(editing, locale, (pj) => this.fileNameOf(loaded, pj)),
              bankFieldRows(this.conflict, locale, (pj) => this.fileNameOf(loaded, pj)),
              locale,
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
              run: () => void this.save(),
            },
          })
        : nothing
    }
      <cp-error-summary lang=${locale} .errors=${this.issues.summaryErrors(locale)} heading-level=${Math.min(6, this.headingLevel + 1)} .focusField=${(field: string) => this.issues.focus(field as FormField)}></cp-error-summary>
      <form part="form" novalidate aria-labelledby="title" @submit=${this.onSubmit}>
        ${renderRequiredNote(locale)}
        <div class="stack">
          ${
            editing || this.structureId !== undefined
              ? html`<div><p class="cp-field__label">${t(locale, 'structure')}</p><p class="readonly-value">${loaded.structureName ?? String(id)}</p></div>`
              : this.renderStructurePicker()
          }
          ${renderField({
            id: 'f-nom',
            label: t(locale, 'nom'),
            hint: t(locale, 'nomHint'),
            error: this.issues.text('nom', locale),
            required: true,
            locale,
            control: (describedBy, invalid) =>
              html`<input class="cp-field__input" part="input" id="f-nom" required maxlength="100" autocomplete="off" aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} .value=${live(this.draft.nom)} @input=${(e: Event) => this.edit({ nom: (e.target as HTMLInputElement).value })} />`,
          })}
          ${keyed(
            this.formKey,
            html`<div class=${accountError ? 'account--error' : ''}>
              <cp-iban-input
                id="f-account"
                lang=${locale}
                part="account"
                required
                payment-note
                ?bic-required=${this.accountMode === 'iban'}
                mode=${editing?.type === 'RIB' ? 'rib' : 'iban'}
                country=${editing?.pays ?? ''}
                value=${editing?.iban ?? ''}
                bic=${editing?.bic ?? ''}
                @cp-iban-input-changed=${(e: CustomEvent<CpIbanChangeDetail>) => this.accountChanged(e.detail)}
              ></cp-iban-input>
              <div id="f-account-messages" aria-live="polite">
                ${accountError ? html`<p class="cp-field__error" part="error"><span><span class="cp-field__prefix">${t(locale, 'errorPrefix')}</span> ${accountError}</span></p>` : nothing}
              </div>
            </div>`,
          )}
          ${renderRibFile({
            chosen: this.draft.pieceJointeId,
            attachments: loaded.attachments,
            structureId: id,
            locale,
            error: this.issues.text('file', locale),
            panelOpen: this.attachOpen,
            headingLevel: this.headingLevel,
            onChoose: (pj) => this.edit({ pieceJointeId: pj }),
            onTogglePanel: () => this.toggleAttachPanel(),
            onUploaded: (attachment) => void this.fileUploaded(attachment),
          })}
          ${renderFactor({ draft: this.draft, locale, errorOf: (field) => this.issues.text(field, locale), onEdit: (patch) => this.edit(patch) })}
        </div>
        <div class="actions" part="actions">
          <button type="submit" ?disabled=${this.writes.busy}>${t(locale, this.writes.busy ? 'saving' : 'save')}</button>
          <button type="button" class="secondary" ?disabled=${this.writes.busy} @click=${() => void this.go(editing ? 'detail' : 'list')}>${t(locale, 'cancel')}</button>
        </div>
      </form>`;
  }

  private edit(patch: Partial<BankDraft>): void {
    this.draft = { ...this.draft, ...patch };
    const touched = Object.keys(patch).map((key) => (key === 'pieceJointeId' ? 'file' : key)) as FormField[];
    this.issues.clear(...touched);
  }

  /**
   * The account or the BIC changed in `<cp-iban-input>`: its mode decides whether the BIC is required
   * (another mode clears the BIC's entry too), the part edited leaves the summary, and a server refusal
   * of the account is cleared.
   */
  private accountChanged(detail: CpIbanChangeDetail): void {
    const edited: FormField[] = [detail.part ?? 'account'];
    if (detail.mode !== this.accountMode) edited.push('bic');
    this.accountMode = detail.mode;
    if (this.accountRefused) {
      this.ibanInput?.setCustomValidity('');
      this.accountRefused = false;
      edited.push('account');
    }
    this.issues.clear(...edited);
  }

  /** Opens or closes the structure's attachment manager, loaded on first use so the list and the record stay small. */
  private toggleAttachPanel(): void {
    this.attachOpen = !this.attachOpen;
    if (this.attachOpen) void import('../cp-attachment-manager/cp-attachment-manager.js');
  }

  private async fileUploaded(attachment: Attachment): Promise<void> {
    this.attachOpen = false;
    this.edit({ pieceJointeId: String(attachment.pieceJointeId) });
    this.notice = { kind: 'success', text: (locale) => t(locale, 'fileAdded', { name: attachment.pieceJointeNom }) };
    await this.updateComplete;
    this.issues.focus('file');
  }

  private open(b: BankDetails): void {
    this.record = b;
    void this.go('detail');
  }

  private startCreate(): void {
    this.record = undefined;
    this.draft = emptyDraft();
    this.accountMode = 'iban';
    void this.go('create');
  }

  private startEdit(b: BankDetails): void {
    this.draft = draftOf(b);
    this.accountMode = b.type === 'RIB' ? 'rib' : 'iban';
    void this.go('edit');
  }

  /** Shows a screen, its title focused; a new form starts from its draft (the account in a new `<cp-iban-input>`). */
  private async go(view: View, keepNotice = false): Promise<void> {
    this.show(view, keepNotice);
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  /** Switches to a screen as it starts: no problems, no conflict, no RIB files' panel, a new form. */
  private show(view: View, keepNotice = false): void {
    this.view = view;
    this.issues.clear();
    this.accountRefused = false;
    this.conflict = undefined;
    this.attachOpen = false;
    this.writes.forget();
    this.formKey += 1;
    if (!keepNotice) this.notice = undefined;
  }

  /**
   * Back to the list, as the element starts, for another user or another `structure-id` (X-7): the
   * record open, the draft and the structure chosen in the picker were the last one's; saving them
   * here would write them to the wrong structure. (A structure chosen in the element's own picker by
   * the same user keeps a form being filled: that is not a change of subject.)
   */
  private forget(): void {
    this.show('list');
    this.chosenStructure = undefined;
    this.record = undefined;
    this.draft = emptyDraft();
    this.accountMode = 'iban';
    this.conflictOf = undefined;
  }

  /**
   * The problems `<cp-iban-input>` shows under its fields, the account's and the BIC's, each its own
   * summary entry (its validators' sentences, FR and EN); without any, the server's refusal of the
   * account that still stands.
   */
  private accountIssues(input: CpIbanInput): Partial<Record<FormField, Issue>> {
    if (input.checkValidity()) return {};
    const issues: Partial<Record<FormField, Issue>> = {};
    for (const issue of input.issues) issues[partOf(issue.field)] ??= (locale) => issueMessage(locale, issue);
    if (Object.keys(issues).length > 0) return issues;
    return { account: this.issues.issue('account') ?? (() => input.validationMessage) };
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.save();
  }

  /** Checks the form (BNK-1..4 as far as the page can), then sends the creation or the modification. */
  private async save(): Promise<void> {
    const client = this.session.client;
    const id = this.currentStructure;
    const account = this.ibanInput;
    if (!client || id === undefined || !account || this.writes.busy) return;
    await account.updateComplete;
    const issues: Partial<Record<FormField, Issue>> = {};
    for (const field of missingFields(this.draft)) issues[field] = (locale) => t(locale, 'required');
    Object.assign(issues, this.accountIssues(account));
    if (Object.keys(issues).length > 0) return this.issues.show(issues);
    const input = inputOf(this.draft, account.details);
    const editing = this.view === 'edit' ? this.record : undefined;
    if (editing) {
      const version = (this.conflict ?? editing).version;
      await this.write(
        { action: 'update', idStructureCPP: id, idCoordonneeBancaire: editing.idCoordonneeBancaire, input, version },
        (key) =>
          client.updateBankDetails(
            { idStructureCPP: id, idCoordonneeBancaire: editing.idCoordonneeBancaire, ...input, version },
            { idempotencyKey: key },
          ),
      );
    } else {
      await this.write({ action: 'create', idStructureCPP: id, input }, (key) =>
        client.createBankDetails({ idStructureCPP: id, ...input }, { idempotencyKey: key }),
      );
    }
  }

  /**
   * Runs a write (`WriteController`): on success the record is shown with the message, which takes
   * focus; a stale modification (409) shows the conflict (ACC-7); a refusal names its rule (X-8).
   */
  private async write(detail: BankDetailsBeforeSaveDetail, run: (key: string) => Promise<BankDetails>): Promise<void> {
    this.conflictOf = detail.action === 'update' ? detail : undefined;
    const rule = RULE_OF_ACTION[detail.action];
    await this.writes.run({ before: 'cp-before-bank-details-save', detail, rule }, async (key) => {
      const saved = await run(key);
      this.record = saved;
      this.notice = {
        kind: 'success',
        text: (locale) =>
          t(locale, detail.action === 'create' ? 'created' : 'updated', { name: saved.nomCoordonneeBancaire }),
      };
      await this.go('detail', true);
      return () => fire(this, 'cp-bank-details-saved', { action: detail.action, bankDetails: saved });
    });
  }

  /** The server's field problems on the form's fields (several on the account are joined); the account is marked invalid. */
  private serverIssues(problems: readonly FieldProblem[]): Partial<Record<FormField, Issue>> {
    const issues = this.issues.fromProblems(problems, { join: true });
    if (issues.account) this.ibanInput?.setCustomValidity(issues.account(this.locale));
    this.accountRefused = issues.account !== undefined;
    return issues;
  }

  /** ACC-7: reads the server's record of the refused modification for the conflict notice. */
  private async showConflict(): Promise<boolean> {
    const client = this.session.client;
    const detail = this.conflictOf;
    if (!client || !detail) return false;
    this.conflict = await client.getBankDetails({
      idStructureCPP: detail.idStructureCPP,
      idCoordonneeBancaire: detail.idCoordonneeBancaire,
    });
    return true;
  }

  /** ACC-7: takes the server's record; the form starts again from it. */
  private reloadFromServer(): void {
    const server = this.conflict;
    if (!server) return;
    this.record = server;
    this.draft = draftOf(server);
    this.accountMode = server.type === 'RIB' ? 'rib' : 'iban';
    this.conflict = undefined;
    this.issues.clear();
    this.accountRefused = false;
    this.formKey += 1;
  }

  /** BNK-5: the RIB file of the record, as a download. */
  private async download(b: BankDetails, fileName: string): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    await this.runAction(async () =>
      saveBlob(
        fileName,
        await client.downloadBankDetailsAttachment({
          idStructureCPP: b.idStructureCPP,
          idCoordonneeBancaire: b.idCoordonneeBancaire,
        }),
      ),
    );
  }

  /** X-3: the structure's bank details as the server's CSV, in the reader's language. */
  private async exportCsv(): Promise<void> {
    const client = this.session.client;
    const id = this.currentStructure;
    if (!client || id === undefined) return;
    await this.runAction(async () =>
      saveBlob(t(this.locale, 'csvName'), await client.exportBankDetailsCsv({ idStructureCPP: id, lang: this.locale })),
    );
  }

  private async runAction(action: () => Promise<void>): Promise<void> {
    this.reading = true;
    this.notice = undefined;
    try {
      await action();
    } catch (error) {
      if (!isCpError(error)) throw error;
      this.notice = { kind: 'error', text: (locale) => refusalMessage(error, locale), rules: refusalRule(error) };
    } finally {
      this.reading = false;
    }
  }
}

if (!customElements.get('cp-bank-details')) customElements.define('cp-bank-details', CpBankDetails);

declare global {
  interface HTMLElementTagNameMap {
    'cp-bank-details': CpBankDetails;
  }
}
