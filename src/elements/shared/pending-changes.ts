import { html, nothing, type TemplateResult } from 'lit';
import type { PendingChange } from '../../domain/schemas/index.js';
import { defineMessages } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { instantText } from './instant-text.js';

const t = defineMessages(
  {
    pendingTitle: 'Modifications en attente',
    pendingItem: '{fields} : prendra effet le {date} à {time}',
  },
  {
    pendingTitle: 'Pending changes',
    pendingItem: '{fields}: takes effect on {date} at {time}',
  },
);

/**
 * The changes accepted but not yet effective (STR-4, SRV-2), each with the fields it changes and
 * the date and time it takes effect. `label` names a changed field in the reader's language.
 */
export function renderPendingChanges(
  changes: readonly PendingChange[],
  locale: Locale,
  label: (field: string, value: unknown) => string,
): TemplateResult | typeof nothing {
  if (changes.length === 0) return nothing;
  return html`<div class="notice notice--info" part="pending" role="status">
    <p><strong>${t(locale, 'pendingTitle')}</strong></p>
    <ul>
      ${changes.map((change) => {
        const fields = Object.entries(change.champs)
          .map(([field, value]) => label(field, value))
          .join(', ');
        return html`<li>${t(locale, 'pendingItem', { fields, ...instantText(change.dateEffet, locale) })}</li>`;
      })}
    </ul>
  </div>`;
}

/** The last change of a write's answer: the one the write added, whose time the element announces. */
export const lastPendingChange = (changes: readonly PendingChange[]): PendingChange | undefined =>
  changes[changes.length - 1];

/**
 * Milliseconds until the first pending change takes effect (at least one second, at most a day),
 * so the element reads again then; undefined without pending change.
 */
export function msUntilNextEffect(changes: readonly PendingChange[], now = Date.now()): number | undefined {
  if (changes.length === 0) return undefined;
  const next = Math.min(...changes.map((c) => new Date(c.dateEffet).getTime()));
  return Math.min(24 * 3600 * 1000, Math.max(1000, next - now + 500));
}

/** Schedules one reload when the next pending change takes effect; returns what cancels it. */
export function reloadAtNextEffect(changes: readonly PendingChange[], reload: () => void): () => void {
  const delay = msUntilNextEffect(changes);
  if (delay === undefined) return () => undefined;
  const timer = setTimeout(reload, delay);
  return () => clearTimeout(timer);
}
