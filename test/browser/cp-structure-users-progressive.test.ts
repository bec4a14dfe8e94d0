import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import { deepQuery, textOf } from './cp-rattachements-support.js';
import { deepActive, tabTo } from './shared-focus.js';
import {
  countOf,
  expectFirstPageThenAll,
  exportWhileLoading,
  mountLoading,
  sortWhileLoading,
  useLargeSetHeld,
} from './support/held-pages.js';

// Issue 16 item 3: the GP of a structure with more members than the first page (100 rows) sees its
// first users at once; the table stays usable (sort, open a user, CSV export) while the other pages
// (500 rows each) load behind a progress bar. The pages after the first are held by the test until it
// lets them through, so the loading state is observed for sure, never raced.
const WAIT = { timeout: 20_000 };

describe('cp-structure-users with more members than one page (issue 16: time to first rows)', () => {
  // utilisateur.1 is the GP of the big structure, with 1,199 other members.
  const held = useLargeSetHeld(
    { structures: 1, users: 1200, habilitationsOnOneStructure: 1200 },
    '*/api/structures/:id/rattachements',
  );

  const mount = () => mountLoading('cp-structure-users', WAIT.timeout);

  const logins = (table: Element) =>
    [...table.shadowRoot!.querySelectorAll('tr[part~="row"]')].map((row) => row.children[1]!.textContent!.trim());

  it('RAT-8: paints the first 100 users before the other pages arrive, with a visible progress and a busy live count; done, the count says all', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    // The attach form and the espaces (loaded at once, beside the first page) are there meanwhile.
    await waitUntil(() => held.pages.held.length > 0, 'the other pages are asked for (and held)', WAIT);
    expect(table.shadowRoot!.querySelectorAll('tr[part~="row"]').length).to.equal(20);
    expect(deepQuery(el, '#attach-login')).to.not.equal(null);
    expect(deepQuery(el, '[part="espaces"]')).to.not.equal(null);
    await expectFirstPageThenAll(el, table, held.pages, WAIT.timeout);
    expect(deepQuery(el, 'cp-data-table[part="table"]')).to.equal(table);
  });

  it('RAT-8 keyboard only, while loading: the filter narrows the loaded users, a sort orders them, and a CSV export asked for is made with every matching user once the list is complete', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    const filter = deepQuery<HTMLInputElement>(el, '#users-filter')!;
    await tabTo((active) => active === filter, 'the filter');
    await sendKeys({ type: 'utilisateur.1' });
    const filtered = /(\d[\d\s\u202f]*) utilisateurs? sur (\d[\d\s\u202f]*) correspond/;
    const counts = () =>
      filtered
        .exec(textOf(el))
        ?.slice(1)
        .map((n) => Number(n.replace(/\D/g, '')));
    await waitUntil(() => counts()?.[1] === 100, 'the loaded users are filtered', WAIT);
    const shownWhileLoading = counts()![0]!;
    expect(shownWhileLoading).to.be.within(1, 99);
    expect(countOf(table).getAttribute('aria-busy')).to.equal('true');
    expect(logins(table).every((login) => login.includes('utilisateur.1'))).to.equal(true);

    const sort = await sortWhileLoading(table, 'Identifiant de connexion');
    const shown = logins(table);
    expect(shown.length).to.be.greaterThan(1);
    expect(shown).to.deep.equal([...shown].sort((a, b) => a.localeCompare(b, 'fr', { numeric: true })));

    const { filename, lines } = await exportWhileLoading(el, table, held.pages, WAIT.timeout);
    expect(filename).to.equal('utilisateurs.csv');
    await waitUntil(() => counts()?.[1] === 1200, 'the filter counts the whole list', WAIT);
    const [shownAtEnd] = counts()!;
    expect(shownAtEnd).to.be.greaterThan(shownWhileLoading);
    expect(lines.length).to.equal(shownAtEnd! + 1);
    expect(lines.slice(1).every((line) => line.includes('utilisateur.1'))).to.equal(true);
    expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    expect(deepActive()!.textContent).to.contain('Exporter en CSV');
  });

  it('RAT-8 keyboard only, while loading: a loaded user opens with his panel, which stays once the list is complete', async function () {
    this.timeout(60_000);
    const { el, table: loading } = await mount();
    const manage = loading.shadowRoot!.querySelector<HTMLButtonElement>('[part~="row-action"]')!;
    const name = manage.closest('tr')!.children[0]!.textContent!.trim();
    await tabTo((active) => active === manage, 'the first row’s "Gérer" button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'user-title', 'the user’s panel takes focus', WAIT);
    expect(deepActive()!.textContent).to.contain(name);
    await expect(el).to.be.accessible();

    held.pages.release();
    await waitUntil(() => held.pages.held.length >= 3, 'the other pages (500, 500, 200 users) go through', WAIT);
    // The list completes under the panel: the panel and the focus stay.
    await (el as unknown as { structureData: { taskComplete: Promise<unknown> } }).structureData.taskComplete;
    expect(deepActive()?.id).to.equal('user-title');
    const back = [...el.shadowRoot!.querySelectorAll('button')].find(
      (b) => b.textContent!.trim() === 'Retour à la liste',
    )!;
    await tabTo((active) => active === back, 'the back button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepQuery(el, 'cp-data-table[part="table"]') !== null, 'the list is back', WAIT);
    const table = deepQuery(el, 'cp-data-table[part="table"]')!;
    await waitUntil(
      () => countOf(table).textContent!.includes('1\u202f200 résultats'),
      'the whole list is there',
      WAIT,
    );
  });
});
