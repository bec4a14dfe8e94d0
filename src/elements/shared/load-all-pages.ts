import { MAX_PAGE_SIZE, type Page, type PageQueryInput } from '../../domain/schemas/index.js';

/** How much of a list is loaded: `loaded` rows of `total`. */
export interface LoadProgress {
  loaded: number;
  total: number;
}

/**
 * Loads every item of a paged list for a virtual table of thousands of rows, showing rows as soon as
 * the first page arrives: the first page (largest page size) tells the total and goes to
 * `onProgress`; only once `onProgress` has resolved (the first rows are on screen) are the other
 * pages asked for, together, and each is handed to `onProgress` in list order as it arrives (the
 * rows loaded so far, never a gap). Resolves with every item; rejects with the first failure.
 */
export async function loadAllPages<T>(
  fetchPage: (query: PageQueryInput) => Promise<Page<T>>,
  onProgress: (items: T[], progress: LoadProgress) => unknown = () => undefined,
): Promise<T[]> {
  const first = await fetchPage({ page: 1, pageSize: MAX_PAGE_SIZE });
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  let items = first.items;
  if (pages <= 1) return items;
  await onProgress(items, { loaded: items.length, total: first.total });
  const rest = Array.from({ length: pages - 1 }, (_, i) => fetchPage({ page: i + 2, pageSize: MAX_PAGE_SIZE }));
  // A page that fails before its turn is reported when its turn comes, not as an unhandled rejection.
  rest.forEach((page) => page.catch(() => undefined));
  for (const [index, page] of rest.entries()) {
    items = items.concat((await page).items);
    if (index < rest.length - 1) await onProgress(items, { loaded: items.length, total: first.total });
  }
  return items;
}
