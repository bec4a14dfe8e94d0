import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { HabilitationView } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import '../shared/cp-data-table.js';
import type { DataTableColumn, LoadProgress } from '../shared/cp-data-table.js';
import { panelStyles } from '../shared/cp-structure-picker-styles.js';
import { fieldStyles } from '../shared/field.js';
import { TableFilter } from '../shared/table-filter.js';
import { tokens } from '../shared/tokens.js';
import { habilitationColumns, type ApplicationLabel } from './habilitation-columns.js';
import { t } from './messages.js';

export type { HabilitationView } from '../../domain/schemas/index.js';
export type { LoadProgress } from '../shared/cp-data-table.js';
export type { ApplicationLabel } from './habilitation-columns.js';

/**
 * "Mes habilitations" as a table (HAB-2): the profiles by structure and service, application, mode
 * and the access it gives today, with a filter on every column's text and CSV export. The table is
 * virtual (only the rows in view are in the DOM) and the filter works on text prepared once, so
 * 10,000 profiles render and filter without delay; while the list still loads (`progress`), the rows
 * loaded so far are shown, filtered and sorted. Used by `<cp-habilitations>`.
 *
 * @csspart table - The virtual table.
 */
export class CpHabilitationList extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly filter = new TableFilter<HabilitationView>(this, 'hb-filter', t);

  /** The profiles to show. */
  @property({ attribute: false }) rows: HabilitationView[] = [];
  /** The label of an application in the page's language. */
  @property({ attribute: false }) applicationLabel: ApplicationLabel = (application) => application;
  /** How many profiles of the whole list are loaded while it still loads; undefined once complete. */
  @property({ attribute: false }) progress: LoadProgress | undefined;

  private columnsFor:
    { locale: Locale; label: ApplicationLabel; columns: DataTableColumn<HabilitationView>[] } | undefined;

  private columns(locale: Locale): DataTableColumn<HabilitationView>[] {
    if (this.columnsFor?.locale !== locale || this.columnsFor.label !== this.applicationLabel) {
      this.columnsFor = {
        locale,
        label: this.applicationLabel,
        columns: habilitationColumns(locale, this.applicationLabel),
      };
    }
    return this.columnsFor.columns;
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    const columns = this.columns(locale);
    const { field, shown } = this.filter.render(locale, this.rows, columns);
    return html`${field}
      <cp-data-table
        part="table"
        virtual
        caption=${t(locale, 'habilitationsTitle')}
        caption-hidden
        csv-filename=${t(locale, 'habilitationsCsv')}
        .columns=${columns}
        .rows=${shown}
        .progress=${this.progress}
        .rowKey=${(row: HabilitationView) => String(row.idAbonnement)}
      >
        <p slot="empty">${t(locale, 'noHabilitation')}</p>
      </cp-data-table>`;
  }
}

if (!customElements.get('cp-habilitation-list')) customElements.define('cp-habilitation-list', CpHabilitationList);

declare global {
  interface HTMLElementTagNameMap {
    'cp-habilitation-list': CpHabilitationList;
  }
}
