import { html, type TemplateResult } from 'lit';
import type { UserAccount } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { formatInstantDate } from '../shared/date-text.js';
import { t } from './messages.js';

/** An ISO instant as its dd/mm/yyyy day in Paris. */
export const dateOf = (instant: string | undefined, locale: Locale): string =>
  instant ? formatInstantDate(instant) : t(locale, 'noDate');

/** The read-only state of the account (ACC-6): état, creation, activation, deactivation and modification dates. */
export function renderAccountState(account: UserAccount, locale: Locale): TemplateResult {
  return html`<dl part="state">
    <dt>${t(locale, 'etat')}</dt>
    <dd>${t(locale, account.etat === 'ACTIF' ? 'etatACTIF' : 'etatINACTIF')}</dd>
    <dt>${t(locale, 'dateCreation')}</dt>
    <dd>${dateOf(account.dateCreation, locale)}</dd>
    <dt>${t(locale, 'dateActivation')}</dt>
    <dd>${dateOf(account.dateActivation, locale)}</dd>
    <dt>${t(locale, 'dateDesactivation')}</dt>
    <dd>${dateOf(account.dateDesactivation, locale)}</dd>
    <dt>${t(locale, 'dateModification')}</dt>
    <dd>${dateOf(account.dateModification, locale)}</dd>
  </dl>`;
}
