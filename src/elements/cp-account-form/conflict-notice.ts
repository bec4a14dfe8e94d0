import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { changedFields, type AccountDraft, type DraftField } from './account-draft.js';
import { t } from './messages.js';

/** What the conflict notice of ACC-7 compares and offers. */
export interface ConflictView {
  /** The values the user loaded (the base of the refused save). */
  base: AccountDraft;
  /** The values now on the server. */
  server: AccountDraft;
  /** What the user typed, kept. */
  mine: AccountDraft;
  locale: Locale;
  /** Replaces the user's input by the server's values. */
  onReload: () => void;
  /** Saves the user's input over the server's values, knowingly. */
  onOverwrite: () => void;
}

const shown = (draft: AccountDraft, field: DraftField, locale: Locale): string => {
  const value = draft[field];
  if (typeof value === 'boolean') return t(locale, value ? 'yes' : 'no');
  return value === '' ? t(locale, 'empty') : value;
};

/**
 * ACC-7: the save was refused because the account changed on the server since it was loaded. Lists
 * each field the server changed (server value, loaded value, typed value; text only, X-4) and offers
 * to reload or to overwrite knowingly. Focusable so it can take focus when it appears.
 */
export function renderConflictNotice(view: ConflictView): TemplateResult {
  const { base, server, mine, locale } = view;
  const fields = changedFields(base, server);
  return html`<div class="notice notice--warning" part="conflict" role="alert" tabindex="-1" id="conflict">
    <strong>${t(locale, 'conflictTitle')}</strong>
    <p>${t(locale, 'conflictIntro')}</p>
    ${
      fields.length === 0
        ? html`<p>${t(locale, 'conflictNone')}</p>`
        : html`<ul>
          ${fields.map(
            (field) =>
              html`<li>
                ${t(locale, 'conflictRow', { label: t(locale, field), server: shown(server, field, locale), base: shown(base, field, locale), mine: shown(mine, field, locale) })}
              </li>`,
          )}
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
