import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import type { BankFieldRow } from './bank-fields.js';
import { t } from './messages.js';

/** What the ACC-7 notice of bank details compares and offers. */
export interface BankConflictView {
  /** The record as the user loaded it (the base of the refused modification). */
  base: readonly BankFieldRow[];
  /** The record as the server has it now. */
  server: readonly BankFieldRow[];
  locale: Locale;
  /** Replaces the user's input by the server's values. */
  onReload: () => void;
  /** Sends the user's input over the server's values, knowingly. */
  onOverwrite: () => void;
}

/** The rows whose value differs between the loaded record and the server's (the date aside). */
function changedRows(
  base: readonly BankFieldRow[],
  server: readonly BankFieldRow[],
): { label: string; server: string; base: string }[] {
  const keys = [...new Set([...base, ...server].map((row) => row.key))].filter((key) => key !== 'dateModification');
  const valueOf = (rows: readonly BankFieldRow[], key: string) => rows.find((row) => row.key === key);
  return keys
    .filter((key) => valueOf(base, key)?.value !== valueOf(server, key)?.value)
    .map((key) => {
      const label = (valueOf(server, key) ?? valueOf(base, key))!.label;
      return { label, server: valueOf(server, key)?.value ?? '', base: valueOf(base, key)?.value ?? '' };
    });
}

/**
 * ACC-7 on bank details (BNK-5): the modification was refused because the record changed on the
 * server since it was loaded. The user's input stays in the form; the notice lists what the server
 * changed (its value and the loaded one, as text, X-4) and offers to take the server's values or to
 * save the input over them knowingly. Focusable, so it takes focus when it appears.
 */
export function renderBankConflict(view: BankConflictView): TemplateResult {
  const { locale } = view;
  const rows = changedRows(view.base, view.server);
  const shown = (value: string) => (value === '' ? t(locale, 'empty_value') : value);
  return html`<div class="notice notice--warning" part="conflict" role="alert" tabindex="-1" id="conflict">
    <p><strong>${t(locale, 'conflictTitle')}</strong></p>
    ${
      rows.length === 0
        ? html`<p>${t(locale, 'conflictNone')}</p>`
        : html`<p>${t(locale, 'conflictIntro')}</p>
          <ul>
            ${rows.map((row) => html`<li>${t(locale, 'conflictRow', { label: row.label, server: shown(row.server), base: shown(row.base) })}</li>`)}
          </ul>`
    }
    <div class="actions">
      <button type="button" class="secondary" aria-describedby="reload-hint" @click=${view.onReload}>${t(locale, 'conflictReload')}</button>
      <button type="button" aria-describedby="overwrite-hint" @click=${view.onOverwrite}>${t(locale, 'conflictOverwrite')}</button>
    </div>
    <p class="hint" id="reload-hint">${t(locale, 'conflictReloadHint')}</p>
    <p class="hint" id="overwrite-hint">${t(locale, 'conflictOverwriteHint')}</p>
  </div>`;
}
