import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import { deepActive, tabTo } from './cp-account-form-support.js';
import { deepQuery, textOf } from './cp-rattachements-support.js';
import {
  expectFirstPageThenAll,
  exportWhileLoading,
  mountLoading,
  sortWhileLoading,
  useLargeSetHeld,
} from './support/held-pages.js';

// Issue 16 item 3: a user with more profiles than the first page (100 rows) sees them at once; the
// list stays usable (filter, sort, CSV export) while the other pages (500 rows each) load behind a
// progress bar. The pages after the first are held by the test until it lets them through, so the
// loading state is observed for sure, never raced.
const WAIT = { timeout: 20_000 };

describe('cp-habilitations with more profiles than one page (issue 16: time to first rows)', () => {
  const held = useLargeSetHeld(
    {
      structures: 400,
      users: 2,
      habilitationsOnOneStructure: 0,
      profilesOfFirstUser: 1200,
    },
    '*/api/me/habilitations',
  );

  const mount = () => mountLoading('cp-habilitations', WAIT.timeout);

  const rowTexts = (table: Element) =>
    [...table.shadowRoot!.querySelectorAll('tr[part~="row"]')].map((row) => row.textContent!.trim());

  it('paints the first 100 rows before the other pages arrive, with a visible progress and a busy live count; done, the count says all', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    await expectFirstPageThenAll(el, table, held.pages, WAIT.timeout);
  });

  it('keyboard only, while loading: the filter narrows the loaded rows, a sort orders them, and a CSV export asked for is made with every row once the list is complete', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    const filter = deepQuery<HTMLInputElement>(el, '#hb-filter')!;
    await tabTo((active) => active === filter, 'the filter');
    await sendKeys({ type: 'modification' });
    await waitUntil(
      () => /\d+ habilitations? sur 100 correspond/.test(textOf(el)),
      'the loaded rows are filtered',
      WAIT,
    );
    const shownWhileLoading = Number(/(\d+) habilitations? sur 100/.exec(textOf(el))![1]);
    expect(shownWhileLoading).to.be.within(1, 99);
    expect(rowTexts(table).every((text) => text.includes('Modification'))).to.equal(true);

    await sortWhileLoading(table, 'Service');
    const services = rowTexts(table);
    expect(services.length).to.be.greaterThan(1);

    const { filename, lines } = await exportWhileLoading(el, table, held.pages, WAIT.timeout);
    expect(filename).to.equal('mes-habilitations.csv');
    const shown = Number(/(\d[\d\s\u202f]*) habilitations? sur 1\s?200/.exec(textOf(el))![1]!.replace(/\D/g, ''));
    expect(shown).to.be.greaterThan(shownWhileLoading);
    expect(lines.length).to.equal(shown + 1);
    expect(deepActive()!.textContent).to.contain('Exporter en CSV');
  });
});
