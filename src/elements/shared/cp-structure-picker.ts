import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isCpError } from '../../client/errors.js';
import { createRattachementApi } from '../../client/rattachement-api.js';
import { IDENTIFIER_TYPE_NAMES } from '../../domain/identifier-type-names.js';
import {
  IdentifierType,
  SiretPresence,
  StructureType,
  type StructureSearchCriteria,
  type StructureSearchItem,
} from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from './client-controller.js';
import { countries, countryName } from './countries.js';
import './cp-data-table.js';
import type { DataTableColumn, RowActivateDetail, SelectionChangeDetail, SortChangeDetail } from './cp-data-table.js';
import './cp-error-summary.js';
import {
  CHOICE_CRITERIA,
  criteriaOf,
  PERSON_CRITERIA,
  personCriteriaApply,
  TEXT_CRITERIA,
  type CriteriaDraft,
  type CriterionName,
} from './cp-structure-picker-criteria.js';
import { t } from './cp-structure-picker-messages.js';
import { renderPager } from './cp-structure-picker-pager.js';
import { panelStyles } from './cp-structure-picker-styles.js';
import { downloadCsv } from './download.js';
import { fire } from './events.js';
import { fieldStyles, renderField } from './field.js';
import { formatNumber } from './format-number.js';
import { LatestCall } from './latest-call.js';
import { tokens } from './tokens.js';

export type { StructureType } from '../../domain/schemas/index.js';

/** The key of a structure in the results table and among the ticked ones. */
const keyOf = (row: StructureSearchItem): string => String(row.idStructureCPP);

/** Detail of `cp-structures-selected`: the structures the user chose. */
export interface StructuresSelectDetail {
  structures: StructureSearchItem[];
}

/** Quiet time after a keystroke before the search starts. */
const DEBOUNCE_MS = 300;

/** Results per page, each page asked to the server. */
const PAGE_SIZE = 10;

type ChoiceName = (typeof CHOICE_CRITERIA)[number];

/** The options of each list criterion, as value and words (never a code: identifier types by their names). */
const CHOICES: Record<ChoiceName, (locale: Locale) => readonly { value: string; label: string }[]> = {
  typeIdentifiantStructure: (locale) =>
    IdentifierType.options.map((value) => ({ value, label: IDENTIFIER_TYPE_NAMES[value][locale] })),
  presenceSiret: (locale) => SiretPresence.options.map((value) => ({ value, label: t(locale, value) })),
  typeStructure: (locale) => StructureType.options.map((value) => ({ value, label: t(locale, value) })),
  statut: (locale) => (['ACTIF', 'INACTIF'] as const).map((value) => ({ value, label: t(locale, value) })),
  pays: (locale) => countries(locale).map(({ code, name }) => ({ value: code, label: name })),
};

type Outcome =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; items: StructureSearchItem[]; total: number; page: number }
  | { kind: 'failed'; message: { fr: string; en: string } };

/** Where the CSV export of the whole result stands. */
type ExportState = { kind: 'idle' } | { kind: 'running' } | { kind: 'failed'; message: { fr: string; en: string } };

const messageOf = (error: unknown): { fr: string; en: string } =>
  isCpError(error) ? error.text : { fr: String(error), en: String(error) };

/**
 * Structure search picker (RAT-2), shared by the membership and the manager screens, with the portal's
 * criteria: raison sociale, identifiant, libellé, code postal, ville, type d'identifiant (by its French
 * name, never its code), "structure avec / sans SIRET", type of structure (preselected with
 * `type-structure`, e.g. "structure publique" for a user looking for a public buyer), statut, pays (by
 * name), and nom/prénom for identifiers that are not a SIRET; at least one criterion (the reason is
 * shown); a hint recommending identifiant or raison sociale. Text criteria match the start of any
 * word, ignoring case and accents ("Terneuil" finds "Terneuil sur Seine"). Results are paged and sorted by the
 * server, so every one of a 100,000-structure result is reachable: the count says "N résultats", the
 * pagination bar and the column sorts each ask the server for one page, and "Exporter en CSV" asks the
 * server for the whole result in the order shown (X-3). Structures are chosen one at a time
 * ("Choisir" on a row) or several at once with `multiple`; ticks are kept across pages and sorts.
 *
 * Typing searches after a short pause; a new search, page or sort aborts the request in flight
 * (AbortSignal), so the picker never has one request per keystroke in flight nor shows an older answer.
 *
 * @attr multiple - Several structures are ticked and chosen together.
 * @attr type-structure - The type of structure preselected (PUBLIQUE or PRIVEE; the user may change it), again after "Effacer les critères".
 * @attr heading-level - Level of the results heading (default 3).
 * @fires {CustomEvent<StructuresSelectDetail>} cp-structures-selected - The user chose structures; `detail.structures`. Bubbles, composed.
 * @csspart results - The results table.
 * @csspart count - The "N résultats" count of the whole result.
 * @csspart export - The CSV export button.
 * @csspart pagination - The pagination bar.
 * @csspart choose - "Choisir les structures sélectionnées" (multiple selection), after the results.
 * @cssprop --cp-color-primary - Buttons (see tokens).
 */
