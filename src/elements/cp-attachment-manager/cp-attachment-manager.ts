import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { createAttachmentApi } from '../../client/attachment-api.js';
import { CpError, isCpError, type AttachmentApi, type AttachmentScope } from '../../client/index.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import {
  ALLOWED_EXTENSIONS,
  MAX_PAGE_SIZE,
  type Attachment,
  type AttachmentType,
  type AttachmentTypeCode,
  type Bilingual,
} from '../../domain/schemas/index.js';
import { bilingual } from '../../i18n/bilingual.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from '../shared/client-controller.js';
import '../shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../shared/cp-confirm-dialog.js';
import '../shared/cp-data-table.js';
import type { DataTableColumn, RowActivateDetail, SelectionChangeDetail } from '../shared/cp-data-table.js';
import type { FieldError } from '../shared/cp-error-summary.js';
import { saveBlob } from '../shared/download.js';
import { fire } from '../shared/events.js';
import { fieldStyles } from '../shared/field.js';
import { formatFileSize } from '../shared/file-size.js';
import { renderNotice as renderNoticeView } from '../shared/notice.js';
import { renderReadFailure } from '../shared/refusal.js';
import { isLoadedFor, loadedFor, renderRefreshing } from '../shared/render-refreshing.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { tokens } from '../shared/tokens.js';
import { focusOutcome } from '../shared/write-controller.js';
import { renderAddForm, type AddField } from './add-form.js';
import { renderDetail, type DetailDraft } from './attachment-detail.js';
import { precheckFile, type FileRefusal } from './file-precheck.js';
import { ruleRefs, t, type MessageKey } from './messages.js';
import { styles } from './styles.js';
import { attemptFor, percentOf, type UploadAttempt, type UploadState } from './upload-state.js';

export type {
  AttachmentBeforeUploadDetail,
  AttachmentDetail,
  AttachmentsDetail,
  CpAttachmentManagerEventMap,
} from './events.js';

const ADD_FIELDS: readonly AddField[] = ['file', 'designation', 'type'];

/** A problem shown next to a field of the add form: a catalogue key, a file refused before upload, or the server's text. */
type Issue = { key: MessageKey } | { refusal: FileRefusal } | { text: Bilingual };

/** A message above the list. */
interface Notice {
  kind: 'success' | 'error' | 'info';
  key: MessageKey;
  params?: Record<string, string>;
  message?: Bilingual;
}

/** What the element shows once loaded. */
interface Loaded {
  types: AttachmentType[];
  rows: Attachment[];
  /** Whether the user may add, edit and delete (always for his own; managers only for a structure, STR-7). */
  canWrite: boolean;
  /** The structure's name in structure mode. */
  structureName?: string;
}

/** The server's field names of an upload refusal, mapped to the add form's fields. */
const SERVER_FIELDS: Record<string, AddField> = {
  fichier: 'file',
  contenu: 'file',
  nomFichier: 'file',
  pieceJointeDesignation: 'designation',
  pieceJointeTypeCode: 'type',
};

