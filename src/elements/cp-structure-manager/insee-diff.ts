import { html, type TemplateResult } from 'lit';
import type { InseeFields, PostalAddress } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/** A postal address on one line. */
const addressLine = (a: PostalAddress): string =>
  [a.adresse, a.complementAdresse1, a.complementAdresse2, `${a.codePostal} ${a.ville}`, a.pays]
    .filter(Boolean)
    .join(', ');

/** The INSEE fields before and after an update from INSEE (STR-3): the identifier may change. */
export function renderInseeDiff(avant: InseeFields, apres: InseeFields, locale: Locale): TemplateResult {
  const rows = [
    ['identifiantStructure', avant.identifiantStructure, apres.identifiantStructure],
    ['designationStructure', avant.designationStructure, apres.designationStructure],
    ['adresse', addressLine(avant.adresse), addressLine(apres.adresse)],
  ] as const;
  return html`<table class="diff" part="insee-diff">
    <caption>${t(locale, 'inseeDiffCaption')}</caption>
    <thead>
      <tr><th scope="col">${t(locale, 'field')}</th><th scope="col">${t(locale, 'inseeBefore')}</th><th scope="col">${t(locale, 'inseeAfter')}</th></tr>
    </thead>
    <tbody>
      ${rows.map(([field, before, after]) => html`<tr><th scope="row">${t(locale, field)}</th><td>${before}</td><td>${after}</td></tr>`)}
    </tbody>
  </table>`;
}
