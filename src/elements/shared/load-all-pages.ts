import { MAX_PAGE_SIZE, type Page, type PageQueryInput } from '../../domain/schemas/index.js';

/** How much of a list is loaded: `loaded` rows of `total`. */
export interface LoadProgress {
  loaded: number;
  total: number;
}

/** Rows of the first page: more than a table shows at once, few enough to arrive and render at once. */
export const FIRST_PAGE_SIZE = 100;

/**
 * Pages asked for at a time after the first: a few keep the answers coming while the page stays
 * responsive (a mock in the page answers on its thread; a server is not flooded with 20 requests).
 */
export const PAGES_IN_FLIGHT = 2;

/**
 * Loads every item of a paged list: every element that shows a whole list reads it through here, so
 * a list longer than the API's largest page (`MAX_PAGE_SIZE`) is never cut short. The first page
 * (`FIRST_PAGE_SIZE` rows) tells the total and goes to `onProgress` (a virtual table of thousands of
 * rows shows them at once); only once `onProgress` has resolved (the first rows are on screen) are
 * the pages of `MAX_PAGE_SIZE` asked for, `PAGES_IN_FLIGHT` at a time, the first of them without the
 * rows already there; each is handed to `onProgress` in list order as it arrives (the rows loaded so
 * far, never a gap). Resolves with every item; rejects with the first failure.
 */
export async function loadAllPages<T>(
  fetchPage: (query: PageQueryInput) => Promise<Page<T>>,
  onProgress: (items: T[], progress: LoadProgress) => unknown = () => undefined,
): Promise<T[]> {
  const first = await fetchPage({ page: 1, pageSize: FIRST_PAGE_SIZE });
  let items = first.items;
  if (first.total <= items.length) return items;
  await onProgress(items, { loaded: items.length, total: first.total });
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  const ask = (page: number) => {
    const asked = fetchPage({ page, pageSize: MAX_PAGE_SIZE });
    // A page that fails before its turn is reported when its turn comes, not as an unhandled rejection.
    asked.catch(() => undefined);
    return asked;
  };
  const inFlight = Array.from({ length: Math.min(PAGES_IN_FLIGHT, pages) }, (_, i) => ask(i + 1));
  for (let page = 1; page <= pages; page += 1) {
    const { items: more } = await inFlight.shift()!;
    if (page + PAGES_IN_FLIGHT <= pages) inFlight.push(ask(page + PAGES_IN_FLIGHT));
    items = items.concat(page === 1 ? more.slice(first.items.length) : more);
    if (page < pages) await onProgress(items, { loaded: items.length, total: first.total });
  }
  return items;
}