export class CpStructurePicker extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this, [createRattachementApi]);
  private readonly latest = new LatestCall(DEBOUNCE_MS);

  /** Several structures are ticked and chosen together instead of one "Choisir" per row. */
  @property({ type: Boolean }) multiple = false;
  /** Level of the results heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;
  /** The type of structure preselected: "structure publique" for a user looking for a public buyer (RAT-2). */
  @property({ attribute: 'type-structure' }) typeStructure: '' | StructureType = '';

  @state() private draft: CriteriaDraft = {};
  @state() private outcome: Outcome = { kind: 'idle' };
  @state() private missing = false;
  @state() private ticked = new Map<string, StructureSearchItem>();
  @state() private exporting: ExportState = { kind: 'idle' };
  private sort: SortChangeDetail | undefined;
  /** The criteria of the result shown: pages, sorts and the export ask for these, not for what is typed since. */
  private shown: StructureSearchCriteria | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latest.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('typeStructure')) this.draft = { ...this.draft, typeStructure: this.typeStructure };
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    return html`<form novalidate @submit=${this.onSubmit}>
        <fieldset>
          <legend>${t(locale, 'legend')}</legend>
          <p class="hint" id="sp-hint">${t(locale, 'hint')}</p>
          ${
            this.missing
              ? html`<cp-error-summary
                .errors=${[{ field: 'raisonSociale', label: t(locale, 'criteria'), message: t(locale, 'oneRequired') }]}
                .focusField=${() => this.renderRoot.querySelector<HTMLInputElement>('#sp-raisonSociale')?.focus()}
              ></cp-error-summary>`
              : nothing
          }
          <div class="grid">
            ${TEXT_CRITERIA.map((name) => this.renderText(name, locale))} ${CHOICE_CRITERIA.map((name) => this.renderChoice(name, locale))}
          </div>
          ${
            personCriteriaApply(this.draft)
              ? html`<p class="hint">${t(locale, 'personHint')}</p>
                <div class="grid">${PERSON_CRITERIA.map((name) => this.renderText(name, locale))}</div>`
              : nothing
          }
          <div class="buttons">
            <button type="submit">${t(locale, 'search')}</button>
            <button type="button" class="secondary" @click=${this.clear}>${t(locale, 'clear')}</button>
          </div>
        </fieldset>
      </form>
      ${this.renderOutcome(locale)}`;
  }

  private renderText(name: CriterionName, locale: Locale): TemplateResult {
    const hint =
      name === 'identifiant' ? t(locale, 'identifiantHint') : name === 'ville' ? t(locale, 'textHint') : undefined;
    return renderField({
      id: `sp-${name}`,
      label: t(locale, name),
      ...(hint ? { hint } : {}),
      locale,
      control: (describedBy, invalid) => html`<input
        id=${`sp-${name}`}
        class="cp-field__input"
        name=${name}
        .value=${this.draft[name] ?? ''}
        aria-describedby=${describedBy}
        aria-invalid=${invalid ? 'true' : 'false'}
        autocomplete="off"
        @input=${(event: Event) => this.change(name, (event.target as HTMLInputElement).value)}
      />`,
    });
  }

  private renderChoice(name: ChoiceName, locale: Locale): TemplateResult {
    return renderField({
      id: `sp-${name}`,
      label: t(locale, name),
      locale,
      control: (describedBy) => html`<select
        id=${`sp-${name}`}
        class="cp-field__input"
        name=${name}
        aria-describedby=${describedBy}
        @change=${(event: Event) => this.change(name, (event.target as HTMLSelectElement).value)}
      >
        <option value="" ?selected=${!this.draft[name]}>${t(locale, 'any')}</option>
        ${CHOICES[name](locale).map(
          ({ value, label }) => html`<option value=${value} ?selected=${this.draft[name] === value}>${label}</option>`,
        )}
      </select>`,
    });
  }

  private renderOutcome(locale: Locale): TemplateResult | typeof nothing {
    const outcome = this.outcome;
    if (outcome.kind === 'idle') return nothing;
    if (outcome.kind === 'loading') return html`<p role="status">${t(locale, 'searching')}</p>`;
    if (outcome.kind === 'failed') {
      return html`<p class="notice notice--error" role="alert">${t(locale, 'failed', { message: outcome.message[locale] })}</p>`;
    }
    const heading = t(locale, 'results');
    const pageCount = Math.max(1, Math.ceil(outcome.total / PAGE_SIZE));
    const tickedCount = this.ticked.size;
    return html`<div role="heading" aria-level=${this.headingLevel} class="results-title" id="sp-results" tabindex="-1"><strong>${heading}</strong></div>
      <p class="count" part="count" role="status">
        ${t(locale, 'count', { count: this.number(outcome.total) })}${
          pageCount > 1
            ? html` – ${t(locale, 'pageOf', { page: this.number(outcome.page), pages: this.number(pageCount) })}`
            : nothing
        }
      </p>
      <cp-data-table
        part="results"
        caption=${heading}
        count-hidden
        caption-hidden
        page-size=${PAGE_SIZE}
        csv-filename=""
        .columns=${this.columns(locale)}
        .rows=${outcome.items}
        .rowKey=${keyOf}
        .selectedKeys=${outcome.items.map(keyOf).filter((key) => this.ticked.has(key))}
        sort-key=${this.sort?.key ?? ''}
        sort-direction=${this.sort?.direction ?? 'ascending'}
        ?selectable=${this.multiple}
        row-action-label=${this.multiple ? '' : t(locale, 'choose')}
        @cp-table-sort-changed=${this.onSort}
        @cp-table-selection-changed=${(event: CustomEvent<SelectionChangeDetail<StructureSearchItem>>) => this.onTick(outcome.items, event.detail.rows)}
        @cp-table-row-activated=${(event: CustomEvent<RowActivateDetail<StructureSearchItem>>) => this.choose([event.detail.row])}
      >
        <p slot="empty">${t(locale, 'noResult')}</p>
        ${
          outcome.total > 0
            ? html`<button slot="actions" type="button" class="secondary" part="export" ?disabled=${this.exporting.kind === 'running'} @click=${this.exportCsv}>
              ${t(locale, 'export', { count: this.number(outcome.total) })}
            </button>`
            : nothing
        }
      </cp-data-table>
      ${this.exporting.kind === 'running' ? html`<p role="status">${t(locale, 'exporting')}</p>` : nothing}
      ${
        this.exporting.kind === 'failed'
          ? html`<p class="notice notice--error" role="alert">${t(locale, 'exportFailed', { message: this.exporting.message[locale] })}</p>`
          : nothing
      }
      ${renderPager({ page: outcome.page, pageCount, locale, go: (page) => this.goTo(page) })}
      ${
        /* After the results, where the user ticked them: the next Tab, not ten Shift+Tab away. */
        this.multiple
          ? html`<p class="choose">
              <button type="button" part="choose" ?disabled=${tickedCount === 0} aria-describedby="sp-choose-hint" @click=${() => this.choose([...this.ticked.values()])}>
                ${t(locale, 'chooseSelected', { count: tickedCount })}
              </button>
            </p>`
          : nothing
      }
      ${this.multiple && tickedCount === 0 ? html`<p class="hint" id="sp-choose-hint">${t(locale, 'chooseNone')}</p>` : nothing}`;
  }

  private number(value: number): string {
    return formatNumber(value, this.i18n.locale);
  }

  private columns(locale: Locale): DataTableColumn<StructureSearchItem>[] {
    return [
      { key: 'identifiantStructure', label: t(locale, 'identifiant'), sortable: true },
      {
        key: 'typeIdentifiantStructure',
        label: t(locale, 'typeIdentifiantStructure'),
        sortable: true,
        render: (row) => IDENTIFIER_TYPE_NAMES[row.typeIdentifiantStructure][locale],
      },
      { key: 'designationStructure', label: t(locale, 'raisonSociale'), sortable: true },
      { key: 'libelleStructure', label: t(locale, 'libelle') },
      { key: 'codePostal', label: t(locale, 'codePostal'), sortable: true },
      { key: 'ville', label: t(locale, 'ville'), sortable: true },
      { key: 'pays', label: t(locale, 'pays'), render: (row) => countryName(row.pays, locale) },
      {
        key: 'typeStructure',
        label: t(locale, 'typeStructure'),
        sortable: true,
        render: (row) => t(locale, row.typeStructure),
      },
      { key: 'statut', label: t(locale, 'statut'), sortable: true, render: (row) => t(locale, row.statut) },
    ];
  }

  private change(name: CriterionName, value: string): void {
    this.draft = { ...this.draft, [name]: value };
    const criteria = criteriaOf(this.draft);
    if (!criteria) {
      this.latest.cancel();
      return;
    }
    this.missing = false;
    this.latest.schedule((signal) => this.search(signal, criteria, 1));
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const criteria = criteriaOf(this.draft);
    if (!criteria) {
      this.latest.cancel();
      this.missing = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector('cp-error-summary')?.focus());
      return;
    }
    this.missing = false;
    void this.latest.run((signal) => this.search(signal, criteria, 1));
  }

  /** A column sort: the server sorts the whole result and the picker shows its first page. */
  private onSort(event: CustomEvent<SortChangeDetail>): void {
    this.sort = event.detail;
    const criteria = this.shown;
    if (criteria) void this.latest.run((signal) => this.search(signal, criteria, 1));
  }

  /** A page of the pagination bar, asked to the server; focus goes to the results' heading once it shows. */
  private goTo(page: number): void {
    const criteria = this.shown;
    if (!criteria) return;
    void this.latest.run(async (signal) => {
      await this.search(signal, criteria, page);
      if (signal.aborted) return;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#sp-results')?.focus();
    });
  }

  /** Keeps the ticks of the other pages and replaces those of the page shown. */
  private onTick(pageRows: readonly StructureSearchItem[], tickedRows: readonly StructureSearchItem[]): void {
    const ticked = new Map(this.ticked);
    for (const row of pageRows) ticked.delete(keyOf(row));
    for (const row of tickedRows) ticked.set(keyOf(row), row);
    this.ticked = ticked;
  }

  private clear(): void {
    this.latest.cancel();
    this.draft = { typeStructure: this.typeStructure };
    this.sort = undefined;
    this.shown = undefined;
    this.missing = false;
    this.ticked = new Map();
    this.exporting = { kind: 'idle' };
    this.outcome = { kind: 'idle' };
  }

  /** The server's sort parameters for the column sorted in the table (raison sociale by default). */
  private sortQuery(): { sort?: string; order?: 'asc' | 'desc' } {
    return this.sort ? { sort: this.sort.key, order: this.sort.direction === 'ascending' ? 'asc' : 'desc' } : {};
  }

  /**
   * Asks the server for one page of the structures matching the criteria, sorted as the table shows
   * (RAT-2). New criteria drop the ticks of the previous result; another page or sort keeps them.
   */
  private async search(signal: AbortSignal, criteria: StructureSearchCriteria, page: number): Promise<void> {
    const client = this.session.client;
    if (!client) return;
    if (this.outcome.kind !== 'done') this.outcome = { kind: 'loading' };
    try {
      const result = await client.searchStructures(
        { ...criteria, ...this.sortQuery(), page, pageSize: PAGE_SIZE },
        { signal },
      );
      if (criteria !== this.shown) {
        this.ticked = new Map();
        this.exporting = { kind: 'idle' };
      }
      this.shown = criteria;
      this.outcome = { kind: 'done', items: result.items, total: result.total, page: result.page };
    } catch (error) {
      if (isCpError(error, 'ABORTED')) return;
      this.outcome = { kind: 'failed', message: messageOf(error) };
    }
  }

  /** X-3: the whole result, in the order shown, as the server's CSV file in the page's language. */
  private async exportCsv(): Promise<void> {
    const client = this.session.client;
    const criteria = this.shown;
    if (!client || !criteria) return;
    const locale = this.i18n.locale;
    this.exporting = { kind: 'running' };
    try {
      const blob = await client.exportStructureSearchCsv({ ...criteria, ...this.sortQuery(), lang: locale });
      // X-3 files start with a UTF-8 byte order mark (spreadsheets need it); Blob.text() drops it while decoding.
      downloadCsv(t(locale, 'csvFile'), `\uFEFF${(await blob.text()).replace(/^\uFEFF/, '')}`);
      this.exporting = { kind: 'idle' };
    } catch (error) {
      this.exporting = { kind: 'failed', message: messageOf(error) };
    }
  }

  private choose(structures: StructureSearchItem[]): void {
    if (structures.length === 0) return;
    fire(this, 'cp-structures-selected', { structures });
  }
}

if (!customElements.get('cp-structure-picker')) customElements.define('cp-structure-picker', CpStructurePicker);

declare global {
  interface HTMLElementTagNameMap {
    'cp-structure-picker': CpStructurePicker;
  }
  interface HTMLElementEventMap {
    'cp-structures-selected': CustomEvent<StructuresSelectDetail>;
  }
}
