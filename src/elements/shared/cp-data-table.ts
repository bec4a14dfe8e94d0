import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { toCsv, type CsvValue } from '../../domain/csv.js';
import { defineMessages } from '../../i18n/catalog.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { formatInstantDate } from './date-text.js';
import { downloadCsv } from './download.js';
import { fire } from './events.js';
import type { LoadProgress } from './load-all-pages.js';
import { pageItems } from './page-items.js';
import { sortRows, type SortDirection } from './table-sort.js';
import { tokens } from './tokens.js';

export type { LoadProgress } from './load-all-pages.js';
export type { SortDirection } from './table-sort.js';

/** One column of a `<cp-data-table>`. */
export interface DataTableColumn<Row = Record<string, unknown>> {
  /** Identifies the column (sort events); also the row property read when `value` is not given. */
  key: string;
  /** Header text (already translated). */
  label: string;
  /** Offers a sort button in the header. */
  sortable?: boolean;
  /** Reads the value to sort and export; defaults to `row[key]`. */
  value?: (row: Row) => CsvValue;
  /**
   * Text shown in the cell; defaults to the value formatted for the locale (dates dd/mm/yyyy in FR).
   * Always rendered as text, never as HTML (X-4: user strings are never markup).
   */
  render?: (row: Row) => string;
  /** `date`: an ISO 8601 string value is shown and exported as a date. */
  type?: 'text' | 'date';
}

/** Detail of `cp-table-sort-changed`. */
export interface SortChangeDetail {
  key: string;
  direction: SortDirection;
}

/** Detail of `cp-table-selection-changed`: the selected rows, in table order, and their keys. */
export interface SelectionChangeDetail<Row = unknown> {
  rows: Row[];
  keys: string[];
}

/** Detail of `cp-table-row-activated`: the row, its key and which of its actions (`id` of a {@link DataTableRowAction}). */
export interface RowActivateDetail<Row = unknown> {
  row: Row;
  key: string;
  action: string;
}

/** One of the actions offered on each row (a button in the "Actions" column). */
export interface DataTableRowAction<Row = Record<string, unknown>> {
  /** Identifies the action in `cp-table-row-activated`'s `detail.action`. */
  id: string;
  /** Button text (already translated); the row's name follows it for screen readers. */
  label: string;
  /** Whether the row offers the action (every row when absent). */
  when?: (row: Row) => boolean;
}

/** The action id of the single action `row-action-label` gives. */
const DEFAULT_ACTION = 'default';

