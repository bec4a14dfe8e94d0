/**
 * The portal's header and footer, in the DSFR's look: the Marianne block and the portal's name, the
 * user's name opening the user menu, the language switch, then the top menu with the live
 * "APPROBATIONS n" count. The menus are disclosure buttons (`aria-expanded`); under 62em the whole
 * navigation folds behind a "Menu" button.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { getPageLocale, type Locale } from '../../src/i18n/locale.js';
import { t, type HostKey } from './i18n.js';
import { MENU_GROUPS, USER_MENU, type MenuLink } from './menus.js';

/** Which drop-down menu is open. */
export type OpenMenu = 'domains' | 'user' | undefined;

/** What the header shows. */
export interface HeaderState {
  /** The current route's path segment. */
  slug: string;
  userName: string;
  /** Requests waiting for the user (APR-1), when known. */
  approvals: number | undefined;
  open: OpenMenu;
  /** Whether the folded navigation is unfolded (narrow screens). */
  navOpen: boolean;
}

/** What the header does. */
export interface HeaderActions {
  href(slug: string): string;
  /** Opens a drop-down menu (or the folded navigation), or closes it when it is open. */
  toggle(menu: Exclude<OpenMenu, undefined> | 'nav'): void;
  setLocale(locale: Locale): void;
}

const link = (a: HeaderActions, state: HeaderState, slug: string, title: HostKey): TemplateResult =>
  html`<a href=${a.href(slug)} aria-current=${state.slug === slug ? 'page' : nothing}>${t(title)}</a>`;

const links = (a: HeaderActions, state: HeaderState, items: readonly MenuLink[]) =>
  html`<ul>
    ${items.map((item) => html`<li>${link(a, state, item.slug, item.title)}</li>`)}
  </ul>`;

/** The top menu's APPROBATIONS link with its count, written as a number in a badge (not colour alone). */
const approvalsLink = (a: HeaderActions, state: HeaderState) =>
  html`<a
    href=${a.href('approbations')}
    id="menu-approbations"
    aria-current=${state.slug === 'approbations' ? 'page' : nothing}
  >
    ${t('menuApprovals')}
    ${
      state.approvals === undefined
        ? nothing
        : html`<span id="approbations-count" aria-hidden="true">${state.approvals}</span
          ><span class="sr-only">(${t('approvalsWaiting', { n: state.approvals })})</span>`
    }
  </a>`;

/** The header. */
export function portalHeader(state: HeaderState, a: HeaderActions): TemplateResult {
  const locale = getPageLocale();
  const inDomains = MENU_GROUPS.some((g) => g.links.some((l) => l.slug === state.slug));
  return html`<header class="portal-header">
    <div class="portal-header-top">
      <a class="portal-brand" href=${a.href('')}>
        <span class="portal-marianne">${t('republic')}</span>
        <span class="portal-service">
          <span class="portal-name">${t('portalName')}</span>
          <span class="portal-tagline">${t('portalTagline')}</span>
        </span>
      </a>
      <button
        type="button"
        class="portal-burger"
        aria-expanded=${state.navOpen ? 'true' : 'false'}
        aria-controls="portal-nav"
        @click=${() => a.toggle('nav')}
      >
        ${state.navOpen ? t('closeMenu') : t('openMenu')}
      </button>
    </div>
    <div id="portal-nav" class="portal-nav ${state.navOpen ? 'is-open' : ''}">
      <div class="portal-tools">
        <div class="portal-disclosure">
          <button
            type="button"
            class="portal-user"
            aria-expanded=${state.open === 'user' ? 'true' : 'false'}
            aria-controls="portal-user-menu"
            @click=${() => a.toggle('user')}
          >
            <span class="sr-only">${t('userMenu')} :</span> ${state.userName}
          </button>
          <div id="portal-user-menu" class="portal-dropdown" ?hidden=${state.open !== 'user'}>
            ${links(a, state, USER_MENU)}
          </div>
        </div>
        <label class="portal-lang">
          <span>${t('languageLabel')}</span>
          <select @change=${(e: Event) => a.setLocale((e.target as HTMLSelectElement).value as Locale)}>
            <option value="fr" lang="fr" ?selected=${locale === 'fr'}>Français</option>
            <option value="en" lang="en" ?selected=${locale === 'en'}>English</option>
          </select>
        </label>
      </div>
      <nav class="host-menu portal-menu" aria-label=${t('mainMenu')}>
        <ul>
          <li>${link(a, state, '', 'menuHome')}</li>
          <li class="portal-disclosure">
            <button
              type="button"
              aria-expanded=${state.open === 'domains' ? 'true' : 'false'}
              aria-controls="portal-domains"
              class=${inDomains ? 'is-current' : ''}
              @click=${() => a.toggle('domains')}
            >
              ${t('menuDomains')}
            </button>
            <div id="portal-domains" class="portal-dropdown" ?hidden=${state.open !== 'domains'}>
              ${MENU_GROUPS.map(
                (group) =>
                  html`<p class="portal-group">${t(group.title)}</p>
                    ${links(a, state, group.links)}`,
              )}
              <p>${link(a, state, 'domaines', 'domainsTitle')}</p>
            </div>
          </li>
          <li>${link(a, state, 'actualites', 'menuNews')}</li>
          <li>${approvalsLink(a, state)}</li>
          <li>${link(a, state, 'support', 'menuSupport')}</li>
          <li>${link(a, state, 'communication', 'menuCommunication')}</li>
        </ul>
      </nav>
    </div>
  </header>`;
}

/** The footer. */
export const portalFooter = (href: (slug: string) => string): TemplateResult =>
  html`<footer class="portal-footer">
    <div class="portal-footer-body">
      <p class="portal-marianne">${t('republic')}</p>
      <p>${t('footerText')}</p>
    </div>
    <nav aria-label=${t('footerLinks')}>
      <ul>
        <li><a href=${href('support')}>${t('footerA11y')}</a></li>
        <li><a href=${href('communication')}>${t('footerGuides')}</a></li>
        <li><a href=${href('support')}>${t('footerLegal')}</a></li>
      </ul>
    </nav>
  </footer>`;
