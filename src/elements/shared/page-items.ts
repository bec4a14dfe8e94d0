/** One item of a pagination bar: a page number or a gap ("…"). */
export type PageItem = number | 'gap';

/**
 * The pages to offer in a pagination bar (DSFR pagination): always the first and the last, the
 * current one and its neighbours, with a gap where pages are skipped. Pages are 1-based.
 */
export function pageItems(current: number, total: number): PageItem[] {
  const pages = [...new Set([1, current - 1, current, current + 1, total])]
    .filter((page) => page >= 1 && page <= total)
    .sort((a, b) => a - b);
  const items: PageItem[] = [];
  for (const page of pages) {
    const previous = items.at(-1);
    if (typeof previous === 'number' && page - previous > 1) items.push(page - previous === 2 ? page - 1 : 'gap');
    items.push(page);
  }
  return items;
}
