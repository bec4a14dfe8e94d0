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
 * Sorts and cuts a list into the page envelope `{items, total, page, pageSize}`. `sortable` lists the
 * fields a caller may sort on; another `sort` is refused (400). Without `sort`, `defaultSort` is used.
 */
export function paginate<T extends object>(
  items: readonly T[],
  query: PageQuery,
  sortable: readonly (keyof T & string)[],
  defaultSort?: keyof T & string,
): Page<T> {
  const sort = (query.sort ?? defaultSort) as (keyof T & string) | undefined;
  if (sort !== undefined && !sortable.includes(sort)) {
    throw refuse('INVALID', undefined, { fr: 'Tri impossible sur ce champ.', en: 'Cannot sort on this field.' }, [
      fieldProblem('query.sort', 'not_allowed', {
        fr: `Tris possibles : ${sortable.join(', ')}.`,
        en: `Possible sorts: ${sortable.join(', ')}.`,
      }),
    ]);
  }
  const direction = query.order === 'desc' ? -1 : 1;
  const sorted =
    sort === undefined ? [...items] : [...items].sort((a, b) => direction * compareValues(a[sort], b[sort]));
  const start = (query.page - 1) * query.pageSize;
  return {
    items: sorted.slice(start, start + query.pageSize),
    total: items.length,
    page: query.page,
    pageSize: query.pageSize,
  };
}
