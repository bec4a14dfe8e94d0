import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { Translate } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from './cp-data-table.js';
import { renderField } from './field.js';
import { RowFilter } from './row-filter.js';

/** The keys of an element's catalogue that its table filter says: its label, its hint, and how many rows match. */
export type TableFilterKey = 'filter' | 'filterHint' | 'filtered';

/**
 * The filter above a table that narrows its rows as one types, written once for every element that
 * has one: it keeps what is typed (a change re-renders the host), filters the rows on their
 * columns' text (`RowFilter`, text prepared once per set of rows) and renders a search input laid
 * out as a form field (label, hint) with, under it, a polite status that says how many rows match
 * while a query is typed. The host includes `fieldStyles`; its catalogue has `filter`, `filterHint`
 * and `filtered` (with `{shown}` and `{total}`).
 */
export class TableFilter<Row> {
  #query = '';
  readonly #rows = new RowFilter<Row>();

  /** `id` is the search input's; its live count is `${id}-matches`. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly id: string,
    private readonly text: Translate<TableFilterKey>,
  ) {}

  /** Empties the filter (another set of rows, e.g. another structure chosen). */
  clear(): void {
    this.#query = '';
    this.host.requestUpdate();
  }

  /** The filter field, and the rows of `rows` that match what is typed (all of them while nothing is). */
  render(
    locale: Locale,
    rows: readonly Row[],
    columns: readonly DataTableColumn<Row>[],
  ): { field: TemplateResult; shown: Row[] } {
    const { id, text } = this;
    const query = this.#query;
    const shown = this.#rows.apply(rows, columns, query);
    const matchesId = `${id}-matches`;
    const field = html`${renderField({
      id,
      label: text(locale, 'filter'),
      hint: text(locale, 'filterHint'),
      locale,
      control: (describedBy) => html`<input
          id=${id}
          class="cp-field__input"
          type="search"
          autocomplete="off"
          aria-describedby="${describedBy} ${matchesId}"
          .value=${query}
          @input=${(event: Event) => {
            this.#query = (event.target as HTMLInputElement).value;
            this.host.requestUpdate();
          }}
        />`,
    })}
      <p class="hint" id=${matchesId} role="status">${query.trim() ? text(locale, 'filtered', { shown: shown.length, total: rows.length }) : ''}</p>`;
    return { field, shown };
  }
}
