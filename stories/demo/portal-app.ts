/**
 * The demo portal: what a portal such as the PIGP does with cp-kit. It authenticates the user (here:
 * the "who am I" switcher standing in for the portal's login, ID-1), hands the user to `<cp-session>`,
 * routes its addresses to pages (each page one or more elements, loaded when first shown), keeps its
 * menu's "APPROBATIONS n" up to date and follows the page's language like the elements do (ACC-6).
 * The title and the focus follow the route, as a single-page application must for screen-reader users.
 */
import { html, nothing, render } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { createHttpClient } from '../../src/client/index.js';
import type { AccountDetail } from '../../src/elements/cp-account-form/events.js';
import { LOCALE_EVENT, getPageLocale, setPageLocale } from '../../src/i18n/locale.js';
import { AccountState, isUsable } from './account-state.js';
import { appRoot } from './app-root.js';
import { CAST_MEMBERS, memberOf } from './cast.js';
import { portalFooter, portalHeader, type OpenMenu } from './header.js';
import { t } from './i18n.js';
import type { PageContext } from './page-context.js';
import { notFoundPage } from './pages/info.js';
import { Router, type Arrival, type RouteMatch } from './router.js';
import { ROUTES, type PortalRoute } from './routes.js';
import { tourOf } from './tours.js';
import { worldPanel } from './world-panel.js';
import type { World } from './world.js';

/** Where and how the portal runs. */
export interface PortalOptions {
  /** The element the portal renders into (its whole page). */
  container: HTMLElement;
  /** Keep the world across reloads (default true; tests keep nothing). */
  persist?: boolean;
  /** The site's root (default: where the portal is served from, `app-root.ts`). */
  root?: URL;
}

/** The running portal. */
export interface Portal {
  readonly world: World;
  readonly router: Router<PortalRoute>;
  /** Stops routing and the mock; the page is left as it is. */
  stop(): void;
}

const TOUR_KEY = 'cp-demo-tour';