/**
 * Pièces jointes (SPEC §9, PJ-1..3) of the user of the surrounding `<cp-session>`, or of a structure
 * (STR-7) with `owner="structure" structure-id="…"`.
 *
 * - Add (PJ-1): a file from the picker (the keyboard path) or dropped on the zone, a désignation and a
 *   type from the list. A file over 4 MB (4 × 1024 × 1024 bytes) or of an extension outside Chorus
 *   Pro's list (PJ-2) is refused before anything is sent, with the reason; the server's refusals (e.g.
 *   content that does not match its extension) are shown the same way, next to the field and in the
 *   error summary.
 * - Upload (PJ-3) with a progress bar and its text, a cancel button, and a retry that reuses the
 *   Idempotency-Key of the failed attempt, so an upload the server did accept is never added twice (X-5).
 * - List in a `cp-data-table`: file name (text, X-4), désignation, type, size (localised), date
 *   (dd/mm/yyyy, X-6); "Gérer" opens one attachment to edit its désignation and type (a 409 keeps the
 *   input and offers to reload or overwrite, ACC-7), download it or delete it after confirmation.
 *   Several selected rows download as one ZIP or are deleted together after confirmation.
 * - Structure members who do not manage it read and download only, and are told why and who can act (X-8).
 *
 * @tag cp-attachment-manager
 * @attr owner - `user` (default: the user's own attachments) or `structure` (STR-7, with `structure-id`).
 * @attr structure-id - The structure's `idStructureCPP` when `owner="structure"`.
 * @attr heading-level - Level of the element's title (2 by default; parts use the next level).
 * @attr lang - Language of the element (`fr` or `en`); default: an ancestor's `lang`, else the page locale.
 *
 * @fires {CustomEvent<AttachmentBeforeUploadDetail>} cp-before-attachment-upload - Cancelable, before a file is sent; `detail`: `{ file, pieceJointeDesignation, pieceJointeTypeCode }`.
 * @fires {CustomEvent<AttachmentDetail>} cp-attachment-uploaded - A file was added; `detail.attachment`.
 * @fires {CustomEvent<AttachmentDetail>} cp-before-attachment-update - Cancelable, before an edit is saved; `detail.attachment` as it will be sent.
 * @fires {CustomEvent<AttachmentDetail>} cp-attachment-updated - An edit was saved; `detail.attachment`.
 * @fires {CustomEvent<AttachmentsDetail>} cp-before-attachments-delete - Cancelable, before a deletion; `detail.attachments`.
 * @fires {CustomEvent<AttachmentsDetail>} cp-attachments-deleted - Attachments were deleted; `detail.attachments`.
 *
 * @csspart title - The element's title.
 * @csspart add-form - The add form.
 * @csspart drop-zone - The zone a file can be dropped on.
 * @csspart field - Each input group (also `label`, `hint`, `error`, `input`).
 * @csspart progress - The upload progress block.
 * @csspart notice - Messages (added, cancelled, failed, deleted…).
 * @csspart table - The `cp-data-table`.
 * @csspart detail - The panel of one attachment.
 * @csspart actions - The retry button after a failed read.
 *
 * @cssprop --cp-color-primary - Buttons, progress bar (see tokens).
 * @cssprop --cp-color-error - Errors, delete buttons.
 * @cssprop --cp-color-success - Success notices.
 * @cssprop --cp-spacing - Base spacing.
 */
export class CpAttachmentManager extends LitElement {
  static override styles = [tokens, fieldStyles, styles];

  private readonly i18n = new LocaleController(this);
  // Another user's attachments, or another structure's: the file, ticks and edits of the last one go (X-7).
  private readonly session = new ClientController(this, [createAttachmentApi, createRattachementApi]).forgetOnChange(
    () => this.forget(),
    () => [this.scopeOf().idStructureCPP],
  );

  /** Whose attachments: the user's own (`user`) or a structure's (`structure`, STR-7). */
  @property() owner: 'user' | 'structure' = 'user';
  /** The structure's id when `owner="structure"`. */
  @property({ type: Number, attribute: 'structure-id' }) structureId: number | undefined;
  /** Level of the element's title; parts use the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  @state() private file: File | undefined;
  @state() private designation = '';
  @state() private type: AttachmentTypeCode | '' = '';
  @state() private issues: Partial<Record<AddField, Issue>> = {};
  /** The error summary lists the problems once the user has tried to add (not while he picks a file). */
  @state() private submitted = false;
  @state() private upload: UploadState | undefined;
  @state() private notice: Notice | undefined;
  @state() private dragOver = false;
  @state() private selected: Attachment[] = [];
  /** The attachment open in the detail panel, its draft and the server's version after a 409. */
  @state() private openId: number | undefined;
  @state() private draft: DetailDraft | undefined;
  @state() private conflict: Attachment | undefined;
  @state() private busy = false;

  /** The last upload tried, kept until it succeeds so a retry reuses its Idempotency-Key (X-5). */
  private lastAttempt: UploadAttempt | undefined;

