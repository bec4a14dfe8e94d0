import { html, nothing, type TemplateResult } from 'lit';
import type { RattachementView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { formatInstantDate } from '../shared/date-text.js';
import { t } from './messages.js';
import { serviceText, validityText } from './rattachement-columns.js';

/**
 * "Visualiser la demande" (RAT-1): the request of a rattachement as a description list: when it was
 * asked, level, services (code and libellé), validity, comment, status, and the decision once a
 * manager took it (date, who, comment). Every value is text (X-4).
 */
export function renderRequestView(row: RattachementView, locale: Locale): TemplateResult {
  const item = (label: string, value: TemplateResult | string) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const none = t(locale, 'noneText');
  const services =
    row.niveau === 'SERVICES'
      ? html`<ul>${row.idServices.map((_, index) => html`<li>${serviceText(row, index)}</li>`)}</ul>`
      : t(locale, 'wholeStructure');
  const pending = row.statutRattachement === 'EN_COURS_DE_VALIDATION';
  return html`<section part="request-view" aria-labelledby="rv-title">
    <h3 id="rv-title" tabindex="-1">${t(locale, 'requestViewTitle', { name: row.designationStructure })}</h3>
    <dl class="request-view">
      ${item(t(locale, 'identifiant'), row.identifiantStructure)} ${item(t(locale, 'requestDate'), formatInstantDate(row.dateCreation))}
      ${item(t(locale, 'niveau'), t(locale, row.niveau))} ${item(t(locale, 'services'), services)}
      ${item(t(locale, 'validite'), validityText(row, locale))} ${item(t(locale, 'requestComment'), row.commentaire ?? none)}
      ${item(t(locale, 'decision'), pending ? t(locale, 'awaitingDecision') : t(locale, row.statutRattachement))}
      ${
        pending
          ? nothing
          : html`${item(t(locale, 'decisionDate'), row.dateDecision ? formatInstantDate(row.dateDecision) : none)}
            ${item(t(locale, 'decideur'), row.decideur ?? none)}
            ${item(t(locale, 'decisionComment'), row.commentaireDecision ?? none)}`
      }
    </dl>
  </section>`;
}