/** Starts the mock, then the portal on the current address. */
export async function startPortal(options: PortalOptions): Promise<Portal> {
  const { container } = options;
  const persist = options.persist ?? true;
  const root = options.root ?? appRoot();
  const router = new Router(root, ROUTES, onRoute);
  const href = (slug: string, params?: Record<string, string | number>) => router.href(slug, params);
  const titleOf = (route: PortalRoute | undefined) => t(route?.title ?? 'notFoundTitle');

  // The shell first, while the mock starts and the first route's modules load, all at once (the
  // mock is most of the first load: its own chunk). No <cp-session> is in the page before the mock
  // answers, so the session's first request (the user's language) reaches it.
  const first = router.current().route;
  render(
    html`${portalHeader(
      { slug: first?.slug ?? '\0', userName: '…', approvals: undefined, open: undefined, navOpen: false },
      { href, toggle: () => undefined, setLocale: setPageLocale },
    )}
      <div class="portal-body">
        <main id="main"><h1>${titleOf(first)}</h1><p>${t('loading')}</p></main>
      </div>`,
    container,
  );
  const [world] = await Promise.all([
    import('./world.js').then(({ startWorld }) =>
      startWorld({ serviceWorkerUrl: new URL('mockServiceWorker.js', root).pathname, persist }),
    ),
    import('../../src/elements/cp-session/cp-session.js'),
    first?.load?.().catch(() => undefined),
  ]);

  let match: RouteMatch<PortalRoute> = { route: ROUTES[0], params: new URLSearchParams() };
  let memo = new Map<string, unknown>();
  let generation = 0;
  let open: OpenMenu;
  let navOpen = false;
  let approvals: number | undefined;
  const account = new AccountState();
  let status = '';
  let announce = '';
  let flash = '';
  let nextFlash = '';
  let loadFailed = false;
  let tourId = persist ? sessionStorage.getItem(TOUR_KEY) : null;

  const context = (): PageContext => ({
    params: match.params,
    user: world.user,
    userName: memberOf(world.user).name,
    href,
    navigate: (to) => router.navigate(to),
    client: () => createHttpClient({ user: world.user }),
    flash: (message) => {
      nextFlash = message;
    },
    once: <T>(key: string, make: () => T): T => {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
    update: () => draw(),
    startTour,
  });

  function draw(): void {
    const route = match.route;
    const ctx = context();
    const content = loadFailed
      ? html`<p role="alert">${t('loadFailed')}</p>`
      : route
        ? route.render(ctx)
        : notFoundPage(ctx);
    document.title = `${titleOf(route)} – ${t('portalName')} (cp-kit)`;
    render(
      html`<a class="skip-link" href="#main">${t('skipLink')}</a>
        ${portalHeader(
          { slug: route?.slug ?? '\0', userName: memberOf(world.user).name, approvals, open, navOpen },
          { href, toggle, setLocale: setPageLocale },
        )}
        <div class="portal-body">
          <cp-session .user=${world.user}>
            <main id="main" tabindex="-1">
              ${flash ? html`<p class="portal-notice" role="status">${flash}</p>` : nothing}
              <h1 tabindex="-1" class=${route?.elementTitled ? 'sr-only' : nothing}>${titleOf(route)}</h1>
              ${keyed(generation, content)}
            </main>
          </cp-session>
          ${worldPanel(
            { user: world.user, now: world.now(), tour: tourOf(tourId), status },
            {
              href,
              setUser,
              reset: () => changeWorld(() => world.reset(), t('worldResetDone')),
              replayFirstConnection: () => changeWorld(() => world.replayFirstConnection(), t('worldReplayDone')),
              advance: (minutes) =>
                changeWorld(
                  () => world.advance(minutes),
                  () => t('worldMoved', { now: world.now().toLocaleString(getPageLocale()) }),
                ),
              quitTour: () => setTour(null),
            },
          )}
        </div>
        ${portalFooter(href)}
        <p class="sr-only" aria-live="polite">${announce}</p>`,
      container,
    );
  }

  /**
   * Asks the API how many requests wait for the user (APR-1), for the menu; not for an account that
   * may do nothing else than be completed or reactivated (ACC-1, ID-4): no count, no refusal.
   */
  function refreshApprovals(): void {
    const user = world.user;
    void account
      .of(user)
      .then((me) =>
        isUsable(me)
          ? createHttpClient({ user })
              .countApprobations()
              .then(({ enAttente }) => enAttente)
          : undefined,
      )
      .catch(() => undefined)
      .then((count) => {
        if (user !== world.user) return;
        approvals = count;
        draw();
      });
  }

  /** Something changed the world under the page: its elements start over. */
  function changeWorld(change: () => void, said: string | (() => string)): void {
    change();
    account.forget();
    memo = new Map();
    generation += 1;
    status = typeof said === 'string' ? said : said();
    draw();
    refreshApprovals();
  }

  function setUser(login: string): void {
    changeWorld(() => (world.user = login), '');
  }

  function setTour(id: string | null): void {
    tourId = id;
    if (persist && id) sessionStorage.setItem(TOUR_KEY, id);
    else if (persist) sessionStorage.removeItem(TOUR_KEY);
    draw();
  }

  function startTour(id: string): void {
    const tour = tourOf(id);
    if (!tour) return;
    world.reset();
    world.user = CAST_MEMBERS.find((m) => m.key === tour.user)!.login;
    if (tour.firstConnection) world.replayFirstConnection();
    setTour(id);
    changeWorld(() => undefined, '');
    router.navigate(href(tour.start));
  }

  function toggle(menu: OpenMenu | 'nav'): void {
    if (menu === 'nav') navOpen = !navOpen;
    else open = open === menu ? undefined : menu;
    draw();
  }

  function onRoute(next: RouteMatch<PortalRoute>, arrival: Arrival): void {
    match = next;
    memo = new Map();
    open = undefined;
    navOpen = false;
    flash = nextFlash;
    nextFlash = '';
    loadFailed = false;
    next.route?.load?.().catch(() => {
      loadFailed = true;
      draw();
    });
    draw();
    if (arrival !== 'load') {
      container.querySelector('h1')?.focus();
      // Said again even when the title is the same as the last one.
      announce = '';
      draw();
      requestAnimationFrame(() => {
        announce = t('pageAnnounce', { title: titleOf(next.route) });
        draw();
      });
    }
    refreshApprovals();
  }

  // Escape closes the open menu and gives the focus back to its button; a click elsewhere closes it.
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    const button = container.querySelector<HTMLButtonElement>(`[aria-controls="portal-${open}"]`);
    open = undefined;
    draw();
    button?.focus();
  };
  const onClick = (event: MouseEvent) => {
    if (!open || event.composedPath().some((n) => n instanceof Element && n.classList.contains('portal-disclosure')))
      return;
    open = undefined;
    draw();
  };
  const onLocale = () => {
    document.documentElement.lang = getPageLocale();
    draw();
  };
  const onCount = (event: CustomEvent<{ count: number }>) => {
    approvals = event.detail.count;
    draw();
  };
  // The account page completed, deactivated or reactivated the account: the menu follows.
  const ACCOUNT_EVENTS = ['cp-first-connection-completed', 'cp-account-deactivated', 'cp-account-reactivated'] as const;
  const onAccount = (event: CustomEvent<AccountDetail>) => {
    account.set(world.user, event.detail.account);
    refreshApprovals();
  };
  container.addEventListener('keydown', onKey);
  document.addEventListener('click', onClick);
  window.addEventListener(LOCALE_EVENT, onLocale);
  container.addEventListener('cp-approbation-count-changed', onCount);
  for (const type of ACCOUNT_EVENTS) container.addEventListener(type, onAccount);
  const stopRouting = router.start();

  return {
    world,
    router,
    stop() {
      stopRouting();
      container.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onClick);
      window.removeEventListener(LOCALE_EVENT, onLocale);
      container.removeEventListener('cp-approbation-count-changed', onCount);
      for (const type of ACCOUNT_EVENTS) container.removeEventListener(type, onAccount);
      world.stop();
    },
  };
}
