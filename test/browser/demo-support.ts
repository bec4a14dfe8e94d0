/**
 * Helpers of the demo portal's browser tests: the portal started in the test page (its own mock, no
 * persistence, the site's root at `/`), moving by keys only, and waiting for a route's element.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startPortal, type Portal } from '../../stories/demo/portal-app.js';
import { ROUTES, type PortalRoute } from '../../stories/demo/routes.js';
import { tabTo as sharedTabTo } from './shared-focus.js';
import { deepElements, describe as describeEl } from './support/audits.js';

/** The running portal of a test file. */
export interface DemoHandle {
  readonly portal: Portal;
  readonly container: HTMLElement;
}

/**
 * Starts the portal in the test page for the tests of one `describe`, at `path` (a deep link); after
 * each test the world goes back to the guides' state. The page's address is put back at the end.
 */
export function useDemo(path = '/'): DemoHandle {
  let running: DemoHandle | undefined;
  const original = `${location.pathname}${location.search}`;
  before(async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/stories/demo/host-page.css';
    document.head.append(link);
    await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
    history.replaceState(null, '', path);
    const container = document.createElement('div');
    document.body.append(container);
    const portal = await startPortal({ container, persist: false, root: new URL('/', location.href) });
    running = { portal, container };
  });
  afterEach(() => running?.portal.world.reset());
  after(() => {
    running?.portal.stop();
    running?.container.remove();
    history.replaceState(null, '', original);
  });
  return {
    get portal() {
      return running!.portal;
    },
    get container() {
      return running!.container;
    },
  };
}

/** How many Tab presses a page of the portal may take (its header, menus and footer come first). */
const PAGE_STOPS = 120;

/** {@link sharedTabTo} over a page of the portal (up to {@link PAGE_STOPS} presses). */
export const tabTo = (matches: (el: Element) => boolean, what: string, backwards = false): Promise<Element> =>
  sharedTabTo(matches, what, backwards, PAGE_STOPS);

/** Tabs to a control and presses Enter on it. */
export async function enterOn(matches: (el: Element) => boolean, what: string, backwards = false): Promise<void> {
  await tabTo(matches, what, backwards);
  await sendKeys({ press: 'Enter' });
}

/**
 * Logs a person of the cast in, as a keyboard user does: Tab to "Qui suis-je ?", arrow keys to the
 * person (choosing changes nothing by itself), then "Se connecter sous ce nom".
 */
export async function become(name: string): Promise<void> {
  const who = () => deepText(document.querySelector<HTMLElement>('.portal-user')!);
  const select = (await tabTo((el) => el.id === 'world-user', '"Qui suis-je ?"')) as HTMLSelectElement;
  const target = [...select.options].findIndex((option) => option.textContent!.includes(name));
  if (target < 0) throw new Error(`${name} is not in "Qui suis-je ?"`);
  for (let i = 0; i < select.options.length && select.selectedIndex !== target; i += 1) {
    await sendKeys({ press: target > select.selectedIndex ? 'ArrowDown' : 'ArrowUp' });
  }
  expect(select.selectedIndex, `${name} chosen`).to.equal(target);
  const logIn = (el: Element) => named('Se connecter sous ce nom')(el) || named('Log in as this person')(el);
  await enterOn(logIn, '"Se connecter sous ce nom"');
  await waitUntil(() => who().includes(name), `${name} logged in`);
}

/** A link or button whose visible text is `text` (spaces collapsed). */
export const named = (text: string) => (el: Element) =>
  (el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement) &&
  el.textContent!.replace(/\s+/g, ' ').trim() === text;

/** A button whose visible text is exactly `name`. */
export const button = (name: string) => (el: Element) =>
  el instanceof HTMLButtonElement && el.textContent!.trim() === name;

/** The number the top menu's "APPROBATIONS n" shows, once known. */
export const approvalsCount = (demo: DemoHandle): string | null | undefined =>
  demo.container.querySelector('#approbations-count')?.textContent;

/** A link or button whose visible text contains `text`. */
export const naming = (text: string) => (el: Element) =>
  (el instanceof HTMLAnchorElement || el instanceof HTMLButtonElement) && el.textContent!.includes(text);

/** The route at `slug`. */
export const routeAt = (slug: string): PortalRoute => ROUTES.find((r) => r.slug === slug)!;

/** The whole text under `root`, through shadow roots. */
export function deepText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** The first element in `root` (its shadow tree first, then its children, through shadow roots) matching `selector`. */
export const deepFind = (root: Element, selector: string): Element | undefined =>
  [...(root.shadowRoot ? deepElements(root.shadowRoot) : []), ...deepElements(root)].find((el) => el.matches(selector));

/**
 * Waits until the page shows the route: its address, its `<h1>`, and its elements rendered with their
 * data (no "Chargement…"/"Loading…" left, each cp-kit element the page holds upgraded and showing a
 * heading, a form control, a table or a paragraph).
 */
export async function routeShown(container: HTMLElement, path: string, h1: string): Promise<void> {
  await waitUntil(() => location.pathname === path, `the address becomes ${path} (it is ${location.pathname})`, {
    timeout: 10_000,
  });
  await waitUntil(
    () => container.querySelector('main h1')?.textContent?.trim() === h1,
    `the page's h1 is "${h1}" (it is "${container.querySelector('main h1')?.textContent?.trim()}")`,
    { timeout: 10_000 },
  );
  const main = container.querySelector('main')!;
  /** What the page still waits for, or '' once loaded. */
  const waiting = (): string => {
    if (/Chargement|Loading/.test(deepText(main))) return 'a "Chargement…" left';
    // The page's own elements (those inside them may rightly be empty, as an error summary with no error).
    const elements = [...main.querySelectorAll('*')].filter((el) => el.localName.startsWith('cp-'));
    const pending = elements.find((el) => !customElements.get(el.localName) || !el.shadowRoot);
    if (pending) return `${describeEl(pending)} not defined`;
    const empty = elements.find((el) => !deepFind(el, 'h2, h3, input, select, table, button, p'));
    return empty ? `${describeEl(empty)} still empty` : '';
  };
  try {
    await waitUntil(() => waiting() === '', '', { timeout: 15_000 });
  } catch {
    throw new Error(`the page ${path} is not loaded: ${waiting()}`);
  }
}
