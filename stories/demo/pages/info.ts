/** The portal's own pages around the elements: home (what to try, guided tours), domains, news, support, communication. */
import { html, type TemplateResult } from 'lit';
import { inPageLocale, t } from '../i18n.js';
import { MENU_GROUPS } from '../menus.js';
import type { PageContext } from '../page-context.js';
import { TOURS } from '../tours.js';

/** ACCUEIL: what the portal is, what to try, the guided tours. */
export const homePage = (ctx: PageContext): TemplateResult =>
  html`<p>${t('homeIntro')}</p>
    <h2>${t('whatToTry')}</h2>
    <ul>
      <li>${t('tryWho')}</li>
      <li>${t('tryApprovals')}</li>
      <li>${t('tryClock')}</li>
      <li>${t('tryMail')}</li>
      <li>${t('tryLanguage')}</li>
    </ul>
    <h2 id="tours">${t('toursTitle')}</h2>
    <p>${t('toursIntro')}</p>
    <ul class="portal-tiles">
      ${TOURS.map(
        (tour) =>
          html`<li class="portal-tile">
            <h3>${inPageLocale(tour.title)}</h3>
            <p>${inPageLocale(tour.summary)}</p>
            <button type="button" class="portal-secondary" @click=${() => ctx.startTour(tour.id)}>
              ${t('startTour', { title: inPageLocale(tour.title) })}
            </button>
          </li>`,
      )}
    </ul>`;

/** DOMAINES: the domains' pages, grouped as in the menu. */
export const domainsPage = (ctx: PageContext): TemplateResult =>
  html`<p>${t('domainsIntro')}</p>
    ${MENU_GROUPS.map(
      (group) =>
        html`<h2>${t(group.title)}</h2>
          <ul>
            ${group.links.map((link) => html`<li><a href=${ctx.href(link.slug)}>${t(link.title)}</a></li>`)}
          </ul>`,
    )}`;

/** ACTUALITÉS. */
export const newsPage = (): TemplateResult =>
  html`<ul>
    <li>${t('newsItem1')}</li>
    <li>${t('newsItem2')}</li>
  </ul>`;

/** SUPPORT: the rule references, the mailbox. */
export const supportPage = (ctx: PageContext): TemplateResult =>
  html`<p>${t('supportText')}</p>
    <p><a href=${ctx.href('boite-mail')}>${t('openMailbox')}</a></p>`;

/** COMMUNICATION. */
export const communicationPage = (): TemplateResult => html`<p>${t('communicationText')}</p>`;

/** An address that matches no route. */
export const notFoundPage = (ctx: PageContext): TemplateResult =>
  html`<p>${t('notFoundText')}</p>
    <p><a href=${ctx.href('')}>${t('backHome')}</a></p>`;
