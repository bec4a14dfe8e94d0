import type { CsvValue } from '../../domain/csv.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';

/** Lower case without accents, so "recues" finds "Factures reçues". */
export const foldText = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Filters rows on the text of their columns. The folded text of each row is computed once per set
 * of rows and columns, so a keystroke over 10,000 rows only runs `includes` on prepared strings.
 */
export class RowFilter<Row> {
  #rows: readonly Row[] = [];
  #columns: readonly DataTableColumn<Row>[] = [];
  #texts: string[] = [];

  /** The rows whose columns' text contains every word of `query` (all rows for an empty query). */
  apply(rows: readonly Row[], columns: readonly DataTableColumn<Row>[], query: string): Row[] {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) return rows as Row[];
    if (rows !== this.#rows || columns !== this.#columns) {
      this.#rows = rows;
      this.#columns = columns;
      this.#texts = rows.map((row) => foldText(columns.map((column) => String(valueOf(column, row) ?? '')).join(' ')));
    }
    const texts = this.#texts;
    return rows.filter((_, index) => words.every((word) => texts[index]!.includes(word)));
  }
}

const valueOf = <Row>(column: DataTableColumn<Row>, row: Row): CsvValue =>
  column.value ? column.value(row) : ((row as Record<string, unknown>)[column.key] as CsvValue);