  private readonly loader = new Task(this, {
    task: async ([client, , owner, structureId]): Promise<Loaded | undefined> => {
      if (!client) return undefined;
      const scope = this.scopeOf(owner, structureId);
      const [types, page] = await Promise.all([
        client.listAttachmentTypes(),
        client.listAttachments({ ...scope, pageSize: MAX_PAGE_SIZE }),
      ]);
      if (scope.idStructureCPP === undefined)
        return loadedFor({ types, rows: page.items, canWrite: true }, client, scope.idStructureCPP);
      const mine = await client.listMyRattachements({ statut: 'VALIDEE', pageSize: MAX_PAGE_SIZE });
      const membership = mine.items.find((r) => r.idStructureCPP === scope.idStructureCPP && r.enVigueur);
      const canWrite = membership?.role === 'GESTIONNAIRE_PRINCIPAL' || membership?.role === 'GESTIONNAIRE_SECONDAIRE';
      return loadedFor(
        {
          types,
          rows: page.items,
          canWrite,
          ...(membership ? { structureName: membership.designationStructure } : {}),
        },
        client,
        scope.idStructureCPP,
      );
    },
    args: () => [this.session.client, this.session.revision, this.owner, this.structureId] as const,
  });

  /**
   * Puts the element back as it starts, for another owner (X-7): the file chosen to add, its
   * designation and type, the ticked and the opened attachments, the edit and the messages were the
   * last owner's (a confirmation still open leaves with the list, while the next one loads).
   */
  private forget(): void {
    this.file = undefined;
    this.designation = '';
    this.type = '';
    this.issues = {};
    this.submitted = false;
    this.upload = undefined;
    this.lastAttempt = undefined;
    this.selected = [];
    this.closeDetail();
    this.notice = undefined;
  }

  private get locale(): Locale {
    return this.i18n.locale;
  }

  /** The attachments' owner as the client takes it. */
  private scopeOf(owner = this.owner, structureId = this.structureId): AttachmentScope {
    return owner === 'structure' && structureId !== undefined ? { idStructureCPP: structureId } : {};
  }

  override render() {
    const locale = this.locale;
    return renderRefreshing(
      this.loader,
      {
        initial: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        pending: () => html`<p role="status">${t(locale, 'loading')}</p>`,
        complete: (loaded) => (loaded ? this.renderLoaded(loaded) : html`<p>${t(locale, 'noSession')}</p>`),
        error: (error) => renderReadFailure(error, locale, t, () => this.session.refresh()),
      },
      // The same user's attachments of the same owner: not those of another structure.
      (last) => isLoadedFor(last, this.session.client, this.scopeOf().idStructureCPP),
    );
  }

  /** A heading of the host page's outline level (`heading-level` + `offset`). */
  private heading(text: string, id: string, offset = 0, className = 'title'): TemplateResult {
    const level = Math.min(6, Math.max(1, (Math.trunc(this.headingLevel) || 2) + offset));
    return html`<p class=${className} part=${offset === 0 ? 'title' : nothing} role="heading" aria-level=${level} id=${id} tabindex="-1">${text}</p>`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    const locale = this.locale;
    const title = loaded.structureName
      ? t(locale, 'titleStructure', { name: loaded.structureName })
      : t(locale, 'title');
    const open = loaded.rows.find((row) => row.pieceJointeId === this.openId);
    return html`<section aria-labelledby="pj-title">
      ${this.heading(title, 'pj-title')}
      ${loaded.canWrite ? this.renderAddForm(loaded.types) : html`<div class="notice notice--info" role="note"><p>${t(locale, 'readOnly')}${renderRuleRef(ruleRefs.readOnly, locale)}</p></div>`}
      ${this.renderNotice()}
      ${this.renderTable(loaded)}
      ${
        open && this.draft
          ? renderDetail({
              attachment: open,
              types: loaded.types,
              draft: this.draft,
              conflict: this.conflict,
              canWrite: loaded.canWrite,
              busy: this.busy,
              locale,
              headingLevel: Math.min(6, (Math.trunc(this.headingLevel) || 2) + 1),
              onDraft: (patch) => (this.draft = { ...this.draft!, ...patch }),
              onSave: () => void this.saveEdit(open, open.version),
              onOverwrite: () => this.conflict && void this.saveEdit(open, this.conflict.version),
              onReload: () => this.reloadFromServer(),
              onDownload: () => void this.download([open]),
              onDelete: () => void this.deleteRows([open]),
              onClose: () => this.closeDetail(),
            })
          : nothing
      }
      <cp-confirm-dialog></cp-confirm-dialog>
    </section>`;
  }

