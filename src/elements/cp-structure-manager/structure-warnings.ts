import { html, nothing, type TemplateResult } from 'lit';
import type { Structure } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { t } from './messages.js';

/** Warnings the server attached without refusing (STR-1 sandbox SIRET key, STR-5 code service without active service). */
export function renderWarnings(s: Pick<Structure, 'avertissements'>, locale: Locale): TemplateResult | typeof nothing {
  const notices = s.avertissements ?? [];
  if (notices.length === 0) return nothing;
  return html`<div class="notice notice--warning" part="warnings" role="status">
    <p><strong>${t(locale, 'warningsTitle')}</strong></p>
    <ul>${notices.map((n) => html`<li>${n.message[locale]}${renderRuleRef(n.rule, locale)}</li>`)}</ul>
  </div>`;
}
