import { html, nothing, type TemplateResult } from 'lit';
import type { Attachment } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { AttachmentDetail } from '../cp-attachment-manager/cp-attachment-manager.js';
import { renderField } from '../shared/field.js';
import { t } from './messages.js';

/** What the RIB file field shows and changes. */
export interface RibFileView {
  /** The chosen attachment's id as text ('' when none). */
  chosen: string;
  /** The structure's attachments (STR-7), the RIB file is one of them (BNK-1). */
  attachments: readonly Attachment[];
  structureId: number;
  locale: Locale;
  error: string;
  /** Whether the structure's attachment manager is open below the field. */
  panelOpen: boolean;
  headingLevel: number;
  onChoose: (id: string) => void;
  /** Opens or closes the panel; the opener loads `<cp-attachment-manager>` on first use. */
  onTogglePanel: () => void;
  onUploaded: (attachment: Attachment) => void;
}

/**
 * BNK-1: the RIB file, required, chosen among the structure's pièces jointes; a button opens the
 * structure's `<cp-attachment-manager>` below (its checks, progress, cancel and retry, PJ-1..3), and a
 * file added there is chosen at once. RIB-typed attachments come first. The host of the field loads
 * the manager when the panel opens (see `onTogglePanel`).
 */
export function renderRibFile(view: RibFileView): TemplateResult {
  const { locale } = view;
  const sorted = [...view.attachments].sort(
    (a, b) => Number(b.pieceJointeTypeCode === 'RIB') - Number(a.pieceJointeTypeCode === 'RIB'),
  );
  return html`<div>
    ${renderField({
      id: 'f-file',
      label: t(locale, 'file'),
      hint: sorted.length > 0 ? t(locale, 'fileHint') : `${t(locale, 'fileHint')} ${t(locale, 'noFiles')}`,
      error: view.error,
      required: true,
      locale,
      control: (
        describedBy,
        invalid,
      ) => html`<select class="cp-field__input" part="input" id="f-file" required aria-describedby=${describedBy} aria-invalid=${invalid ? 'true' : 'false'} @change=${(e: Event) => view.onChoose((e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${view.chosen === ''}>${t(locale, 'fileNone')}</option>
        ${sorted.map((a) => html`<option value=${String(a.pieceJointeId)} ?selected=${String(a.pieceJointeId) === view.chosen}>${t(locale, 'fileOption', { designation: a.pieceJointeDesignation, name: a.pieceJointeNom })}</option>`)}
      </select>`,
    })}
    <div class="actions">
      <button type="button" class="secondary" aria-expanded=${view.panelOpen ? 'true' : 'false'} aria-controls="attach-panel" @click=${view.onTogglePanel}>
        ${t(locale, view.panelOpen ? 'attachClose' : 'attachOpen')}
      </button>
    </div>
    ${
      view.panelOpen
        ? html`<div class="attach-panel" id="attach-panel" part="attach-panel">
          <cp-attachment-manager
            lang=${locale}
            owner="structure"
            structure-id=${view.structureId}
            heading-level=${Math.min(6, view.headingLevel + 1)}
            @cp-attachment-uploaded=${(e: CustomEvent<AttachmentDetail>) => view.onUploaded(e.detail.attachment)}
          ></cp-attachment-manager>
        </div>`
        : nothing
    }
  </div>`;
}
