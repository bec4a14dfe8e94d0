import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES, type AttachmentType } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import '../shared/cp-error-summary.js';
import type { FieldError } from '../shared/cp-error-summary.js';
import { renderField, renderRequiredNote } from '../shared/field.js';
import { formatFileSize } from '../shared/file-size.js';
import { renderSelectField } from '../shared/select-field.js';
import { ACCEPT_ATTRIBUTE } from './file-precheck.js';
import { t } from './messages.js';
import type { UploadAttempt, UploadState } from './upload-state.js';

/** A field of the add form. */
export type AddField = 'file' | 'designation' | 'type';

/** What the add form shows and the actions it offers. */
export interface AddFormView {
  locale: Locale;
  headingLevel: number;
  types: readonly AttachmentType[];
  file: File | undefined;
  designation: string;
  type: string;
  dragOver: boolean;
  upload: UploadState | undefined;
  /** The problem shown next to a field, translated ('' when none). */
  issueText: (field: AddField) => string;
  /** What the error summary lists (empty until the user tried to add). */
  summary: FieldError[];
  focusField: (field: AddField) => void;
  onSubmit: (event: Event) => void;
  onPick: (event: Event) => void;
  onDragOver: (event: DragEvent) => void;
  onDragLeave: () => void;
  onDrop: (event: DragEvent) => void;
  onEdit: (field: 'designation' | 'type', value: string) => void;
  onRetry: (attempt: UploadAttempt) => void;
}

/**
 * The add form (PJ-1): the file from the picker (the keyboard path) or dropped on the zone, with the
 * limits as a hint; désignation; type from the list; the error summary; then the upload's progress
 * with cancel, or its cancellation or failure with the retry (PJ-3, X-5).
 */
export function renderAddForm(view: AddFormView): TemplateResult {
  const { locale, types, upload } = view;
  const sending = upload?.phase === 'sending';
  return html`<form part="add-form" novalidate aria-labelledby="add-title" @submit=${view.onSubmit}>
    <fieldset>
      <legend id="add-title">${t(locale, 'addTitle')}</legend>
      ${renderRequiredNote(locale)}
      <cp-error-summary .errors=${view.summary} heading-level=${view.headingLevel + 1} .focusField=${(field: string) => view.focusField(field as AddField)}></cp-error-summary>
      <div
        class="drop"
        part="drop-zone"
        ?data-over=${view.dragOver}
        @dragover=${view.onDragOver}
        @dragleave=${view.onDragLeave}
        @drop=${view.onDrop}
      >
        ${renderField({
          id: 'f-file',
          label: t(locale, 'file'),
          hint: t(locale, 'fileHint', {
            size: formatFileSize(MAX_ATTACHMENT_BYTES, locale),
            types: ALLOWED_EXTENSIONS.join(', '),
          }),
          error: view.issueText('file'),
          required: true,
          locale,
          control: (describedBy, invalid) => html`<input
            class="cp-field__input"
            part="input"
            id="f-file"
            name="file"
            type="file"
            accept=${ACCEPT_ATTRIBUTE}
            required
            ?disabled=${sending}
            aria-describedby="${describedBy} f-file-chosen"
            aria-invalid=${invalid ? 'true' : 'false'}
            @change=${view.onPick}
          />`,
        })}
        <p id="f-file-chosen">
          ${view.file ? t(locale, 'chosen', { name: view.file.name, size: formatFileSize(view.file.size, locale) }) : t(locale, 'noFile')}
          · ${t(locale, 'dropZone')}
        </p>
      </div>
      <div class="grid">
        ${renderField({
          id: 'f-designation',
          label: t(locale, 'designation'),
          error: view.issueText('designation'),
          required: true,
          locale,
          control: (describedBy, invalid) => html`<input
            class="cp-field__input"
            part="input"
            id="f-designation"
            name="designation"
            maxlength="255"
            required
            ?disabled=${sending}
            aria-describedby=${describedBy}
            aria-invalid=${invalid ? 'true' : 'false'}
            .value=${live(view.designation)}
            @input=${(event: Event) => view.onEdit('designation', (event.target as HTMLInputElement).value)}
          />`,
        })}
        ${renderSelectField({
          id: 'f-type',
          name: 'type',
          label: t(locale, 'type'),
          value: view.type,
          options: types.map((type) => ({
            value: type.codeTypePieceJointe,
            label: type.libelleTypePieceJointe[locale],
          })),
          placeholder: t(locale, 'typePlaceholder'),
          error: view.issueText('type'),
          required: true,
          disabled: sending,
          locale,
          onChange: (value) => view.onEdit('type', value),
        })}
      </div>
      <div class="actions">
        <button type="submit" ?disabled=${sending}>${t(locale, 'add')}</button>
      </div>
      ${renderUpload(view)}
    </fieldset>
  </form>`;
}

/** PJ-3: progress with its text and the cancel button; after a cancel or a failure, the retry. */
function renderUpload(view: AddFormView): TemplateResult | typeof nothing {
  const { upload, locale } = view;
  if (!upload) return nothing;
  const name = upload.attempt.file.name;
  if (upload.phase === 'sending') {
    return html`<div class="progress" part="progress" tabindex="-1">
      <p id="progress-text">${t(locale, 'uploading', { name, percent: String(upload.percent) })}</p>
      <progress max="100" .value=${upload.percent} aria-labelledby="progress-text"></progress>
      <div class="actions">
        <button type="button" class="secondary" @click=${() => upload.controller.abort()}>${t(locale, 'cancel')}</button>
      </div>
    </div>`;
  }
  const text =
    upload.phase === 'cancelled'
      ? t(locale, 'cancelled', { name })
      : t(locale, 'uploadFailed', { name, message: upload.error.messageIn(locale) });
  const retryable = upload.phase === 'cancelled' || upload.error.retryable;
  return html`<div class="notice ${upload.phase === 'cancelled' ? 'notice--info' : 'notice--error'}" part="progress" tabindex="-1" role=${upload.phase === 'cancelled' ? 'status' : 'alert'}>
    <p>${text}</p>
    ${retryable ? html`<button type="button" class="secondary" @click=${() => view.onRetry(upload.attempt)}>${t(locale, 'retryUpload')}</button>` : nothing}
  </div>`;
}
