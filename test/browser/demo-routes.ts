import { expect, waitUntil } from '@open-wc/testing';
import { deepText, enterOn, named, naming, routeShown, type DemoHandle } from './demo-support.js';
import {
  atWidth,
  axeProblems,
  deepActiveElement,
  forcedColorsProblems,
  languageProblems,
  reflowProblems,
  withForcedColors,
} from './support/audits.js';

/**
 * Issue 17: the demo portal's routes, each reached by keyboard alone from the portal's menus (the top
 * menu, DOMAINES, the user menu under the user's name), with the page's title and focus following the
 * route, and the four audits on each (axe, forced colours, reflow at 320 px, language of parts).
 * Shared by the `demo-routes-*.test.ts` files (the top menu; the drop-down menus), each within the runner’s time limit.
 */

/** How a route is reached from the header: the menu button to open first (if any) and the link. */
export interface Way {
  path: string;
  h1: string;
  menu?: string;
  link: string;
}

/** Focus on the skip link (the page's first stop), then "Menu" pressed when the navigation is folded (under 62em). */
export async function openNavigation(demo: DemoHandle): Promise<void> {
  demo.container.querySelector<HTMLElement>('.skip-link')!.focus();
  const burger = demo.container.querySelector<HTMLButtonElement>('.portal-burger')!;
  if (!burger.checkVisibility() || burger.getAttribute('aria-expanded') === 'true') return;
  await enterOn(named('Menu'), 'the "Menu" button');
  await waitUntil(() => burger.getAttribute('aria-expanded') === 'true', 'the navigation unfolds');
}

/** From the skip link through the menus to the route's link, by keys, and Enter on it. */
export async function goByKeyboard(demo: DemoHandle, way: Way): Promise<void> {
  await openNavigation(demo);
  if (way.menu) {
    await enterOn(naming(way.menu), `the menu button "${way.menu}"`);
    await enterOn(
      (el) => el instanceof HTMLAnchorElement && el.closest('.portal-dropdown') !== null && named(way.link)(el),
      `the link "${way.link}" in the open menu`,
    );
  } else {
    await enterOn(
      (el) => el instanceof HTMLAnchorElement && el.closest('.portal-menu') !== null && naming(way.link)(el),
      `the top menu link "${way.link}"`,
    );
  }
}

/** The way to a route whose link says its title (most of them). */
export const way = (path: string, h1: string, menu?: string): Way => ({
  path,
  h1,
  link: h1,
  ...(menu ? { menu } : {}),
});

/** Goes to a route by keyboard and waits until it is shown. */
export async function visit(demo: DemoHandle, to: Way): Promise<void> {
  await goByKeyboard(demo, to);
  await routeShown(demo.container, to.path, to.h1);
}

/** One test per way: reached by keyboard, title and focus, announced, marked current, the four audits. */
export function itReachesEachRoute(demo: DemoHandle, ways: readonly Way[]): void {
  for (const way of ways) {
    it(`${way.path}: reached from ${way.menu ? `the "${way.menu}" menu` : 'the top menu'} by keyboard; title and focus follow; axe, forced colours, 320 px reflow, lang`, async function () {
      this.timeout(60_000);
      await visit(demo, way);
      const h1 = demo.container.querySelector('main h1')!;
      expect(deepActiveElement(), 'focus on the new page’s title').to.equal(h1);
      expect(document.title).to.equal(`${way.h1} – Chorus Pro (cp-kit)`);
      await waitUntil(() => deepText(demo.container).includes(`Page : ${way.h1}`), 'the new page is announced');
      expect(
        demo.container.querySelector('[aria-current="page"]')?.textContent?.trim(),
        'the menu marks the current page',
      ).to.contain(way.link);
      expect(await axeProblems(demo.container)).to.deep.equal([]);
      expect(languageProblems(demo.container)).to.deep.equal([]);
      expect(await withForcedColors(() => forcedColorsProblems(demo.container))).to.deep.equal([]);
      expect(await atWidth(320, () => reflowProblems())).to.deep.equal([]);
    });
  }
}

/**
 * Starts a guided tour as a visitor does: to the home page by the top menu (unless there already),
 * from the page's first stop (the skip link) to the tour's button, and Enter.
 */
export async function startTour(demo: DemoHandle, title: string): Promise<void> {
  if (location.pathname !== '/') await visit(demo, way('/', 'Accueil'));
  demo.container.querySelector<HTMLElement>('.skip-link')!.focus();
  await enterOn(naming(title), `the button of the tour "${title}"`);
}
