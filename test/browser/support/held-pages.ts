import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import { startMockWorker, type MockWorker } from '../../../mock-api/browser.js';
import { guidesCast, withLargeSet, type LargeSetOptions } from '../../../mock-api/seed/index.js';
import '../../../src/elements/cp-session/cp-session.js';
import { FIRST_PAGE_SIZE } from '../../../src/elements/shared/load-all-pages.js';
import { LARGE_SET_USER } from '../../../stories/support/mock.js';
import { deepQuery } from '../cp-account-form-support.js';
import { tabTo } from '../shared-focus.js';
import { captureDownloads } from './downloads.js';

/** The pages held by `holdPagesAfterFirst`. */
export interface HeldPages {
  /** The URL of each page asked for and held, in order. */
  held: string[];
  /** Lets the held pages (and any asked for later) through to the mock. */
  release(): void;
}

/**
 * Holds the pages after the first of the paged list at `path` (a path pattern as MSW's `http.get`
 * takes it) until `release()`, so that a test observes for sure the state of a
 * list that loads progressively (issue 16 item 3), never races it. The first page goes through.
 * Call `release()` and `mock.worker.resetHandlers()` after each test (`useLargeSetHeld` does).
 */
export function holdPagesAfterFirst(mock: MockWorker, path: string): HeldPages {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const held: string[] = [];
  // Falls through to the mock's own handler (no answer returned) once the gate opens.
  mock.worker.use(
    http.get(path, async ({ request }) => {
      if (new URL(request.url).searchParams.get('pageSize') === String(FIRST_PAGE_SIZE)) return;
      held.push(request.url);
      await gate;
    }),
  );
  return { held, release };
}

/**
 * For a `describe` block: starts the mock, seeds the large set (`withLargeSet(options)`) before each
 * test and holds the pages after the first at `path` (see `holdPagesAfterFirst`); after each test
 * lets them through and resets the mock. `pages` is the current test's held pages.
 */
export function useLargeSetHeld(options: LargeSetOptions, path: string): { readonly pages: HeldPages } {
  let mock: MockWorker;
  const current = {} as { pages: HeldPages };
  before(async () => {
    mock = await startMockWorker({ persist: false });
  });
  after(() => mock.stop());
  beforeEach(() => {
    const now = new Date();
    mock.app.env.store.restore(withLargeSet(guidesCast(now), now, options).snapshot);
    current.pages = holdPagesAfterFirst(mock, path);
  });
  afterEach(() => {
    current.pages.release();
    mock.worker.resetHandlers();
    mock.reset();
  });
  return current;
}

/** A `<cp-data-table>` as a test waits on it. */
export type LoadingTable = HTMLElement & { updateComplete: Promise<unknown> };

/**
 * Mounts `<element>` in a `<cp-session>` of the large set's first user (`LARGE_SET_USER`: the GP of
 * its big structure, holder of its many profiles) and waits until the element's table shows its first
 * rows with the loading progress; returns the element and that table.
 */
export async function mountLoading(
  element: string,
  timeout: number,
): Promise<{ el: HTMLElement; table: LoadingTable }> {
  const el = document.createElement(element);
  await fixture(html`<cp-session user=${LARGE_SET_USER}>${el}</cp-session>`);
  await waitUntil(() => deepQuery(el, '[part="progress"]') !== null, 'the progress shows', { timeout });
  return { el, table: deepQuery<LoadingTable>(el, 'cp-data-table[part="table"]')! };
}

/** The live "N résultats" count of a table. */
export const countOf = (table: Element): Element => table.shadowRoot!.querySelector('[part="count"]')!;

/**
 * Keyboard only, while `table` loads: tabs back to its export button and presses Enter; checks that
 * nothing is downloaded yet, that the button says the export waits for the whole list (and the page
 * stays accessible), then lets the held pages through and waits for the export. Returns the file's
 * name and its lines (header first).
 */
export async function exportWhileLoading(
  el: Element,
  table: LoadingTable,
  pages: HeldPages,
  timeout: number,
): Promise<{ filename: string; lines: string[] }> {
  const { created, clicked, restore } = captureDownloads();
  try {
    const exportButton = table.shadowRoot!.querySelector<HTMLButtonElement>('[part="export"]')!;
    await tabTo((active) => active === exportButton, 'the export button', true);
    await sendKeys({ press: 'Enter' });
    await table.updateComplete;
    expect(clicked).to.deep.equal([]);
    expect(exportButton.textContent).to.contain('Export CSV à la fin du chargement');
    expect(exportButton.getAttribute('aria-disabled')).to.equal('true');
    await expect(el).to.be.accessible();

    pages.release();
    await waitUntil(() => clicked.length === 1, 'the export is made when the list is complete', { timeout });
  } finally {
    restore();
  }
  const text = new TextDecoder().decode(new Uint8Array(await created[0]!.arrayBuffer()));
  return { filename: clicked[0]!, lines: text.trim().split('\r\n') };
}

/**
 * Keyboard only, while `table` loads: tabs to the sort button of the column whose header names
 * `column`, presses Enter and checks that the column says it is sorted ascending; returns the button.
 */
export async function sortWhileLoading(table: LoadingTable, column: string): Promise<HTMLButtonElement> {
  const sort = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) =>
    b.textContent!.includes(column),
  )!;
  await tabTo((active) => active === sort, `the sort button of the ${column} column`);
  await sendKeys({ press: 'Enter' });
  await table.updateComplete;
  expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
  return sort;
}

/**
 * The first page of a list of 1,200 rows is shown while the others are held: the progress says
 * "100 lignes sur 1 200" with its bar, the live count says "100 résultats" and is busy, the page is
 * accessible; then, the pages let through, the same table says "1 200 résultats", no longer busy.
 */
export async function expectFirstPageThenAll(
  el: Element,
  table: LoadingTable,
  pages: HeldPages,
  timeout: number,
): Promise<void> {
  const progress = table.shadowRoot!.querySelector('[part="progress"]')!;
  expect(progress.textContent).to.match(/Chargement de la liste : 100 lignes sur 1\s200/);
  expect(progress.querySelector('progress')!.value).to.equal(100);
  expect(progress.querySelector('progress')!.max).to.equal(1200);
  await waitUntil(() => pages.held.length > 0, 'the other pages are asked for (and held)', { timeout });
  expect(table.shadowRoot!.querySelectorAll('tr[part~="row"]').length).to.be.greaterThan(0);
  expect(countOf(table).getAttribute('role')).to.equal('status');
  expect(countOf(table).getAttribute('aria-busy')).to.equal('true');
  expect(countOf(table).textContent).to.contain('100 résultats');
  await expect(el).to.be.accessible();

  pages.release();
  await waitUntil(() => table.shadowRoot!.querySelector('[part="progress"]') === null, 'loading ends', { timeout });
  // The same table, completed in place: not replaced by a new one (focus, filter, sort and scroll stay).
  expect(table.isConnected).to.equal(true);
  expect(countOf(table).hasAttribute('aria-busy')).to.equal(false);
  expect(countOf(table).textContent).to.contain('1\u202f200 résultats');
  await expect(el).to.be.accessible();
}
