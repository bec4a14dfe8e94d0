import type { Page, PageQueryInput } from '../../domain/schemas/index.js';
import { loadAllPages, type LoadProgress } from './load-all-pages.js';

/** The rows of a list loaded so far, with how much of the list they are. */
export interface SoFar<Row> {
  rows: Row[];
  progress: LoadProgress;
}

/**
 * Loads every page of a list (`loadAllPages`) for an element that paints the rows as they arrive:
 * the rows loaded so far go to `show` (the first page before the others are asked for), and the next
 * pages wait until the element has rendered them (`host.updateComplete`). A run that was replaced
 * (`signal` aborted: a reload, X-7, or another subject) shows nothing more; its rows stay on screen
 * until the new run's first page arrives. `show` may be async (to join data loaded beside the list).
 * Resolves with every row.
 */
export function loadRowsSoFar<Row>(
  host: { readonly updateComplete: Promise<unknown> },
  signal: AbortSignal,
  fetchPage: (page: PageQueryInput) => Promise<Page<Row>>,
  show: (soFar: SoFar<Row>) => unknown,
): Promise<Row[]> {
  return loadAllPages(fetchPage, async (rows, progress) => {
    if (signal.aborted) return;
    await show({ rows, progress });
    await host.updateComplete;
  });
}
