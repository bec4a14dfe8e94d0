import type { Page, PageQuery } from '../../src/domain/schemas/index.js';
import { fieldProblem, refuse } from '../rules/errors.js';

/** Text folded for searching: lower case, no accents, trimmed. */
export const fold = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Whether `value` contains `needle`, ignoring case and accents; an absent needle matches everything. */
export const matchesText = (value: string | undefined, needle: string | undefined): boolean =>
  needle === undefined || needle === '' || (value !== undefined && fold(value).includes(fold(needle)));

const collator = new Intl.Collator('fr', { numeric: true, sensitivity: 'base' });

/** Compares two field values for sorting: numbers numerically, text with the French collation, absent last. */
const compareValues = (a: unknown, b: unknown): number => {
  if (a === b) return 0;
  if (a === undefined || a === null) return 1;
  if (b === undefined || b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
};

/**
 * The items in the order of `field` (`compareValues`, `direction` 1 or -1), stable. Each distinct
 * value is ranked once, then the items are sorted on their ranks: 10,000 rows naming 625 structures
 * cost 625 collations instead of 130,000 comparisons under the French collation.
 */
function sortedOn<T extends object>(items: readonly T[], field: keyof T & string, direction: number): T[] {
  const distinct = [...new Set(items.map((item) => item[field]))]
    .filter((value) => value !== undefined && value !== null)
    .sort(compareValues);
  const rank = new Map<unknown, number>();
  distinct.forEach((value, i) => {
    const previous = distinct[i - 1];
    rank.set(value, i > 0 && compareValues(previous, value) === 0 ? rank.get(previous)! : i);
  });
  // Absent values come after every value (before them in descending order), as `compareValues` puts them.
  const absent = distinct.length;
  return items
    .map((item) => ({ item, rank: rank.get(item[field]) ?? absent }))
    .sort((a, b) => direction * (a.rank - b.rank))
    .map(({ item }) => item);
}

/**
 * A list in the order a page query asks for. `sortable` lists the fields a caller may sort on;
 * another `sort` is refused (400). Without `sort`, `defaultSort` is used.
 */
export function sortList<T extends object>(
  items: readonly T[],
  query: Pick<PageQuery, 'sort' | 'order'>,
  sortable: readonly (keyof T & string)[],
  defaultSort?: keyof T & string,
): readonly T[] {
  const sort = (query.sort ?? defaultSort) as (keyof T & string) | undefined;
  if (sort !== undefined && !sortable.includes(sort)) {
    throw refuse('INVALID', undefined, { fr: 'Tri impossible sur ce champ.', en: 'Cannot sort on this field.' }, [
      fieldProblem('query.sort', 'not_allowed', {
        fr: `Tris possibles : ${sortable.join(', ')}.`,
        en: `Possible sorts: ${sortable.join(', ')}.`,
      }),
    ]);
  }
  return sort === undefined ? items : sortedOn(items, sort, query.order === 'desc' ? -1 : 1);
}

/** Cuts a sorted list into the page envelope `{items, total, page, pageSize}`. */
export function pageOfSorted<T>(sorted: readonly T[], query: Pick<PageQuery, 'page' | 'pageSize'>): Page<T> {
  const start = (query.page - 1) * query.pageSize;
  return {
    items: sorted.slice(start, start + query.pageSize),
    total: sorted.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Sorts and cuts a list into the page envelope `{items, total, page, pageSize}` (`sortList`, then
 * `pageOfSorted`).
 */
export function paginate<T extends object>(
  items: readonly T[],
  query: PageQuery,
  sortable: readonly (keyof T & string)[],
  defaultSort?: keyof T & string,
): Page<T> {
  return pageOfSorted(sortList(items, query, sortable, defaultSort), query);
}
