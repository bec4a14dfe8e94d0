import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isCpError } from '../../client/errors.js';
import { IdentifierType, MAX_PAGE_SIZE, type StructureSearchItem } from '../../domain/schemas/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import type { Locale } from '../../i18n/locale.js';
import { ClientController } from './client-controller.js';
import './cp-data-table.js';
import type { DataTableColumn, RowActivateDetail, SelectionChangeDetail, SortChangeDetail } from './cp-data-table.js';
import './cp-error-summary.js';
import { CHOICE_CRITERIA, criteriaOf, personCriteriaApply, PERSON_CRITERIA, TEXT_CRITERIA, type CriteriaDraft, type CriterionName } from './cp-structure-picker-criteria.js';
import { t, type PickerMessageKey } from './cp-structure-picker-messages.js';
import { panelStyles } from './cp-structure-picker-styles.js';
import { fieldStyles, renderField } from './field.js';
import { LatestCall } from './latest-call.js';
import { tokens } from './tokens.js';

/** Detail of `cp-structures-select`: the structures the user chose. */
export interface StructuresSelectDetail {
  structures: StructureSearchItem[];
}

/** Quiet time after a keystroke before the search starts. */
const DEBOUNCE_MS = 300;

const CHOICES: Record<(typeof CHOICE_CRITERIA)[number], readonly string[]> = {
  typeIdentifiantStructure: IdentifierType.options,
  typeStructure: ['PUBLIQUE', 'PRIVEE'],
  statut: ['ACTIF', 'INACTIF'],
};

type Outcome = { kind: 'idle' } | { kind: 'loading' } | { kind: 'done'; items: StructureSearchItem[]; total: number } | { kind: 'failed'; message: { fr: string; en: string } };

/**
 * Structure search picker (RAT-2), shared by the membership and the manager screens: the criteria
 * raison sociale, identifiant, libellé, code postal, ville, type d'identifiant, type of structure,
 * statut, and nom/prénom for identifiers that are not a SIRET; at least one criterion (the reason is
 * shown); a hint recommending identifiant or raison sociale. Results (sorted by the server, up to 500
 * loaded, paged in a `cp-data-table`, CSV export) are chosen one at a time ("Choisir" on a row) or
 * several at once with `multiple`.
 *
 * Typing searches after a short pause; a new search aborts the previous one (AbortSignal), so a
 * 100,000-structure directory stays responsive and never has one request per keystroke in flight.
 *
 * @attr multiple - Several structures are ticked and chosen together.
 * @attr heading-level - Level of the results heading (default 3).
 * @fires cp-structures-select - The user chose structures; `detail.structures`. Bubbles, composed.
 * @csspart results - The results table.
 * @cssprop --cp-color-primary - Buttons (see tokens).
 */
export class CpStructurePicker extends LitElement {
  static override styles = [tokens, fieldStyles, panelStyles];

  private readonly i18n = new LocaleController(this);
  private readonly session = new ClientController(this);
  private readonly latest = new LatestCall(DEBOUNCE_MS);