/** The FR catalogue (the default); the EN one, with the same keys, is `cp-data-table-messages.en.ts`, loaded on demand. */
const fr = {
  results: '{count} résultats',
  result: '1 résultat',
  empty: 'Aucun résultat',
  selected: '{count, plural, one {# ligne sélectionnée} other {# lignes sélectionnées}}',
  selectRow: 'Sélectionner la ligne {index}',
  selectAll: 'Sélectionner toutes les lignes',
  actions: 'Actions',
  export: 'Exporter en CSV',
  pagination: 'Pagination',
  previous: 'Page précédente',
  next: 'Page suivante',
  page: 'Page {page}',
  yes: 'Oui',
  no: 'Non',
  loadingRows: 'Chargement de la liste : {loaded} lignes sur {total}',
  exportPending: 'Export CSV à la fin du chargement…',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

const t = defineMessages(fr, () => import('./cp-data-table-messages.en.js'));

/** Rows rendered above and below the visible ones in virtual mode, so Tab and fast scrolls find rows ready. */
const OVERSCAN = 8;

/** Reads a column's value from a row. */
function columnValue<Row>(column: DataTableColumn<Row>, row: Row): CsvValue {
  return column.value ? column.value(row) : ((row as Record<string, unknown>)[column.key] as CsvValue);
}

/** Formats a value for display in the locale. */
function displayText(value: CsvValue, type: DataTableColumn['type'], locale: Locale): string {
  const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toLocaleDateString(tag);
  if (typeof value === 'boolean') return t(locale, value ? 'yes' : 'no');
  if (typeof value === 'number') return value.toLocaleString(tag);
  return type === 'date' ? formatInstantDate(value) || value : value;
}

/**
 * Data table (DSFR table look) for lists of memberships, users, structures…: client-side sort,
 * row selection, paging or virtual scrolling, CSV export (X-3), empty state.
 *
 * - Cells are text only (X-4): a column's `render` returns a string, never markup.
 * - Sort: a button in each sortable header; the header carries `aria-sort`.
 * - Selection (`selectable`): one checkbox per row labelled "Sélectionner la ligne N" and a
 *   select-all checkbox (indeterminate when some rows are selected); selected rows carry
 *   `aria-selected="true"` (DSFR row selection). Selection is kept by row key across sorts and pages.
 * - Paging (default, `page-size` rows a page) with a DSFR pagination bar and a live "N résultats" count;
 *   or `virtual`: one scrolling table rendering only the rows in view plus a margin. Rows must then
 *   have a fixed height (`row-height`). `@lit-labs/virtualizer` is not used: it positions items
 *   itself and cannot lay out `<tr>` in a table (lit/lit#4764), so this table keeps real `<table>`
 *   semantics with spacer rows, `aria-rowcount` on the table and `aria-rowindex` on each row.
 * - Row actions: `row-action-label` gives one button per row; `rowActions` several, each on the rows it
 *   applies to; either sends `cp-table-row-activated` naming the action (click, Enter, Space).
 *   `focusRowAction(key, action)` puts focus back on a row's button (after a view it opened closes).
 * - Keyboard: Tab reaches sort buttons, checkboxes, row actions, export and pagination; nothing traps focus.
 * - Progressive loading (`progress`): while a long list arrives page by page, the rows loaded so far
 *   are shown, sorted and selectable; a progress bar says how many of the whole list are there, the
 *   live count is marked busy (announced once loading ends) and a CSV export asked for meanwhile is
 *   made when the list is complete, never from a partial list.
 *
 * @fires {CustomEvent<SortChangeDetail>} cp-table-sort-changed - The user sorted a column; `detail`: `{ key, direction }`. Bubbles, not composed (it stays inside the element that shows the table).
 * @fires {CustomEvent<SelectionChangeDetail>} cp-table-selection-changed - The selection changed; `detail`: `{ rows, keys }`. Bubbles, not composed.
 * @fires {CustomEvent<RowActivateDetail>} cp-table-row-activated - The user activated a row's action; `detail`: `{ row, key, action }`. Bubbles, not composed.
 * @slot empty - Shown instead of the rows when there are none (default: "Aucun résultat").
 * @slot actions - Extra controls in the toolbar, next to the export button.
 * @csspart toolbar - Bar above the table with the count and the export button.
 * @csspart count - The "N résultats" count.
 * @csspart progress - The loading progress (label and bar) while `progress` says rows are still coming.
 * @csspart export - The "Exporter en CSV" button.
 * @csspart scroller - The element that scrolls the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption.
 * @csspart header - Each header cell.
 * @csspart row - Each body row.
 * @csspart cell - Each body cell.
 * @csspart row-action - Each row action button.
 * @csspart pagination - The pagination bar.
 * @cssprop --cp-data-table-height - Height of the scrolling area in virtual mode (default 30rem).
 * @cssprop --cp-color-primary - Buttons, selected rows (see tokens).
 * @cssprop --cp-color-border - Table borders.
 * @cssprop --cp-color-background-alt - Header and striped rows.
 */
export class CpDataTable<Row = Record<string, unknown>> extends LitElement {
  static override styles = [
    tokens,
    css`
      :host {
        display: block;
        --_cp-table-height: var(--cp-data-table-height, 30rem);
      }
      .toolbar {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: calc(var(--_cp-space) / 2);
        margin-block-end: calc(var(--_cp-space) / 2);
      }
      .count {
        margin: 0;
        font-weight: 700;
      }
      .progress {
        display: inline-flex;
        align-items: center;
        gap: calc(var(--_cp-space) / 2);
        color: var(--_cp-text-mention);
      }
      progress {
        accent-color: var(--_cp-primary);
      }
      .scroller {
        overflow: auto;
        /* The containing block of the visually hidden texts of the rows: inside the scroll box, they
           never push the page sideways (reflow at 320 px, WCAG 1.4.10). */
        position: relative;
      }
      :host([virtual]) .scroller {
        max-height: var(--_cp-table-height);
      }
      table {
        width: 100%;
        border-collapse: collapse;
        font-size: 0.875rem;
      }
      caption {
        text-align: start;
        font-size: 1.25rem;
        font-weight: 700;
        padding-block-end: calc(var(--_cp-space) / 2);
      }
      th,
      td {
        text-align: start;
        padding: 0.5rem 0.75rem;
        border-bottom: 1px solid var(--_cp-border);
        vertical-align: middle;
      }
      thead th {
        background: var(--_cp-background-alt);
        border-bottom: 2px solid var(--_cp-border-strong);
        font-weight: 700;
        position: sticky;
        top: 0;
        z-index: 1;
      }
      tbody .row {
        background: var(--_cp-background);
      }
      tbody tr:nth-child(even of .row) {
        background: var(--_cp-background-alt);
      }
      tbody tr[aria-selected='true'] {
        background: color-mix(in srgb, var(--_cp-primary) 10%, var(--_cp-background));
      }
      :host([virtual]) tbody td {
        white-space: nowrap;
        overflow: hidden;
        text-overflow: ellipsis;
        max-width: 20rem;
      }
      :host([virtual]) tbody td {
        padding-block: 0;
      }
      .spacer td {
        padding: 0;
        border: 0;
      }
      .select {
        width: 2.5rem;
      }
      input[type='checkbox'] {
        display: block;
        width: 1.25rem;
        height: 1.25rem;
        margin: 0;
        accent-color: var(--_cp-primary);
      }
      button {
        font: inherit;
        cursor: pointer;
      }
      .sort {
        display: inline-flex;
        align-items: center;
        gap: 0.25rem;
        border: 0;
        background: none;
        padding: 0;
        font-weight: 700;
        color: var(--_cp-text);
        text-align: start;
      }
      .sort svg {
        width: 1rem;
        height: 1rem;
        fill: currentColor;
      }
      .secondary {
        color: var(--_cp-primary);
        background: transparent;
        border: 1px solid var(--_cp-primary);
        padding: 0.25rem 0.75rem;
        min-height: 2rem;
      }
      .secondary:hover {
        background: color-mix(in srgb, var(--_cp-primary) 8%, transparent);
      }
      .row-actions button + button {
        margin-inline-start: 0.5rem;
      }
      /* A row's actions stay in sight at its end while a table wider than its box scrolls sideways
         (many columns, a narrow page, 200 % text): sticky, over the row's own background. */
      .row-actions {
        position: sticky;
        inset-inline-end: 0;
        box-shadow: inset 1px 0 0 var(--_cp-border);
      }
      td.row-actions {
        background: inherit;
      }
      th.row-actions {
        z-index: 2;
      }
      /* A date is read whole: never cut over two lines ("30/11/20" then "25"). */
      .date {
        white-space: nowrap;
      }
      .empty {
        padding: var(--_cp-space);
        text-align: center;
        color: var(--_cp-text-mention);
      }
      nav ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem;
        list-style: none;
        margin: var(--_cp-space) 0 0;
        padding: 0;
      }
      nav button {
        min-width: 2rem;
        min-height: 2rem;
        border: 0;
        background: none;
        color: var(--_cp-text);
      }
      nav button[aria-current='page'] {
        background: var(--_cp-primary);
        color: var(--_cp-background);
      }
      nav button:disabled {
        color: var(--_cp-text-mention);
        cursor: not-allowed;
      }
      .gap {
        padding: 0.25rem;
      }
    `,
  ];

  private readonly i18n = new LocaleController(this);

  /**
   * The columns, in display order.
   * @type {DataTableColumn[]}
   */
  @property({ attribute: false }) columns: DataTableColumn<Row>[] = [];
  /**
   * The rows (any objects).
   * @type {object[]}
   */
  @property({ attribute: false }) rows: Row[] = [];
  /**
   * Stable key of a row, used for selection; defaults to its `id` property, else its position in `rows`.
   * @type {(row: object, index: number) => string}
   */
  @property({ attribute: false }) rowKey: (row: Row, index: number) => string = (row, index) =>
    String((row as { id?: unknown } | null)?.id ?? index);
  /** Caption of the table (required for accessibility: it names the table). */
  @property() caption = '';
  /** Shows the caption only to assistive technologies (when a visible heading already names the table). */
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;
  /** Adds a checkbox per row and a select-all checkbox. */
  @property({ type: Boolean }) selectable = false;
  /** Rows per page in paged mode. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;
  /** Virtual scrolling instead of pages: only the rows in view are in the DOM (for 10,000+ rows). */
  @property({ type: Boolean, reflect: true }) virtual = false;
  /** Height of a row in pixels in virtual mode (every row has this height). */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 40;
  /**
   * No count above the table: for a table showing one page of a server-paged result, whose element
   * gives the count of the whole result itself (one status region, not two announcing it).
   */
  @property({ type: Boolean, attribute: 'count-hidden' }) countHidden = false;
  /** Text of the per-row action button (action id `default`); no action column when empty and no `rowActions`. */
  @property({ attribute: 'row-action-label' }) rowActionLabel = '';
  /**
   * Several actions per row, in this order (instead of `row-action-label`); each row shows those that apply to it.
   * @type {DataTableRowAction[]}
   */
  @property({ attribute: false }) rowActions: DataTableRowAction<Row>[] = [];
  /** File name of the CSV export; no export button when empty. */
  @property({ attribute: 'csv-filename' }) csvFilename = 'export.csv';

  /** Key of the sorted column, or empty. */
  @property({ attribute: 'sort-key' }) sortKey = '';
  /** Direction of the sorted column. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'ascending';
  /** Current page (1-based) in paged mode. */
  @property({ type: Number }) page = 1;
  /**
   * While the whole list is still loading page by page: how many of its rows are loaded so far
   * (`rows` may then be those rows, or a filtered part of them). Undefined once the list is complete.
   * @type {{ loaded: number, total: number } | undefined}
   */
  @property({ attribute: false }) progress: LoadProgress | undefined;

  @state() private selected = new Set<string>();
  @state() private firstVisible = 0;
  @state() private viewportRows = 20;
  /** An export was asked for while the list was loading: it is made when loading ends. */
  @state() private exportPending = false;

  /** Rows in display order with their keys, recomputed when rows or sort change. */
  private sorted: { row: Row; key: string }[] = [];

  /**
   * The selected rows, in table order.
   * @type {object[]}
   */
  get selectedRows(): Row[] {
    return this.sorted.filter((entry) => this.selected.has(entry.key)).map((entry) => entry.row);
  }

  /** Selects exactly the rows with these keys (no event is sent). */
  set selectedKeys(keys: Iterable<string>) {
    this.selected = new Set(keys);
  }
  get selectedKeys(): string[] {
    return this.sorted.filter((entry) => this.selected.has(entry.key)).map((entry) => entry.key);
  }

  /** The rows in display order as a CSV document of the current locale (X-3). */
  toCsv(): string {
    return toCsv(
      this.columns.map((column) => ({
        label: column.label,
        value: (row: Row) => columnValue(column, row),
        type: column.type,
      })),
      this.sorted.map((entry) => entry.row),
      { locale: this.i18n.locale },
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (
      changed.has('rows') ||
      changed.has('columns') ||
      changed.has('sortKey') ||
      changed.has('sortDirection') ||
      changed.has('rowKey')
    ) {
      const keyed = this.rows.map((row, index) => ({ row, key: this.rowKey(row, index) }));
      const column = this.columns.find((c) => c.key === this.sortKey);
      this.sorted = column
        ? sortRows(keyed, (entry) => columnValue(column, entry.row), this.sortDirection, this.i18n.locale)
        : keyed;
      if (changed.has('rows')) {
        const present = new Set(keyed.map((entry) => entry.key));
        const kept = [...this.selected].filter((key) => present.has(key));
        if (kept.length !== this.selected.size) this.selected = new Set(kept);
      }
    }
    this.page = Math.min(Math.max(1, Math.trunc(this.page) || 1), this.pageCount);
  }

  /** Rows of the whole list are still coming. */
  private get loading(): boolean {
    return this.progress !== undefined && this.progress.loaded < this.progress.total;
  }

  private get pageCount(): number {
    return Math.max(1, Math.ceil(this.sorted.length / Math.max(1, this.pageSize)));
  }

  /** The slice of `sorted` in the DOM: the current page, or the rows in view in virtual mode. */
  private get window(): { start: number; end: number } {
    if (this.virtual) {
      const start = Math.max(0, this.firstVisible - OVERSCAN);
      return { start, end: Math.min(this.sorted.length, this.firstVisible + this.viewportRows + OVERSCAN) };
    }
    const size = Math.max(1, this.pageSize);
    const start = (this.page - 1) * size;
    return { start, end: Math.min(this.sorted.length, start + size) };
  }

  override render() {
    const locale = this.i18n.locale;
    const total = this.sorted.length;
    const { start, end } = this.window;
    const columnCount = this.columns.length + (this.selectable ? 1 : 0) + (this.actions.length > 0 ? 1 : 0);
    const countText =
      total === 0
        ? t(locale, 'empty')
        : total === 1
          ? t(locale, 'result')
          : t(locale, 'results', { count: total.toLocaleString(locale === 'fr' ? 'fr-FR' : 'en-GB') });
    const spacer = (rows: number) =>
      rows > 0
        ? html`<tr class="spacer" aria-hidden="true" style=${styleMap({ height: `${rows * this.rowHeight}px` })}><td colspan=${columnCount}></td></tr>`
        : nothing;
    return html`
      <div class="toolbar" part="toolbar">
        ${
          this.countHidden
            ? nothing
            : html`<p class="count" part="count" role="status" aria-busy=${this.loading ? 'true' : nothing}>
          ${countText}${this.selectable && this.selected.size > 0 ? html` · ${t(locale, 'selected', { count: this.selected.size })}` : nothing}
        </p>`
        }
        ${this.loading ? this.renderProgress(this.progress!, locale) : nothing}
        <div>
          <slot name="actions"></slot>
          ${
            this.csvFilename && total > 0
              ? html`<button type="button" class="secondary" part="export" aria-disabled=${this.exportPending ? 'true' : nothing} @click=${this.exportCsv}>${t(locale, this.exportPending ? 'exportPending' : 'export')}</button>`
              : nothing
          }
        </div>
      </div>
      <div
        class="scroller"
        part="scroller"
        @scroll=${this.virtual ? this.onScroll : nothing}
        tabindex=${this.virtual ? '0' : nothing}
        role=${this.virtual ? 'region' : nothing}
        aria-labelledby=${this.virtual ? 'caption' : nothing}
      >
        <table part="table" aria-rowcount=${total + 1}>
          <caption id="caption" part="caption" class=${this.captionHidden ? 'cp-visually-hidden' : ''}>${this.caption}</caption>
          <thead>
            <tr aria-rowindex="1">
              ${this.selectable ? this.renderSelectAll(locale) : nothing}
              ${this.columns.map((column) => this.renderHeader(column))}
              ${this.actions.length > 0 ? html`<th scope="col" part="header" class="row-actions">${t(locale, 'actions')}</th>` : nothing}
            </tr>
          </thead>
          <tbody>
            ${
              total === 0
                ? html`<tr><td class="empty" colspan=${columnCount}><slot name="empty">${t(locale, 'empty')}</slot></td></tr>`
                : html`${spacer(this.virtual ? start : 0)}
                ${repeat(
                  this.sorted.slice(start, end),
                  (entry) => entry.key,
                  (entry, offset) => this.renderRow(entry, start + offset, locale),
                )}
                ${spacer(this.virtual ? total - end : 0)}`
            }
          </tbody>
        </table>
      </div>
      ${!this.virtual && this.pageCount > 1 ? this.renderPagination(locale) : nothing}
    `;
  }

  private renderProgress({ loaded, total }: LoadProgress, locale: Locale) {
    const tag = locale === 'fr' ? 'fr-FR' : 'en-GB';
    return html`<label class="progress" part="progress"
      >${t(locale, 'loadingRows', { loaded: loaded.toLocaleString(tag), total: total.toLocaleString(tag) })}
      <progress max=${total} .value=${loaded}></progress
    ></label>`;
  }

  private renderSelectAll(locale: Locale) {
    const count = this.selected.size;
    const all = count > 0 && count === this.sorted.length;
    return html`<th scope="col" class="select" part="header">
      <input
        type="checkbox"
        id="select-all"
        aria-label=${t(locale, 'selectAll')}
        .checked=${all}
        .indeterminate=${count > 0 && !all}
        ?disabled=${this.sorted.length === 0}
        @change=${this.onSelectAll}
      />
    </th>`;
  }

  private renderHeader(column: DataTableColumn<Row>) {
    const sorted = column.key === this.sortKey;
    if (!column.sortable) return html`<th scope="col" part="header">${column.label}</th>`;
    const icon = !sorted
      ? 'M12 3l5 6H7l5-6Zm0 18l-5-6h10l-5 6Z'
      : this.sortDirection === 'ascending'
        ? 'M12 6l6 8H6l6-8Z'
        : 'M12 18l-6-8h12l-6 8Z';
    return html`<th scope="col" part="header" aria-sort=${sorted ? this.sortDirection : 'none'}>
      <button type="button" class="sort" @click=${() => this.sortBy(column.key)}>
        ${column.label}<svg aria-hidden="true" focusable="false" viewBox="0 0 24 24"><path d=${icon} /></svg>
      </button>
    </th>`;
  }

  private renderRow(entry: { row: Row; key: string }, index: number, locale: Locale) {
    const isSelected = this.selected.has(entry.key);
    const rowName = this.rowName(entry.row, locale);
    return html`<tr
      class="row"
      part="row"
      data-key=${entry.key}
      aria-rowindex=${index + 2}
      aria-selected=${this.selectable ? String(isSelected) : nothing}
      style=${this.virtual ? styleMap({ height: `${this.rowHeight}px` }) : nothing}
    >
      ${
        this.selectable
          ? html`<td class="select" part="cell">
            <input
              type="checkbox"
              aria-label=${t(locale, 'selectRow', { index: index + 1 })}
              .checked=${isSelected}
              @change=${(event: Event) => this.toggle(entry.key, (event.target as HTMLInputElement).checked)}
            />
          </td>`
          : nothing
      }
      ${this.columns.map((column) => html`<td part="cell" class=${column.type === 'date' ? 'date' : nothing}>${this.cellText(column, entry.row, locale)}</td>`)}
      ${
        this.actions.length > 0
          ? html`<td part="cell" class="row-actions">
            ${this.actions
              .filter((action) => action.when?.(entry.row) ?? true)
              .map(
                (action) => html`<button
                  type="button"
                  class="secondary"
                  part="row-action"
                  data-action=${action.id}
                  @click=${() => this.activate(entry, action.id)}
                >
                  ${action.label}<span class="cp-visually-hidden"> – ${rowName}</span>
                </button>`,
              )}
          </td>`
          : nothing
      }
    </tr>`;
  }

  private renderPagination(locale: Locale) {
    const go = (page: number) => () => {
      this.page = page;
      this.renderRoot.querySelector<HTMLElement>('.scroller')?.scrollIntoView?.({ block: 'nearest' });
    };
    return html`<nav part="pagination" aria-label=${t(locale, 'pagination')}>
      <ul>
        <li>
          <button type="button" ?disabled=${this.page === 1} @click=${go(this.page - 1)}>‹ ${t(locale, 'previous')}</button>
        </li>
        ${pageItems(this.page, this.pageCount).map((item) =>
          item === 'gap'
            ? html`<li class="gap" aria-hidden="true">…</li>`
            : html`<li>
                <button
                  type="button"
                  aria-label=${t(locale, 'page', { page: item })}
                  aria-current=${item === this.page ? 'page' : nothing}
                  @click=${go(item)}
                >
                  ${item}
                </button>
              </li>`,
        )}
        <li>
          <button type="button" ?disabled=${this.page === this.pageCount} @click=${go(this.page + 1)}>${t(locale, 'next')} ›</button>
        </li>
      </ul>
    </nav>`;
  }

  /**
   * The name of a row in its action button ("Supprimer – …"): the text of its first column, or of as
   * many leading columns as it takes to tell the rows apart (two abonnements of one structure differ
   * by their service or espace), so that no two buttons have the same name (RGAA 6.1).
   */
  private rowName(row: Row, locale: Locale): string {
    if (
      this.namingFor?.rows !== this.rows ||
      this.namingFor.columns !== this.columns ||
      this.namingFor.locale !== locale
    ) {
      this.namingFor = { rows: this.rows, columns: this.columns, locale, count: this.namingColumnCount(locale) };
    }
    return this.columns
      .slice(0, this.namingFor.count)
      .map((column) => this.cellText(column, row, locale))
      .join(', ');
  }

  private namingFor: { rows: Row[]; columns: DataTableColumn<Row>[]; locale: Locale; count: number } | undefined;

  /**
   * The fewest leading columns whose texts differ from one row to another (all of them at most).
   * A count stops being tried at its first repeated name: on 10,000 rows it is usually found among
   * the first rows, and only the count that works reads every row.
   */
  private namingColumnCount(locale: Locale): number {
    const unique = (count: number): boolean => {
      const names = new Set<string>();
      for (const row of this.rows) {
        const name = this.columns
          .slice(0, count)
          .map((column) => this.cellText(column, row, locale))
          .join(', ');
        if (names.has(name)) return false;
        names.add(name);
      }
      return true;
    };
    for (let count = 1; count < this.columns.length; count++) if (unique(count)) return count;
    return this.columns.length;
  }

  private cellText(column: DataTableColumn<Row>, row: Row, locale: Locale): string {
    return column.render ? column.render(row) : displayText(columnValue(column, row), column.type, locale);
  }

  private sortBy(key: string): void {
    const direction: SortDirection =
      this.sortKey === key && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = key;
    this.sortDirection = direction;
    fire(this, 'cp-table-sort-changed', { key, direction }, { composed: false });
  }

  private toggle(key: string, checked: boolean): void {
    const next = new Set(this.selected);
    if (checked) next.add(key);
    else next.delete(key);
    this.selected = next;
    this.notifySelection();
  }

  private onSelectAll(event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.selected = checked ? new Set(this.sorted.map((entry) => entry.key)) : new Set();
    this.notifySelection();
  }

  private notifySelection(): void {
    const detail: SelectionChangeDetail<Row> = { rows: this.selectedRows, keys: this.selectedKeys };
    fire(this, 'cp-table-selection-changed', detail, { composed: false });
  }

  /** The row actions: `rowActions`, else the one `row-action-label` gives. */
  private get actions(): DataTableRowAction<Row>[] {
    if (this.rowActions.length > 0) return this.rowActions;
    return this.rowActionLabel ? [{ id: DEFAULT_ACTION, label: this.rowActionLabel }] : [];
  }

  /**
   * Puts focus on the button of `action` in the row keyed `key` (when that row is shown), e.g. when
   * the view the action opened is closed; whether it found it.
   */
  async focusRowAction(key: string, action = DEFAULT_ACTION): Promise<boolean> {
    await this.updateComplete;
    const button = this.renderRoot.querySelector<HTMLElement>(
      `tr[data-key="${CSS.escape(key)}"] button[data-action="${CSS.escape(action)}"]`,
    );
    button?.focus();
    return button !== null;
  }

  private activate(entry: { row: Row; key: string }, action: string): void {
    const detail: RowActivateDetail<Row> = { row: entry.row, key: entry.key, action };
    fire(this, 'cp-table-row-activated', detail, { composed: false });
  }

  private exportCsv(): void {
    if (this.loading) this.exportPending = true;
    else downloadCsv(this.csvFilename, this.toCsv());
  }

  private onScroll(event: Event): void {
    const scroller = event.currentTarget as HTMLElement;
    this.measure(scroller);
  }

  /** Works out which rows are in view from the scroll position (virtual mode). */
  private measure(scroller: HTMLElement): void {
    const body = scroller.querySelector('tbody');
    // Where the body starts in the scrolled content (below the caption and the header).
    const bodyTop = body
      ? body.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop
      : 0;
    this.firstVisible = Math.floor(Math.max(0, scroller.scrollTop - bodyTop) / this.rowHeight);
    this.viewportRows = Math.ceil(scroller.clientHeight / this.rowHeight) + 1;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.exportPending && !this.loading) {
      this.exportPending = false;
      this.exportCsv();
    }
    if (this.virtual && (changed.has('virtual') || changed.has('rowHeight'))) {
      const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller');
      if (scroller) this.measure(scroller);
    }
  }
}

if (!customElements.get('cp-data-table')) customElements.define('cp-data-table', CpDataTable);

declare global {
  interface HTMLElementTagNameMap {
    'cp-data-table': CpDataTable;
  }
  interface HTMLElementEventMap {
    'cp-table-sort-changed': CustomEvent<SortChangeDetail>;
    'cp-table-selection-changed': CustomEvent<SelectionChangeDetail>;
    'cp-table-row-activated': CustomEvent<RowActivateDetail>;
  }
}