  private renderAddForm(types: AttachmentType[]): TemplateResult {
    return renderAddForm({
      locale: this.locale,
      headingLevel: this.headingLevel,
      types,
      file: this.file,
      designation: this.designation,
      type: this.type,
      dragOver: this.dragOver,
      upload: this.upload,
      issueText: (field) => this.issueText(field),
      summary: this.summaryErrors(),
      focusField: (field) => this.focusField(field),
      onSubmit: (event) => this.onSubmit(event),
      onPick: (event) => this.onPick(event),
      onDragOver: (event) => this.onDragOver(event),
      onDragLeave: () => (this.dragOver = false),
      onDrop: (event) => this.onDrop(event),
      onEdit: (field, value) => this.edit(field, value),
      onRetry: (attempt) => void this.send(attempt),
    });
  }

  private renderNotice(): TemplateResult | typeof nothing {
    const notice = this.notice;
    return renderNoticeView(
      notice && {
        kind: notice.kind,
        text: (locale) => t(locale, notice.key, { ...notice.params, message: notice.message?.[locale] ?? '' }),
      },
      this.locale,
    );
  }

  private renderTable(loaded: Loaded): TemplateResult {
    const locale = this.locale;
    const typeLabel = (code: string) =>
      loaded.types.find((type) => type.codeTypePieceJointe === code)?.libelleTypePieceJointe[locale] ?? code;
    const columns: DataTableColumn<Attachment>[] = [
      { key: 'pieceJointeNom', label: t(locale, 'colName'), sortable: true },
      { key: 'pieceJointeDesignation', label: t(locale, 'colDesignation'), sortable: true },
      {
        key: 'pieceJointeTypeCode',
        label: t(locale, 'colType'),
        sortable: true,
        value: (row) => typeLabel(row.pieceJointeTypeCode),
      },
      {
        key: 'taille',
        label: t(locale, 'colSize'),
        sortable: true,
        render: (row) => formatFileSize(row.taille, locale),
      },
      { key: 'dateAjout', label: t(locale, 'colDate'), sortable: true, type: 'date' },
    ];
    const count = this.selected.length;
    return html`<cp-data-table
      part="table"
      .columns=${columns}
      .rows=${loaded.rows}
      .rowKey=${(row: Attachment) => String(row.pieceJointeId)}
      caption=${t(locale, 'listTitle')}
      selectable
      row-action-label=${t(locale, 'open')}
      csv-filename=${t(locale, 'csvName')}
      @cp-table-selection-changed=${(event: CustomEvent<SelectionChangeDetail<Attachment>>) => (this.selected = event.detail.rows)}
      @cp-table-row-activated=${(event: CustomEvent<RowActivateDetail<Attachment>>) => void this.openDetail(event.detail.row)}
    >
      <span slot="empty">${t(locale, 'empty')}</span>
      ${
        count > 0
          ? html`<span slot="actions" class="actions">
            <button type="button" class="secondary" ?disabled=${this.busy} @click=${() => void this.download(this.selected)}>${t(locale, 'downloadSelected')}</button>
            ${
              loaded.canWrite
                ? html`<button type="button" class="danger" ?disabled=${this.busy} @click=${() => void this.deleteRows(this.selected)}>${t(locale, 'deleteSelected')}</button>`
                : nothing
            }
          </span>`
          : nothing
      }
    </cp-data-table>`;
  }

  // ---- the add form ----

  private issueText(field: AddField): string {
    const issue = this.issues[field];
    if (!issue) return '';
    if ('text' in issue) return issue.text[this.locale];
    return 'refusal' in issue ? this.refusalText(issue.refusal) : t(this.locale, issue.key);
  }

