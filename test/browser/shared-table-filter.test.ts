import { expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, LitElement, type TemplateResult } from 'lit';
import type { DataTableColumn } from '../../src/elements/shared/cp-data-table.js';
import { fieldStyles } from '../../src/elements/shared/field.js';
import { TableFilter } from '../../src/elements/shared/table-filter.js';
import { tokens } from '../../src/elements/shared/tokens.js';
import { defineMessages } from '../../src/i18n/catalog.js';
import { tabTo } from './shared-focus.js';

interface Row {
  nom: string;
  statut: string;
}

const ROWS: Row[] = [
  { nom: 'Lucas MARTIN', statut: 'Validé' },
  { nom: 'Sophie BERNARD', statut: 'Désactivé' },
  { nom: 'Marc PETIT', statut: 'Désactivé' },
];
const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'nom', label: 'Nom' },
  { key: 'statut', label: 'Statut' },
];
const t = defineMessages(
  {
    filter: 'Filtrer les lignes',
    filterHint: 'Nom ou statut.',
    filtered: '{shown, plural, one {# ligne} other {# lignes}} sur {total}.',
  },
  {
    filter: 'Filter the rows',
    filterHint: 'Name or status.',
    filtered: '{shown, plural, one {# row} other {# rows}} out of {total}.',
  },
);

/** A host of the filter as an element uses it: the field above the names of the rows shown. */
class FilterHost extends LitElement {
  static override styles = [tokens, fieldStyles];
  readonly filter = new TableFilter<Row>(this, 'rows-filter', t);

  protected override render(): TemplateResult {
    const { field, shown } = this.filter.render('fr', ROWS, COLUMNS);
    return html`${field}
      <ul>
        ${shown.map((row) => html`<li>${row.nom}</li>`)}
      </ul>`;
  }
}
customElements.define('test-filter-host', FilterHost);

const names = (el: FilterHost) => [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent);
const status = (el: FilterHost) => el.shadowRoot!.querySelector('#rows-filter-matches')!;

describe('TableFilter: the filter above a table, the same in every element (cp-habilitations, cp-structure-users)', () => {
  it('keyboard only: Tab reaches the labelled search field, typing narrows the rows (accents ignored) and the live status counts them; clear() shows them all', async () => {
    const el = await fixture<FilterHost>(html`<test-filter-host></test-filter-host>`);
    expect(status(el).getAttribute('role')).to.equal('status');
    expect(status(el).textContent).to.equal('');
    const input = el.shadowRoot!.querySelector<HTMLInputElement>('#rows-filter')!;
    expect(input.type).to.equal('search');
    expect(el.shadowRoot!.querySelector('label[for="rows-filter"]')!.textContent).to.contain('Filtrer les lignes');
    expect(input.getAttribute('aria-describedby')!.split(' ')).to.include.members([
      'rows-filter-hint',
      'rows-filter-matches',
    ]);

    await tabTo((active) => active === input, 'the filter');
    await sendKeys({ type: 'desactive' });
    await waitUntil(() => names(el).length === 2, 'the rows narrow as one types');
    expect(names(el)).to.deep.equal(['Sophie BERNARD', 'Marc PETIT']);
    expect(status(el).textContent).to.equal('2 lignes sur 3.');
    await expect(el).to.be.accessible();

    el.filter.clear();
    await el.updateComplete;
    expect(names(el)).to.have.length(3);
    expect(input.value).to.equal('');
    expect(status(el).textContent).to.equal('');
  });
});
