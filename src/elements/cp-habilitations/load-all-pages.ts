import { MAX_PAGE_SIZE, type Page, type PageQueryInput } from '../../domain/schemas/index.js';

/**
 * Loads every item of a paged list: the first page (largest page size) tells the total, the other
 * pages are then asked for together. For lists of thousands of rows shown in a virtual table.
 */
export async function loadAllPages<T>(fetchPage: (query: PageQueryInput) => Promise<Page<T>>): Promise<T[]> {
  const first = await fetchPage({ page: 1, pageSize: MAX_PAGE_SIZE });
  const pages = Math.ceil(first.total / MAX_PAGE_SIZE);
  const rest = await Promise.all(
    Array.from({ length: Math.max(0, pages - 1) }, (_, i) => fetchPage({ page: i + 2, pageSize: MAX_PAGE_SIZE })),
  );
  return [first, ...rest].flatMap((page) => page.items);
}