  private summaryErrors(): FieldError[] {
    if (!this.submitted) return [];
    const labels: Record<AddField, MessageKey> = { file: 'file', designation: 'designation', type: 'type' };
    return ADD_FIELDS.filter((field) => this.issues[field]).map((field) => ({
      field,
      label: t(this.locale, labels[field]),
      message: this.issueText(field),
    }));
  }

  private focusField(field: AddField): void {
    this.renderRoot.querySelector<HTMLElement>(`#f-${field}`)?.focus();
  }

  private edit(field: 'designation' | 'type', value: string): void {
    if (field === 'designation') this.designation = value;
    else this.type = value as AttachmentTypeCode | '';
    this.clearIssue(field);
  }

  private clearIssue(field: AddField): void {
    if (!this.issues[field]) return;
    const { [field]: _fixed, ...rest } = this.issues;
    this.issues = rest;
  }

  /** PJ-1, PJ-2: takes a file from the picker or the drop zone, refusing it at once when too large or of a refused type. */
  private choose(file: File | undefined): void {
    this.file = file;
    this.notice = undefined;
    const refusal = file ? precheckFile(file) : undefined;
    if (refusal) this.issues = { ...this.issues, file: { refusal } };
    else this.clearIssue('file');
  }

  /** PJ-1, PJ-2: why a file is refused before upload, with its size or extension, in the current language. */
  private refusalText(refusal: FileRefusal): string {
    const locale = this.locale;
    if (refusal.reason === 'empty') return t(locale, 'emptyFile');
    if (refusal.reason === 'too_large') {
      const bytes = (n: number) => n.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB');
      return t(locale, 'tooLarge', {
        bytes: bytes(refusal.size),
        max: formatFileSize(refusal.max, locale),
        maxBytes: bytes(refusal.max),
      });
    }
    if (!refusal.extension) return t(locale, 'noExtension');
    return t(locale, 'badExtension', {
      extension: `.${refusal.extension.toLowerCase()}`,
      types: ALLOWED_EXTENSIONS.join(', '),
    });
  }

  private onPick(event: Event): void {
    this.choose((event.target as HTMLInputElement).files?.[0]);
  }

