import { css, html, nothing, type TemplateResult } from 'lit';
import { IDENTIFIER_TYPE_NAMES } from '../../domain/identifier-type-names.js';
import type { RattachementView, StructureSearchItem, UserAccount } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { definitionListStyles } from '../shared/definition-list-styles.js';
import { t } from './request-messages.js';

/** Layout of the summary: the two blocks side by side when they fit, each a list of label and value. */
export const requestSummaryStyles = [
  definitionListStyles,
  css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(2 * var(--_cp-space));
  }
  .summary .subtitle {
    font-weight: 700;
    margin: var(--_cp-space) 0 0;
  }
  .summary dl {
    margin: 0.5rem 0;
  }
`,
];

/**
 * The two blocks at the top of the portal's request screen (guide 002 §5, 3/4): the structure asked
 * for (type d'identifiant, identifiant, désignation, statut, type) and the user asking (nom, prénom,
 * adresse électronique, statut), so the user checks both before sending. The user block waits for
 * the account (`undefined` while it loads).
 */
export function renderRequestSummary(
  structure: StructureSearchItem,
  account: UserAccount | undefined,
  locale: Locale,
): TemplateResult {
  const row = (label: string, value: string | undefined) =>
    value ? html`<dt>${label}</dt><dd>${value}</dd>` : nothing;
  return html`<div class="summary" part="request-summary">
    <section aria-labelledby="rq-summary-structure">
      <p class="subtitle" id="rq-summary-structure">${t(locale, 'summaryStructure')}</p>
      <dl>
        ${row(t(locale, 'identifierType'), IDENTIFIER_TYPE_NAMES[structure.typeIdentifiantStructure][locale])}
        ${row(t(locale, 'identifier'), structure.identifiantStructure)}
        ${row(t(locale, 'designation'), structure.designationStructure)}
        ${row(t(locale, 'state'), t(locale, structure.statut))}
        ${row(t(locale, 'structureType'), t(locale, structure.typeStructure))}
      </dl>
    </section>
    ${
      account
        ? html`<section aria-labelledby="rq-summary-user">
            <p class="subtitle" id="rq-summary-user">${t(locale, 'summaryUser')}</p>
            <dl>
              ${row(t(locale, 'nom'), account.nom)} ${row(t(locale, 'prenom'), account.prenom)}
              ${row(t(locale, 'email'), account.emailContact ?? account.login)}
              ${row(t(locale, 'state'), t(locale, account.etat))}
            </dl>
          </section>`
        : nothing
    }
  </div>`;
}

/**
 * "Statut du rattachement" next to a scope of the request (guide 002 §5, 3/4): the status of the
 * user's rattachement already covering it (the whole structure, or that service), if any.
 */
export function existingStatus(
  existing: readonly RattachementView[],
  idService: number | undefined,
  locale: Locale,
): TemplateResult | typeof nothing {
  const found = existing.find(
    (r) =>
      r.statutRattachement !== 'SUPPRIMEE' &&
      (idService === undefined
        ? r.niveau === 'STRUCTURE'
        : r.niveau === 'SERVICES' && r.idServices.includes(idService)),
  );
  const status = found?.statutRattachement;
  if (!status || status === 'SUPPRIMEE') return nothing;
  return html` <span class="hint">(${t(locale, 'existingStatus', { status: t(locale, status) })})</span>`;
}
