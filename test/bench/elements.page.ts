/**
 * Page of the elements benchmark (`npm run bench:elements`, driven by test/bench/elements.mjs in
 * headless Chromium): the mock on the large set (100,000 structures, 10,000 profiles for one user),
 * and `window.bench` with one function per measure, each returning milliseconds.
 */
import { startMockWorker } from '../../mock-api/browser.js';
import { guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import { createHttpClient } from '../../src/client/index.js';
import type { HabilitationView } from '../../src/domain/schemas/index.js';
import '../../src/elements/cp-habilitations/cp-habilitation-list.js';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/shared/cp-structure-picker.js';
import { loadAllPages } from '../../src/elements/shared/load-all-pages.js';

const USER = 'utilisateur.1@exemple.fr';
const stage = document.querySelector('#stage')!;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** The first element matching `selector` in `root`'s shadow tree, nested shadow roots included. */
function deep<T extends Element>(root: Element, selector: string): T | null {
  const scopes: ParentNode[] = [root.shadowRoot ?? root];
  while (scopes.length > 0) {
    const scope = scopes.shift()!;
    const found = scope.querySelector<T>(selector);
    if (found) return found;
    scope.querySelectorAll('*').forEach((el) => el.shadowRoot && scopes.push(el.shadowRoot));
  }
  return null;
}

async function until(check: () => boolean): Promise<void> {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Waits for an element and the `cp-data-table` inside it to finish rendering, then for the frame. */
async function rendered(element: Element & { updateComplete: Promise<unknown> }): Promise<void> {
  await element.updateComplete;
  const table = deep<Element & { updateComplete: Promise<unknown> }>(element, 'cp-data-table');
  await table?.updateComplete;
  await frame();
}

let seedMs = 0;
let rows: HabilitationView[] = [];

const bench = {
  seedMs: () => seedMs,
  /** Loads the 10,000 profiles through the client and the mock (100 rows, then 20 pages of 500). */
  async loadHabilitations(): Promise<number> {
    const client = createHttpClient({ user: USER });
    const t0 = performance.now();
    rows = await loadAllPages((page) => client.listMyHabilitations(page));
    return performance.now() - t0;
  },
  rowCount: () => rows.length,
  /** First render of the 10,000-row list: from handing the rows to the table painted. */
  async firstRender(): Promise<number> {
    stage.replaceChildren();
    const list = document.createElement('cp-habilitation-list');
    const t0 = performance.now();
    list.rows = rows;
    stage.append(list);
    await rendered(list);
    return performance.now() - t0;
  },
  /** One filter keystroke on the rendered list: from the input event to the table painted. */
  async keystroke(text: string): Promise<number> {
    const list = stage.querySelector('cp-habilitation-list')!;
    const input = deep<HTMLInputElement>(list, '#hb-filter')!;
    const t0 = performance.now();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    await rendered(list);
    return performance.now() - t0;
  },
  /**
   * The whole element in a session: from connection to the first rows painted, and to the whole list
   * loaded (every page through the client and the mock, the progress bar gone).
   */
  async wholeElement(): Promise<{ firstRows: number; allRows: number }> {
    stage.replaceChildren();
    const t0 = performance.now();
    stage.innerHTML = `<cp-session user="${USER}"><cp-habilitations></cp-habilitations></cp-session>`;
    const element = stage.querySelector('cp-habilitations')!;
    const table = () => deep(element, 'cp-data-table[part="table"]');
    await until(() => {
      const list = table();
      return list !== null && deep(list, 'tr[part~="row"]') !== null;
    });
    await frame();
    const firstRows = performance.now() - t0;
    await until(() => {
      const list = table();
      return list !== null && deep(list, '[part="progress"]') === null;
    });
    await frame();
    return { firstRows, allRows: performance.now() - t0 };
  },
  /**
   * Makes the mock cold: a write that changes nothing (one abonnement replaced by itself) gives its
   * store a new revision, so the sorted lists it keeps between page requests are computed again.
   */
  coldMock(): void {
    const { store } = mock.app.env;
    const [first] = store.abonnements.all();
    store.transaction(() => store.abonnements.update(first!.idAbonnement, {}));
  },
  /** Empties the stage and drops the rows loaded above (the benchmark reads the JS heap after it, garbage collected). */
  clear(): void {
    stage.replaceChildren();
    rows = [];
  },
  /** How many rows the `cp-data-table` of the element `tag` on the stage holds (0 when none). */
  heldRows(tag: string): number {
    const element = stage.querySelector(tag);
    const table = element && deep<Element & { rows?: unknown[] }>(element, 'cp-data-table');
    return table?.rows?.length ?? 0;
  },
  /** Pages on through the picker's result on the stage: `pages` clicks on "Page suivante", each waiting for its rows. */
  async pickerNextPages(pages: number): Promise<string> {
    const picker = stage.querySelector('cp-structure-picker')!;
    for (let i = 0; i < pages; i += 1) {
      const before = deep(picker, '[part="count"]')?.textContent ?? '';
      const next = [
        ...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav[part~="pagination"] button:not([aria-label])'),
      ].at(-1)!;
      next.click();
      await until(() => (deep(picker, '[part="count"]')?.textContent ?? '') !== before);
      await rendered(picker);
    }
    return deep(picker, '[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  },
  /** A picker search over the 100,000 structures: from "Rechercher" to the results painted. */
  async pickerSearch(name: string, value: string): Promise<{ ms: number; total: string }> {
    stage.replaceChildren();
    stage.innerHTML = `<cp-session user="${USER}"><cp-structure-picker></cp-structure-picker></cp-session>`;
    const picker = stage.querySelector('cp-structure-picker')!;
    await until(() => deep(picker, `#sp-${name}`) !== null);
    const input = deep<HTMLInputElement | HTMLSelectElement>(picker, `#sp-${name}`)!;
    input.value = value;
    input.dispatchEvent(
      new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
    );
    const t0 = performance.now();
    deep<HTMLButtonElement>(picker, 'button[type="submit"]')!.click();
    await until(
      () =>
        deep(picker, 'cp-data-table') !== null &&
        deep(picker, '[role="status"]')?.textContent !== 'Recherche en cours…',
    );
    await rendered(picker);
    const count = deep(picker, '[part="count"]')?.textContent?.trim() ?? '';
    return { ms: performance.now() - t0, total: count };
  },
  /**
   * After a broad search, the picker's last page (pages come from the server): from the click on the
   * last page button to its rows painted.
   */
  async pickerLastPage(value: string): Promise<{ ms: number; page: string }> {
    await bench.pickerSearch('raisonSociale', value);
    const picker = stage.querySelector('cp-structure-picker')!;
    const buttons = [
      ...picker.shadowRoot!.querySelectorAll<HTMLButtonElement>('nav[part~="pagination"] button[aria-label]'),
    ];
    const last = buttons.at(-1)!;
    const label = last.getAttribute('aria-label')!.replace('Page ', '');
    const t0 = performance.now();
    last.click();
    await until(() => (deep(picker, '[part="count"]')?.textContent ?? '').includes(`page ${label} sur`));
    await rendered(picker);
    return {
      ms: performance.now() - t0,
      page: deep(picker, '[part="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    };
  },
  /** The mock's answer alone, in the page (routing, RAT-2 search, response check, JSON): no MSW, no client. */
  mockSearch(criteria: Record<string, string>): number {
    const query = new URLSearchParams({ ...criteria, page: '1', pageSize: '10' });
    const t0 = performance.now();
    const response = mock.app.handle({
      method: 'GET',
      path: '/api/structure-search',
      query,
      headers: { 'x-cp-user': USER },
    });
    JSON.stringify(response.body);
    return performance.now() - t0;
  },
  /** The client's search through MSW and the mock (no element): from the call to its checked page. */
  async clientSearch(criteria: Record<string, string>): Promise<number> {
    const client = createHttpClient({ user: USER });
    const t0 = performance.now();
    await client.searchStructures({ ...criteria, page: 1, pageSize: 10 });
    return performance.now() - t0;
  },
  /** Types a word one key at a time (30 ms apart) in the picker and counts the searches sent. */
  async pickerTyping(word: string): Promise<number> {
    stage.replaceChildren();
    stage.innerHTML = `<cp-session user="${USER}"><cp-structure-picker></cp-structure-picker></cp-session>`;
    const picker = stage.querySelector('cp-structure-picker')!;
    await until(() => deep(picker, '#sp-raisonSociale') !== null);
    const input = deep<HTMLInputElement>(picker, '#sp-raisonSociale')!;
    let searches = 0;
    const count = ({ request }: { request: Request }) => {
      if (request.url.includes('/api/structure-search')) searches += 1;
    };
    mock.worker.events.on('request:start', count);
    for (let i = 1; i <= word.length; i += 1) {
      input.value = word.slice(0, i);
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await until(() => deep(picker, 'cp-data-table') !== null);
    mock.worker.events.removeListener('request:start', count);
    return searches;
  },
};

const t0 = performance.now();
const now = new Date();
const seed = withLargeSet(guidesCast(now), now, { profilesOfFirstUser: 10_000 });
const mock = await startMockWorker({ persist: false, seed });
seedMs = performance.now() - t0;
Object.assign(window, { bench });
document.body.dataset['ready'] = 'true';
