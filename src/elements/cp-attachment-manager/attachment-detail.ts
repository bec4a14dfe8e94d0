import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Attachment, AttachmentType, AttachmentTypeCode } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { formatInstantDate } from '../shared/date-text.js';
import { renderField } from '../shared/field.js';
import { formatFileSize } from '../shared/file-size.js';
import { t } from './messages.js';

/** What the user is editing of one attachment (PJ-3). */
export interface DetailDraft {
  designation: string;
  type: AttachmentTypeCode;
}

/** What the detail panel shows and the actions it offers. */
export interface DetailView {
  attachment: Attachment;
  types: readonly AttachmentType[];
  draft: DetailDraft;
  /** The server's attachment after a refused save (409). */
  conflict: Attachment | undefined;
  canWrite: boolean;
  busy: boolean;
  locale: Locale;
  headingLevel: number;
  /** The user changed a field of the draft. */
  onDraft: (patch: Partial<DetailDraft>) => void;
  onSave: () => void;
  onOverwrite: () => void;
  onReload: () => void;
  onDownload: () => void;
  onDelete: () => void;
  onClose: () => void;
}

const typeLabel = (types: readonly AttachmentType[], code: string, locale: Locale): string =>
  types.find((type) => type.codeTypePieceJointe === code)?.libelleTypePieceJointe[locale] ?? code;

/**
 * The panel of one attachment (PJ-3): its name as text (X-4), size and date, désignation and type
 * editable by those who may write, download and delete; after a 409 the server's values next to the
 * kept input, with reload or overwrite (ACC-7).
 */
export function renderDetail(view: DetailView): TemplateResult {
  const { attachment, types, draft, conflict, canWrite, busy, locale } = view;
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <p class="detail-title" role="heading" aria-level=${view.headingLevel} id="detail-title" tabindex="-1">
      ${t(locale, 'detailTitle', { name: attachment.pieceJointeNom })}
    </p>
    <dl>
      <dt>${t(locale, 'colSize')}</dt>
      <dd>${formatFileSize(attachment.taille, locale)}</dd>
      <dt>${t(locale, 'colDate')}</dt>
      <dd>${formatInstantDate(attachment.dateAjout)}</dd>
      ${
        canWrite
          ? nothing
          : html`<dt>${t(locale, 'colDesignation')}</dt>
            <dd>${attachment.pieceJointeDesignation}</dd>
            <dt>${t(locale, 'colType')}</dt>
            <dd>${typeLabel(types, attachment.pieceJointeTypeCode, locale)}</dd>`
      }
    </dl>
    ${
      conflict
        ? html`<div class="notice notice--warning" role="alert" tabindex="-1" id="conflict">
          <strong>${t(locale, 'conflictTitle')}</strong>
          <p>
            ${t(locale, 'conflictRow', {
              designation: conflict.pieceJointeDesignation,
              type: typeLabel(types, conflict.pieceJointeTypeCode, locale),
              mine: draft.designation,
              mineType: typeLabel(types, draft.type, locale),
            })}
          </p>
          <div class="actions">
            <button type="button" class="secondary" ?disabled=${busy} @click=${view.onReload}>${t(locale, 'conflictReload')}</button>
            <button type="button" ?disabled=${busy} @click=${view.onOverwrite}>${t(locale, 'conflictOverwrite')}</button>
          </div>
        </div>`
        : nothing
    }
    ${
      canWrite
        ? html`<div class="grid">
          ${renderField({
            id: 'e-designation',
            label: t(locale, 'designation'),
            required: true,
            locale,
            control: (describedBy) => html`<input
              class="cp-field__input"
              part="input"
              id="e-designation"
              maxlength="255"
              required
              aria-describedby=${describedBy}
              .value=${live(draft.designation)}
              @input=${(event: Event) => view.onDraft({ designation: (event.target as HTMLInputElement).value })}
            />`,
          })}
          ${renderField({
            id: 'e-type',
            label: t(locale, 'type'),
            required: true,
            locale,
            control: (describedBy) => html`<select
              class="cp-field__input"
              part="input"
              id="e-type"
              required
              aria-describedby=${describedBy}
              @change=${(event: Event) => view.onDraft({ type: (event.target as HTMLSelectElement).value as AttachmentTypeCode })}
            >
              ${types.map((type) => html`<option value=${type.codeTypePieceJointe} ?selected=${draft.type === type.codeTypePieceJointe}>${type.libelleTypePieceJointe[locale]}</option>`)}
            </select>`,
          })}
        </div>`
        : nothing
    }
    <div class="actions">
      ${canWrite && !conflict ? html`<button type="button" ?disabled=${busy} @click=${view.onSave}>${t(locale, 'save')}</button>` : nothing}
      <button type="button" class="secondary" ?disabled=${busy} @click=${view.onDownload}>${t(locale, 'download')}</button>
      ${canWrite ? html`<button type="button" class="danger" ?disabled=${busy} @click=${view.onDelete}>${t(locale, 'delete')}</button>` : nothing}
      <button type="button" class="secondary" @click=${view.onClose}>${t(locale, 'close')}</button>
    </div>
  </section>`;
}
