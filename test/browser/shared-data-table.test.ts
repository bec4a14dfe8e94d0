import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/shared/cp-data-table.js';
import type { CpDataTable, DataTableColumn, DataTableRowAction } from '../../src/elements/shared/cp-data-table.js';
import { deepActive } from './shared-focus.js';
import { captureDownloads } from './support/downloads.js';

interface Member {
  id: string;
  name: string;
  since: string;
  profiles: number;
}

const columns: DataTableColumn<Member>[] = [
  { key: 'name', label: 'Nom', sortable: true },
  { key: 'since', label: 'Depuis', sortable: true, type: 'date' },
  { key: 'profiles', label: 'Profils', sortable: true },
];

const members: Member[] = [
  { id: 'u1', name: 'Pauline DUFOUR', since: '2024-03-07', profiles: 2 },
  { id: 'u2', name: 'Jeane Chaource', since: '2023-11-20', profiles: 10 },
  { id: 'u3', name: 'Agent 2', since: '2025-01-02', profiles: 1 },
];

const many = (count: number): Member[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `m${i}`,
    name: `Agent ${i + 1}`,
    since: '2025-06-01',
    profiles: i % 5,
  }));

const bodyRows = (el: CpDataTable<Member>) => [...el.shadowRoot!.querySelectorAll<HTMLTableRowElement>('tbody tr.row')];
const firstCells = (el: CpDataTable<Member>) =>
  bodyRows(el).map((row) => row.querySelector('td:not(.select)')!.textContent);
const headerOf = (el: CpDataTable<Member>, label: string) =>
  [...el.shadowRoot!.querySelectorAll('th')].find((th) => th.textContent!.trim() === label)!;