  /** Several structures are ticked and chosen together instead of one "Choisir" per row. */
  @property({ type: Boolean }) multiple = false;
  /** Level of the results heading. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  @state() private draft: CriteriaDraft = {};
  @state() private outcome: Outcome = { kind: 'idle' };
  @state() private missing = false;
  @state() private ticked: StructureSearchItem[] = [];
  private sort: SortChangeDetail | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.latest.cancel();
  }

  protected override render(): TemplateResult {
    const locale = this.i18n.locale;
    return html`<form novalidate @submit=${this.onSubmit}>
        <fieldset>
          <legend>${t(locale, 'legend')}</legend>
          <p class="hint" id="sp-hint">${t(locale, 'hint')}</p>
          ${this.missing
            ? html`<cp-error-summary
                .errors=${[{ field: 'raisonSociale', label: t(locale, 'criteria'), message: t(locale, 'oneRequired') }]}
                .focusField=${() => this.renderRoot.querySelector<HTMLInputElement>('#sp-raisonSociale')?.focus()}
              ></cp-error-summary>`
            : nothing}
          <div class="grid">
            ${TEXT_CRITERIA.map((name) => this.renderText(name, locale))} ${CHOICE_CRITERIA.map((name) => this.renderChoice(name, locale))}
          </div>
          ${personCriteriaApply(this.draft)
            ? html`<p class="hint">${t(locale, 'personHint')}</p>
                <div class="grid">${PERSON_CRITERIA.map((name) => this.renderText(name, locale))}</div>`
            : nothing}
          <div class="buttons">
            <button type="submit">${t(locale, 'search')}</button>
            <button type="button" class="secondary" @click=${this.clear}>${t(locale, 'clear')}</button>
          </div>
        </fieldset>
      </form>
      ${this.renderOutcome(locale)}`;
  }

  private renderText(name: CriterionName, locale: Locale): TemplateResult {
    const hint = name === 'identifiant' ? t(locale, 'identifiantHint') : undefined;
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

  private renderChoice(name: (typeof CHOICE_CRITERIA)[number], locale: Locale): TemplateResult {
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
        ${CHOICES[name].map(
          (value) => html`<option value=${value} ?selected=${this.draft[name] === value}>${name === 'typeIdentifiantStructure' ? value : t(locale, value as PickerMessageKey)}</option>`,
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
    return html`<div role="heading" aria-level=${this.headingLevel} class="results-title"><strong>${heading}</strong></div>
      ${outcome.total > outcome.items.length
        ? html`<p class="notice notice--warning" role="status">${t(locale, 'truncated', { shown: outcome.items.length.toLocaleString(locale), total: outcome.total.toLocaleString(locale) })}</p>`
        : nothing}
      <cp-data-table
        part="results"
        caption=${heading}
        caption-hidden
        page-size="10"
        csv-filename=${t(locale, 'csvFile')}
        .columns=${this.columns(locale)}
        .rows=${outcome.items}
        .rowKey=${(row: StructureSearchItem) => String(row.idStructureCPP)}
        sort-key=${this.sort?.key ?? ''}
        sort-direction=${this.sort?.direction ?? 'ascending'}
        ?selectable=${this.multiple}
        row-action-label=${this.multiple ? '' : t(locale, 'choose')}
        @cp-sort-change=${this.onSort}
        @cp-selection-change=${(event: CustomEvent<SelectionChangeDetail<StructureSearchItem>>) => (this.ticked = event.detail.rows)}
        @cp-row-activate=${(event: CustomEvent<RowActivateDetail<StructureSearchItem>>) => this.choose([event.detail.row])}
      >
        <p slot="empty">${t(locale, 'noResult')}</p>
        ${this.multiple
          ? html`<button slot="actions" type="button" ?disabled=${this.ticked.length === 0} aria-describedby="sp-choose-hint" @click=${() => this.choose(this.ticked)}>
              ${t(locale, 'chooseSelected', { count: this.ticked.length })}
            </button>`
          : nothing}
      </cp-data-table>
      ${this.multiple && this.ticked.length === 0 ? html`<p class="hint" id="sp-choose-hint">${t(locale, 'chooseNone')}</p>` : nothing}`;
  }

  private columns(locale: Locale): DataTableColumn<StructureSearchItem>[] {
    return [
      { key: 'identifiantStructure', label: t(locale, 'identifiant'), sortable: true },
      { key: 'typeIdentifiantStructure', label: t(locale, 'typeIdentifiantStructure'), sortable: true },
      { key: 'designationStructure', label: t(locale, 'raisonSociale'), sortable: true },
      { key: 'libelleStructure', label: t(locale, 'libelle') },
      { key: 'codePostal', label: t(locale, 'codePostal'), sortable: true },
      { key: 'ville', label: t(locale, 'ville'), sortable: true },
      { key: 'typeStructure', label: t(locale, 'typeStructure'), sortable: true, render: (row) => t(locale, row.typeStructure) },
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
    this.latest.schedule((signal) => this.search(signal));
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    if (!criteriaOf(this.draft)) {
      this.latest.cancel();
      this.missing = true;
      void this.updateComplete.then(() => this.renderRoot.querySelector('cp-error-summary')?.focus());
      return;
    }
    this.missing = false;
    void this.latest.run((signal) => this.search(signal));
  }

  private onSort(event: CustomEvent<SortChangeDetail>): void {
    this.sort = event.detail;
    if (criteriaOf(this.draft)) void this.latest.run((signal) => this.search(signal));
  }

  private clear(): void {
    this.latest.cancel();
    this.draft = {};
    this.sort = undefined;
    this.missing = false;
    this.ticked = [];
    this.outcome = { kind: 'idle' };
  }

  /** Asks the server for the structures matching the criteria, sorted as the table shows (RAT-2). */
  private async search(signal: AbortSignal): Promise<void> {
    const criteria = criteriaOf(this.draft);
    const client = this.session.client;
    if (!criteria || !client) return;
    if (this.outcome.kind !== 'done') this.outcome = { kind: 'loading' };
    const sort = this.sort ? { sort: this.sort.key, order: this.sort.direction === 'ascending' ? ('asc' as const) : ('desc' as const) } : {};
    try {
      const page = await client.searchStructures({ ...criteria, ...sort, pageSize: MAX_PAGE_SIZE }, { signal });
      this.ticked = [];
      this.outcome = { kind: 'done', items: page.items, total: page.total };
    } catch (error) {
      if (isCpError(error, 'ABORTED')) return;
      this.outcome = { kind: 'failed', message: isCpError(error) ? error.text : { fr: String(error), en: String(error) } };
    }
  }

  private choose(structures: StructureSearchItem[]): void {
    if (structures.length === 0) return;
    this.dispatchEvent(new CustomEvent<StructuresSelectDetail>('cp-structures-select', { detail: { structures }, bubbles: true, composed: true }));
  }
}

if (!customElements.get('cp-structure-picker')) customElements.define('cp-structure-picker', CpStructurePicker);

declare global {
  interface HTMLElementTagNameMap {
    'cp-structure-picker': CpStructurePicker;
  }
  interface HTMLElementEventMap {
    'cp-structures-select': CustomEvent<StructuresSelectDetail>;
  }
}
