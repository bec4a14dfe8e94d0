import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/** What the ACC-7 conflict notice shows and offers. */
export interface StructureConflictView {
  /** The fields the server changed since the user loaded the structure, translated. */
  fields: readonly string[];
  locale: Locale;
  /** Replaces the user's input by the server's values. */
  onReload: () => void;
  /** Sends the user's input over the server's values, knowingly. */
  onOverwrite: () => void;
}

/**
 * ACC-7 on a structure: the modification was refused because the structure changed on the server
 * since it was loaded. The user's input is kept; the notice names what the server changed (applied
 * or pending) and offers to reload the server's values or to overwrite them knowingly.
 */
export function renderStructureConflict(view: StructureConflictView): TemplateResult {
  const { locale, fields } = view;
  return html`<div class="notice notice--warning" part="conflict" role="alert" tabindex="-1" id="conflict">
    <p><strong>${t(locale, 'conflictTitle')}</strong></p>
    <p>${fields.length > 0 ? t(locale, 'conflictFields', { fields: fields.join(', ') }) : t(locale, 'conflictNone')}</p>
    <div class="actions">
      <button type="button" class="secondary" @click=${view.onReload}>${t(locale, 'conflictReload')}</button>
      <button type="button" @click=${view.onOverwrite}>${t(locale, 'conflictOverwrite')}</button>
    </div>
  </div>`;
}
