import { html, nothing, type TemplateResult } from 'lit';
import type { Structure } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { renderRuleRef } from '../shared/rule-ref.js';
import { addressLine } from './insee-diff.js';
import { t } from './messages.js';

/** The read-only view of a structure (STR-3 consult): identity, contact, address, status, warnings. */
export function renderStructureSummary(s: Structure, locale: Locale): TemplateResult {
  const yesNo = (value: boolean) => t(locale, value ? 'yes' : 'no');
  const rows: [string, string][] = [
    [t(locale, 'typeIdentifiantStructure'), s.typeIdentifiantStructure],
    [t(locale, 'identifiantStructure'), s.identifiantStructure],
    [t(locale, 'typeStructure'), t(locale, s.typeStructure)],
    [t(locale, 'designationStructure'), s.designationStructure],
    [t(locale, 'libelleStructure'), s.libelleStructure ?? ''],
    [t(locale, 'emailStructure'), s.emailStructure ?? ''],
    [t(locale, 'telephone'), s.telephone ?? ''],
    [t(locale, 'address'), addressLine(s.adresse)],
    [t(locale, 'nonDiffusibleInsee'), yesNo(s.nonDiffusibleInsee)],
    [t(locale, 'statut'), t(locale, s.statut)],
  ];
  return html`<dl part="summary">${rows.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>
    ${renderWarnings(s, locale)}`;
}

/** Warnings the server attached without refusing (STR-1 sandbox key, STR-5 code service without active service). */
export function renderWarnings(s: Pick<Structure, 'avertissements'>, locale: Locale): TemplateResult | typeof nothing {
  const notices = s.avertissements ?? [];
  if (notices.length === 0) return nothing;
  return html`<div class="notice notice--warning" part="warnings" role="status">
    <p><strong>${t(locale, 'warningsTitle')}</strong></p>
    <ul>${notices.map((n) => html`<li>${n.message[locale]}${renderRuleRef(n.rule, locale)}</li>`)}</ul>
  </div>`;
}