  private onDragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragOver = true;
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragOver = false;
    const file = event.dataTransfer?.files[0];
    if (file) this.choose(file);
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    void this.submit();
  }

  /** Checks the form (PJ-1, PJ-2) and sends the file; problems go next to the fields and in the summary, focus on the first. */
  private async submit(): Promise<void> {
    const issues: Partial<Record<AddField, Issue>> = {};
    const refusal = this.file ? precheckFile(this.file) : undefined;
    if (!this.file) issues.file = { key: 'fileRequired' };
    else if (refusal) issues.file = { refusal };
    if (this.designation.trim() === '') issues.designation = { key: 'required' };
    if (this.type === '') issues.type = { key: 'required' };
    this.notice = undefined;
    if (Object.keys(issues).length > 0) {
      await this.showIssues(issues);
      return;
    }
    this.issues = {};
    this.submitted = false;
    const attempt = attemptFor(this.lastAttempt, this.file!, this.designation.trim(), this.type as AttachmentTypeCode);
    await this.send(attempt);
  }

  private async showIssues(issues: Partial<Record<AddField, Issue>>): Promise<void> {
    this.issues = issues;
    this.submitted = true;
    await this.updateComplete;
    await this.renderRoot.querySelector('cp-error-summary')?.updateComplete;
    const first = ADD_FIELDS.find((field) => issues[field]);
    if (first) this.focusField(first);
  }

  /** PJ-3, X-5: sends one attempt with its Idempotency-Key, following its progress; cancel aborts it. */
  private async send(attempt: UploadAttempt): Promise<void> {
    const client = this.session.client;
    if (!client || this.upload?.phase === 'sending') return;
    const detail = {
      file: attempt.file,
      pieceJointeDesignation: attempt.designation,
      pieceJointeTypeCode: attempt.type,
    };
    if (!fire(this, 'cp-before-attachment-upload', detail, { cancelable: true })) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return this.focusOutcome();
    }
    this.lastAttempt = attempt;
    const controller = new AbortController();
    this.upload = { phase: 'sending', attempt, percent: 0, controller };
    // The add button is disabled while the file goes: focus follows the progress and its cancel button.
    await this.focusOutcome();
    try {
      const added = await client.uploadAttachment(
        {
          ...this.scopeOf(),
          file: attempt.file,
          pieceJointeDesignation: attempt.designation,
          pieceJointeTypeCode: attempt.type,
        },
        {
          idempotencyKey: attempt.key,
          signal: controller.signal,
          onProgress: ({ loaded, total }) => {
            if (this.upload?.phase === 'sending')
              this.upload = { ...this.upload, percent: percentOf(loaded, total, attempt.file.size) };
          },
        },
      );
      this.uploaded(added);
      await this.focusOutcome();
      fire(this, 'cp-attachment-uploaded', { attachment: added });
    } catch (error) {
      await this.uploadFailed(attempt, error);
    }
  }

  /** Focus on the upload's progress, failure or cancel while it is shown, else on the message; never on the page. */
  private async focusOutcome(): Promise<void> {
    await this.updateComplete;
    const progress = this.renderRoot.querySelector<HTMLElement>('[part~="progress"]');
    if (progress) progress.focus();
    else await focusOutcome(this, '#pj-title');
  }

  private uploaded(added: Attachment): void {
    this.lastAttempt = undefined;
    this.upload = undefined;
    this.file = undefined;
    this.designation = '';
    this.type = '';
    const input = this.renderRoot.querySelector<HTMLInputElement>('#f-file');
    if (input) input.value = '';
    this.notice = { kind: 'success', key: 'added', params: { name: added.pieceJointeNom } };
  }

  private async uploadFailed(attempt: UploadAttempt, error: unknown): Promise<void> {
    const failure: CpError | undefined = isCpError(error) ? error : undefined;
    if (failure?.code === 'ABORTED') {
      this.upload = { phase: 'cancelled', attempt };
      return this.focusOutcome();
    }
    const cpError = failure ?? new CpError({ code: 'INTERNAL', text: { fr: String(error), en: String(error) } });
    this.upload = { phase: 'failed', attempt, error: cpError };
    const issues: Partial<Record<AddField, Issue>> = {};
    for (const problem of cpError.fields) {
      const field = SERVER_FIELDS[problem.field];
      if (field && !issues[field]) issues[field] = { text: problem.message };
    }
    if (!cpError.retryable) this.lastAttempt = undefined;
    if (Object.keys(issues).length > 0) await this.showIssues(issues);
    else await this.focusOutcome();
  }

  // ---- one attachment: edit, download, delete ----

  private async openDetail(row: Attachment): Promise<void> {
    this.openId = row.pieceJointeId;
    this.draft = { designation: row.pieceJointeDesignation, type: row.pieceJointeTypeCode as AttachmentTypeCode };
    this.conflict = undefined;
    this.notice = undefined;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#detail-title')?.focus();
  }

  private closeDetail(): void {
    this.openId = undefined;
    this.draft = undefined;
    this.conflict = undefined;
  }

  /** PJ-3: saves désignation and type on `version` (the loaded one, or the server's to overwrite knowingly after a 409). */
  private async saveEdit(row: Attachment, version: number): Promise<void> {
    const client = this.session.client;
    const draft = this.draft;
    if (!client || !draft || this.busy) return;
    if (draft.designation.trim() === '') {
      this.notice = {
        kind: 'error',
        key: 'actionFailed',
        message: bilingual((l) => t(l, 'required')),
      };
      return;
    }
    const planned: Attachment = {
      ...row,
      pieceJointeDesignation: draft.designation.trim(),
      pieceJointeTypeCode: draft.type,
      version,
    };
    if (!fire(this, 'cp-before-attachment-update', { attachment: planned }, { cancelable: true })) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return;
    }
    this.busy = true;
    try {
      const saved = await client.updateAttachment({
        ...this.scopeOf(),
        pieceJointeId: row.pieceJointeId,
        pieceJointeDesignation: planned.pieceJointeDesignation,
        pieceJointeTypeCode: draft.type,
        version,
      });
      this.conflict = undefined;
      this.closeDetail();
      this.notice = { kind: 'success', key: 'saved', params: { name: saved.pieceJointeNom } };
      fire(this, 'cp-attachment-updated', { attachment: saved });
    } catch (error) {
      if (isCpError(error, 'VERSION_CONFLICT')) await this.showConflict(client, row.pieceJointeId);
      else this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** ACC-7 for PJ-3: the attachment changed on the server; the user's input is kept, the server's values shown. */
  private async showConflict(client: AttachmentApi, pieceJointeId: number): Promise<void> {
    try {
      const page = await client.listAttachments({ ...this.scopeOf(), pageSize: MAX_PAGE_SIZE });
      this.conflict = page.items.find((item) => item.pieceJointeId === pieceJointeId);
    } catch (error) {
      this.failed(error);
      return;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#conflict')?.focus();
  }

  private reloadFromServer(): void {
    const server = this.conflict;
    if (!server) return;
    this.draft = { designation: server.pieceJointeDesignation, type: server.pieceJointeTypeCode as AttachmentTypeCode };
    this.conflict = undefined;
    this.session.refresh();
  }

  /** PJ-3: one file as itself, several as one ZIP archive. */
  private async download(rows: readonly Attachment[]): Promise<void> {
    const client = this.session.client;
    if (!client || rows.length === 0) return;
    this.busy = true;
    try {
      if (rows.length === 1)
        saveBlob(
          rows[0]!.pieceJointeNom,
          await client.downloadAttachment({ ...this.scopeOf(), pieceJointeId: rows[0]!.pieceJointeId }),
        );
      else
        saveBlob(
          t(this.locale, 'archiveName'),
          await client.downloadAttachments({ ...this.scopeOf(), ids: rows.map((row) => row.pieceJointeId) }),
        );
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  /** PJ-3, STR-7: deletes one or the selected attachments after the confirmation. */
  private async deleteRows(rows: readonly Attachment[]): Promise<void> {
    const client = this.session.client;
    const dialog = this.renderRoot.querySelector<CpConfirmDialog>('cp-confirm-dialog');
    if (!client || !dialog || rows.length === 0) return;
    const locale = this.locale;
    const one = rows.length === 1;
    const confirmed = await dialog.ask({
      title: one ? t(locale, 'deleteTitle') : t(locale, 'deleteManyTitle', { count: String(rows.length) }),
      message: one
        ? t(locale, 'deleteMessage', { name: rows[0]!.pieceJointeNom })
        : t(locale, 'deleteManyMessage', { names: rows.map((row) => `• ${row.pieceJointeNom}`).join('\n') }),
      confirmLabel: t(locale, 'delete'),
      danger: true,
    });
    if (!confirmed) return;
    if (!fire(this, 'cp-before-attachments-delete', { attachments: rows }, { cancelable: true })) {
      this.notice = { kind: 'info', key: 'vetoed' };
      return;
    }
    this.busy = true;
    try {
      if (one) await client.deleteAttachment({ ...this.scopeOf(), pieceJointeId: rows[0]!.pieceJointeId });
      else await client.deleteAttachments({ ...this.scopeOf(), ids: rows.map((row) => row.pieceJointeId) });
      if (rows.some((row) => row.pieceJointeId === this.openId)) this.closeDetail();
      this.selected = [];
      this.notice = one
        ? { kind: 'success', key: 'deleted', params: { name: rows[0]!.pieceJointeNom } }
        : { kind: 'success', key: 'deletedMany', params: { count: String(rows.length) } };
      fire(this, 'cp-attachments-deleted', { attachments: rows });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#pj-title')?.focus();
    } catch (error) {
      this.failed(error);
    } finally {
      this.busy = false;
    }
  }

  private failed(error: unknown): void {
    this.notice = {
      kind: 'error',
      key: 'actionFailed',
      message: isCpError(error) ? error.text : { fr: String(error), en: String(error) },
    };
  }
}

if (!customElements.get('cp-attachment-manager')) customElements.define('cp-attachment-manager', CpAttachmentManager);

declare global {
  interface HTMLElementTagNameMap {
    'cp-attachment-manager': CpAttachmentManager;
  }
}
