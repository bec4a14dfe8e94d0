import type { CsvValue } from '../../domain/csv.js';
import type { Locale } from '../../i18n/locale.js';

/** Direction of a sorted column. */
export type SortDirection = 'ascending' | 'descending';

/**
 * Sorts rows by one value without touching the input: numbers and dates by magnitude, text with
 * the locale's collation (accents and case ignored, digits compared as numbers: "Agent 2" before
 * "Agent 10"). Empty values go last in both directions; equal values keep their order (stable).
 */
export function sortRows<Row>(
  rows: readonly Row[],
  value: (row: Row) => CsvValue,
  direction: SortDirection,
  locale: Locale,
): Row[] {
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = direction === 'ascending' ? 1 : -1;
  const keyed = rows.map((row) => ({ row, key: value(row) }));
  keyed.sort((a, b) => {
    const aEmpty = a.key === null || a.key === undefined || a.key === '';
    const bEmpty = b.key === null || b.key === undefined || b.key === '';
    if (aEmpty || bEmpty) return Number(aEmpty) - Number(bEmpty);
    const x = a.key instanceof Date ? a.key.getTime() : a.key;
    const y = b.key instanceof Date ? b.key.getTime() : b.key;
    if (typeof x === 'string' || typeof y === 'string') return sign * collator.compare(String(x), String(y));
    return sign * (Number(x) - Number(y));
  });
  return keyed.map((entry) => entry.row);
}