describe('cp-data-table (shared table: sort, selection, paging, virtual scroll, CSV X-3)', () => {
  it('X-4 renders a captioned table whose cells are text, never markup', async () => {
    const rows = [...members, { id: 'x', name: '<img src=x onerror="window.pwned=1">', since: '', profiles: 0 }];
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Utilisateurs rattachés" .columns=${columns} .rows=${rows}></cp-data-table>`,
    );
    expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Utilisateurs rattachés');
    expect(el.shadowRoot!.querySelector('tbody img')).to.equal(null);
    expect(firstCells(el)[3]).to.equal('<img src=x onerror="window.pwned=1">');
    expect(bodyRows(el)[0]!.querySelectorAll('td')[1]!.textContent).to.equal('07/03/2024');
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('4 résultats');
    await expect(el).to.be.accessible();
  });

  it('its events reach the element that holds the table, not the page outside that element (bubbling, not composed)', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    const inner = holder.attachShadow({ mode: 'open' });
    inner.innerHTML = '<section><cp-data-table caption="Membres"></cp-data-table></section>';
    const el = inner.querySelector<CpDataTable<Member>>('cp-data-table')!;
    el.columns = columns;
    el.rows = members;
    await el.updateComplete;
    const heard: string[] = [];
    inner
      .querySelector('section')!
      .addEventListener('cp-table-sort-changed', (event) => heard.push(`holder: ${event.detail.key}`));
    const onPage = (): number => heard.push('page');
    document.addEventListener('cp-table-sort-changed', onPage);
    headerOf(el, 'Nom').querySelector('button')!.click();
    document.removeEventListener('cp-table-sort-changed', onPage);
    expect(heard).to.deep.equal(['holder: name']);
  });

  it('sorts on a header button, sets aria-sort and sends cp-table-sort-changed (numbers in text sort as numbers)', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    const button = headerOf(el, 'Nom').querySelector('button')!;
    const event = oneEvent(el, 'cp-table-sort-changed');
    button.click();
    expect((await event).detail).to.deep.equal({ key: 'name', direction: 'ascending' });
    await el.updateComplete;
    expect(headerOf(el, 'Nom').getAttribute('aria-sort')).to.equal('ascending');
    expect(firstCells(el)).to.deep.equal(['Agent 2', 'Jeane Chaource', 'Pauline DUFOUR']);
    headerOf(el, 'Profils').querySelector('button')!.click();
    await el.updateComplete;
    headerOf(el, 'Profils').querySelector('button')!.click();
    await el.updateComplete;
    expect(headerOf(el, 'Profils').getAttribute('aria-sort')).to.equal('descending');
    expect(headerOf(el, 'Nom').getAttribute('aria-sort')).to.equal('none');
    expect(firstCells(el)).to.deep.equal(['Jeane Chaource', 'Pauline DUFOUR', 'Agent 2']);
    await expect(el).to.be.accessible();
  });

  it('selects rows with labelled checkboxes, marks them aria-selected and makes select-all indeterminate', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table selectable caption="Membres" .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    const boxes = bodyRows(el).map((row) => row.querySelector<HTMLInputElement>('input[type="checkbox"]')!);
    expect(boxes.map((box) => box.getAttribute('aria-label'))).to.deep.equal([
      'Sélectionner la ligne 1',
      'Sélectionner la ligne 2',
      'Sélectionner la ligne 3',
    ]);
    const event = oneEvent(el, 'cp-table-selection-changed');
    boxes[1]!.click();
    const { detail } = await event;
    expect(detail.keys).to.deep.equal(['u2']);
    expect(detail.rows).to.deep.equal([members[1]]);
    await el.updateComplete;
    const all = el.shadowRoot!.querySelector<HTMLInputElement>('#select-all')!;
    expect(all.indeterminate).to.equal(true);
    expect(bodyRows(el).map((row) => row.getAttribute('aria-selected'))).to.deep.equal(['false', 'true', 'false']);
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent).to.contain('1 ligne sélectionnée');
    await expect(el).to.be.accessible();
    all.click();
    await el.updateComplete;
    expect(all.indeterminate).to.equal(false);
    expect(el.selectedKeys).to.deep.equal(['u1', 'u2', 'u3']);
    all.click();
    await el.updateComplete;
    expect(el.selectedKeys).to.deep.equal([]);
  });

  it('names each row action after its row, with as many leading columns as it takes to tell rows apart (RGAA 11.9)', async () => {
    const rows: Member[] = [
      { id: 'a', name: 'CENTRE COMMUNAL', since: '2024-03-07', profiles: 2 },
      { id: 'b', name: 'CENTRE COMMUNAL', since: '2024-03-08', profiles: 2 },
      { id: 'c', name: 'MAIRIE', since: '2024-03-07', profiles: 1 },
    ];
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Abonnements" row-action-label="Supprimer" .columns=${columns} .rows=${rows}></cp-data-table>`,
    );
    const names = [...el.shadowRoot!.querySelectorAll('button[part="row-action"]')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(names).to.deep.equal([
      'Supprimer – CENTRE COMMUNAL, 07/03/2024',
      'Supprimer – CENTRE COMMUNAL, 08/03/2024',
      'Supprimer – MAIRIE, 07/03/2024',
    ]);
    el.rows = members;
    await el.updateComplete;
    const single = [...el.shadowRoot!.querySelectorAll('button[part="row-action"]')].map((b) =>
      b.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(single).to.deep.equal(['Supprimer – Pauline DUFOUR', 'Supprimer – Jeane Chaource', 'Supprimer – Agent 2']);
  });

  it('rowActions: several actions per row, each only on the rows it applies to; the event names the action and focus can go back to it', async () => {
    const actions: DataTableRowAction<Member>[] = [
      { id: 'manage', label: 'Gérer' },
      { id: 'consult', label: 'Consulter', when: (row) => row.profiles < 10 },
    ];
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" .rowActions=${actions} .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    const labels = [...el.shadowRoot!.querySelectorAll('tr[part="row"]')].map((tr) =>
      [...tr.querySelectorAll('button[part="row-action"]')].map((b) => b.textContent!.replace(/\s+/g, ' ').trim()),
    );
    expect(labels).to.deep.equal([
      ['Gérer – Pauline DUFOUR', 'Consulter – Pauline DUFOUR'],
      ['Gérer – Jeane Chaource'],
      ['Gérer – Agent 2', 'Consulter – Agent 2'],
    ]);
    const activated = oneEvent(el, 'cp-table-row-activated');
    el.shadowRoot!.querySelector<HTMLButtonElement>('tr[data-key="u3"] button[data-action="consult"]')!.click();
    expect((await activated).detail).to.deep.equal({ row: members[2], key: 'u3', action: 'consult' });
    expect(await el.focusRowAction('u3', 'consult')).to.equal(true);
    expect(deepActive()!.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Consulter – Agent 2');
    expect(await el.focusRowAction('u2', 'consult')).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('count-hidden: no count and no status region above the table (its element gives the count)', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" count-hidden .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.include('3 résultats');
  });

  it('pages 45 rows by 20 with a pagination bar and keeps the selection across pages', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table selectable caption="Membres" .columns=${columns} .rows=${many(45)}></cp-data-table>`,
    );
    expect(el.shadowRoot!.querySelector('[part="count"]')!.textContent!.trim()).to.equal('45 résultats');
    expect(bodyRows(el)).to.have.length(20);
    bodyRows(el)[0]!.querySelector('input')!.click();
    const page3 = el.shadowRoot!.querySelector<HTMLButtonElement>('nav button[aria-label="Page 3"]')!;
    page3.click();
    await el.updateComplete;
    expect(firstCells(el)).to.deep.equal(['Agent 41', 'Agent 42', 'Agent 43', 'Agent 44', 'Agent 45']);
    expect(bodyRows(el)[0]!.getAttribute('aria-rowindex')).to.equal('42');
    expect(page3.getAttribute('aria-current')).to.equal('page');
    expect(el.shadowRoot!.querySelector<HTMLButtonElement>('nav li:last-child button')!.disabled).to.equal(true);
    expect(el.selectedKeys).to.deep.equal(['m0']);
    await expect(el).to.be.accessible();
  });

  it('shows the empty state (slot or default text) and no export button when there are no rows', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" .columns=${columns} .rows=${[]}></cp-data-table>`,
    );
    expect(el.shadowRoot!.querySelector('td.empty')!.textContent!.trim()).to.equal('Aucun résultat');
    expect(el.shadowRoot!.querySelector('[part="export"]')).to.equal(null);
    await expect(el).to.be.accessible();
    const custom = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" .columns=${columns} .rows=${[]}><p slot="empty">Aucun rattachement en attente.</p></cp-data-table>`,
    );
    const slot = custom.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="empty"]')!;
    expect(slot.assignedElements()[0]!.textContent).to.equal('Aucun rattachement en attente.');
  });

  it('virtual: 10,000 rows keep only the rows in view in the DOM, with aria-rowcount and aria-rowindex', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table virtual selectable style="--cp-data-table-height: 400px" caption="Membres" .columns=${columns} .rows=${many(10_000)}></cp-data-table>`,
    );
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')!.getAttribute('aria-rowcount')).to.equal('10001');
    expect(bodyRows(el).length).to.be.greaterThan(5).and.lessThan(60);
    const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
    expect(scroller.scrollHeight).to.be.greaterThan(10_000 * 40);
    scroller.scrollTop = scroller.scrollHeight;
    await oneEvent(scroller, 'scroll');
    await el.updateComplete;
    const rows = bodyRows(el);
    expect(rows.length).to.be.lessThan(60);
    expect(rows.at(-1)!.getAttribute('aria-rowindex')).to.equal('10001');
    expect(rows.at(-1)!.querySelector('input')!.getAttribute('aria-label')).to.equal('Sélectionner la ligne 10000');
    await expect(el).to.be.accessible();
  });

  it('virtual, keyboard only: Tab goes on past the first rows in view, which scroll in as focus moves', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table virtual selectable style="--cp-data-table-height: 300px" caption="Membres" .columns=${columns} .rows=${many(10_000)}></cp-data-table>`,
    );
    await el.updateComplete;
    const first = bodyRows(el)[0]!.querySelector('input')!;
    first.focus();
    for (let i = 0; i < 40; i += 1) {
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
    }
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Sélectionner la ligne 41');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selectedKeys).to.deep.equal(['m40']);
    expect(bodyRows(el).length).to.be.lessThan(60);
    expect(el.shadowRoot!.querySelector('.scroller')!.scrollTop).to.be.greaterThan(0);
  });

  it('X-3 exports the rows in display order as a French CSV file', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table caption="Membres" csv-filename="membres.csv" sort-key="name" .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    const { created, clicked, restore } = captureDownloads();
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="export"]')!.click();
    } finally {
      restore();
    }
    expect(clicked).to.deep.equal(['membres.csv']);
    const bytes = new Uint8Array(await created[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    expect(text.split('\r\n').slice(0, 2)).to.deep.equal(['Nom;Depuis;Profils', 'Agent 2;02/01/2025;1']);
  });

  it('keyboard only (EN): Tab to a sort button, the select-all box and a row action; Enter and Space work', async () => {
    const el = await fixture<CpDataTable<Member>>(
      html`<cp-data-table lang="en" selectable row-action-label="View" caption="Members" .columns=${columns} .rows=${members}></cp-data-table>`,
    );
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent!.trim()).to.equal('Export as CSV');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Select all rows');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selectedKeys).to.have.length(3);
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent!.trim()).to.equal('Nom');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(firstCells(el)).to.deep.equal(['Agent 2', 'Jeane Chaource', 'Pauline DUFOUR']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.getAttribute('aria-label')).to.equal('Select row 1');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selectedKeys).to.deep.equal(['u2', 'u1'], 'row 1 (Agent 2) unselected, in display order');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent!.trim()).to.equal('View – Agent 2');
    const activated = oneEvent(el, 'cp-table-row-activated');
    await sendKeys({ press: 'Enter' });
    expect((await activated).detail).to.deep.equal({ row: members[2], key: 'u3', action: 'default' });
    await expect(el).to.be.accessible();
  });
});
