import type { Page, PageQuery } from '../../src/domain/schemas/index.js';
import { todayIso } from '../rules/context.js';
import type { Store } from '../store.js';
import { pageOfSorted, sortList } from './paging.js';
import type { RouteContext } from './route.js';

/**
 * Long lists computed once per state of the store. A client loading a 10,000-row list page by page
 * asks for the same sorted list once per page: the list is computed and sorted for the first page
 * asked, and the other pages are cut from it as long as the store has not changed (any write,
 * rollback or restore changes its revision) and the day is the same (effective modes depend on it).
 * The few most recent lists are kept per store.
 */

const KEPT = 8;

interface Entry {
  revision: number;
  sorted: readonly unknown[];
}

const lists = new WeakMap<Store, Map<string, Entry>>();

/**
 * The page `query` asks for of the list `compute` gives, sorted as `sortList` does; the sorted list
 * is kept for the next pages of the same caller, path, filters and sort.
 */
export function pageOfList<T extends object>(
  ctx: RouteContext<unknown, PageQuery, unknown>,
  compute: () => readonly T[],
  sortable: readonly (keyof T & string)[],
  defaultSort?: keyof T & string,
): Page<T> {
  const { store } = ctx.env;
  const { page, pageSize, ...listQuery } = ctx.query;
  const key = JSON.stringify([ctx.caller?.idUtilisateur, ctx.request.path, todayIso(ctx.env), listQuery]);
  let kept = lists.get(store);
  if (!kept) lists.set(store, (kept = new Map()));
  let entry = kept.get(key);
  if (entry?.revision !== store.revision) {
    entry = { revision: store.revision, sorted: sortList(compute(), listQuery, sortable, defaultSort) };
    kept.delete(key);
    kept.set(key, entry);
    if (kept.size > KEPT) kept.delete(kept.keys().next().value!);
  }
  return pageOfSorted(entry.sorted as readonly T[], { page, pageSize });
}
