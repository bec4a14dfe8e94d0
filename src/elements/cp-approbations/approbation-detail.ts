import { html, nothing, type TemplateResult } from 'lit';
import type { ApplicationInfo, ApprobationView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/** Writes an ISO instant as dd/mm/yyyy (X-6), in the kit's FR and en-GB orders. */
export function instantDate(iso: string | undefined, locale: Locale): string {
  if (!iso) return t(locale, 'none');
  return new Date(iso).toLocaleDateString(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeZone: 'Europe/Paris' });
}

/**
 * The details of one request (APR-1, APR-2) as a description list: its number ("Approbation pour
 * RITM…"), who asks, for what, on which structure
 * and services, with which comment, and the decision once taken
 * (approver, decision date, comment). Every value is text (X-4).
 */
export function renderApprobationDetail(
  a: ApprobationView,
  applications: readonly ApplicationInfo[],
  locale: Locale,
): TemplateResult {
  const row = (label: string, value: string) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const espace = a.espace
    ? (applications.find((app) => app.application === a.espace)?.libelle[locale] ?? a.espace)
    : undefined;
  return html`<dl part="detail">
    ${row(t(locale, 'detNumero'), a.numero)} ${row(t(locale, 'detDemandeur'), a.demandeur)} ${row(t(locale, 'detLogin'), a.loginDemandeur)}
    ${row(t(locale, 'detType'), t(locale, `type_${a.type}`))} ${row(t(locale, 'detEtat'), t(locale, `etat_${a.etat}`))}
    ${row(t(locale, 'detStructure'), a.identifiantStructure)} ${row(t(locale, 'detRaisonSociale'), a.designationStructure)}
    ${row(t(locale, 'detServices'), a.codesServices.length > 0 ? a.codesServices.join(', ') : t(locale, 'detWholeStructure'))}
    ${espace ? row(t(locale, 'detEspace'), espace) : nothing} ${a.mode ? row(t(locale, 'detMode'), t(locale, `mode_${a.mode}`)) : nothing}
    ${row(t(locale, 'detComment'), a.commentaireDemande ?? t(locale, 'none'))} ${row(t(locale, 'detDate'), instantDate(a.dateCreation, locale))}
    ${
      a.etat === 'DEMANDE'
        ? nothing
        : html`${row(t(locale, 'detDecideur'), a.decideur ?? t(locale, 'none'))} ${row(t(locale, 'detDecisionDate'), instantDate(a.dateDecision, locale))}
        ${row(t(locale, 'detDecisionComment'), a.commentaireDecision ?? t(locale, 'none'))}`
    }
  </dl>`;
}
