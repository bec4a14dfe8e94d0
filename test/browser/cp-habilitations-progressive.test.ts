import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http } from 'msw';
import { startMockWorker, type MockWorker } from '../../mock-api/browser.js';
import { guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-habilitations/cp-habilitations.js';
import '../../src/elements/cp-session/cp-session.js';
import { FIRST_PAGE_SIZE } from '../../src/elements/shared/load-all-pages.js';
import { deepActive, tabTo } from './cp-account-form-support.js';
import { deepQuery, textOf } from './cp-rattachements-support.js';
import { captureDownloads } from './support/downloads.js';

// Issue 16 item 3: a user with more profiles than the first page (100 rows) sees them at once; the
// list stays usable (filter, sort, CSV export) while the other pages (500 rows each) load behind a
// progress bar. The pages after the first are held by the test until it lets them through, so the
// loading state is observed for sure, never raced.
const USER = 'utilisateur.1@exemple.fr';
const WAIT = { timeout: 20_000 };

describe('cp-habilitations with more profiles than one page (issue 16: time to first rows)', () => {
  let mock: MockWorker;
  let release: () => void;
  const held: string[] = [];

  before(async () => {
    mock = await startMockWorker({ persist: false });
  });
  after(() => mock.stop());

  beforeEach(() => {
    const now = new Date();
    mock.app.env.store.restore(
      withLargeSet(guidesCast(now), now, {
        structures: 400,
        users: 2,
        habilitationsOnOneStructure: 0,
        profilesOfFirstUser: 1200,
      }).snapshot,
    );
    const gate = new Promise<void>((resolve) => (release = resolve));
    held.length = 0;
    // Falls through to the mock's own handler (no answer returned) once the gate opens.
    mock.worker.use(
      http.get('*/api/me/habilitations', async ({ request }) => {
        if (new URL(request.url).searchParams.get('pageSize') === String(FIRST_PAGE_SIZE)) return;
        held.push(request.url);
        await gate;
      }),
    );
  });

  afterEach(() => {
    release();
    mock.worker.resetHandlers();
    mock.reset();
  });

  async function mount() {
    const session = await fixture(html`<cp-session user=${USER}><cp-habilitations></cp-habilitations></cp-session>`);
    const el = session.querySelector('cp-habilitations')!;
    await waitUntil(() => deepQuery(el, '[part="progress"]') !== null, 'the progress shows', WAIT);
    const table = deepQuery<HTMLElement & { updateComplete: Promise<unknown> }>(el, 'cp-data-table[part="table"]')!;
    return { el, table };
  }

  const countOf = (table: Element) => table.shadowRoot!.querySelector('[part="count"]')!;
  const rowTexts = (table: Element) =>
    [...table.shadowRoot!.querySelectorAll('tr[part~="row"]')].map((row) => row.textContent!.trim());

  it('paints the first 100 rows before the other pages arrive, with a visible progress and a busy live count; done, the count says all', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    const progress = table.shadowRoot!.querySelector('[part="progress"]')!;
    expect(progress.textContent).to.match(/Chargement de la liste : 100 lignes sur 1\s200/);
    expect(progress.querySelector('progress')!.value).to.equal(100);
    expect(progress.querySelector('progress')!.max).to.equal(1200);
    await waitUntil(() => held.length > 0, 'the other pages are asked for (and held)', WAIT);
    expect(rowTexts(table).length).to.be.greaterThan(0);
    expect(countOf(table).getAttribute('role')).to.equal('status');
    expect(countOf(table).getAttribute('aria-busy')).to.equal('true');
    expect(countOf(table).textContent).to.contain('100 résultats');
    await expect(el).to.be.accessible();

    release();
    await waitUntil(() => table.shadowRoot!.querySelector('[part="progress"]') === null, 'loading ends', WAIT);
    // The same table, completed in place: not replaced by a new one (focus, filter and scroll stay).
    expect(table.isConnected).to.equal(true);
    expect(countOf(table).hasAttribute('aria-busy')).to.equal(false);
    expect(countOf(table).textContent).to.contain('1\u202f200 résultats');
    await expect(el).to.be.accessible();
  });

  it('keyboard only, while loading: the filter narrows the loaded rows, a sort orders them, and a CSV export asked for is made with every row once the list is complete', async function () {
    this.timeout(60_000);
    const { el, table } = await mount();
    const filter = deepQuery<HTMLInputElement>(el, '#hb-filter')!;
    await tabTo((active) => active === filter, 'the filter');
    await sendKeys({ type: 'modification' });
    await waitUntil(
      () => /\d+ habilitations sur 100 correspondent/.test(textOf(el)),
      'the loaded rows are filtered',
      WAIT,
    );
    const shownWhileLoading = Number(/(\d+) habilitations sur 100/.exec(textOf(el))![1]);
    expect(shownWhileLoading).to.be.within(1, 99);
    expect(rowTexts(table).every((text) => text.includes('Modification'))).to.equal(true);

    const sort = [...table.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.sort')].find((b) =>
      b.textContent!.includes('Service'),
    )!;
    await tabTo((active) => active === sort, 'the sort button of the service column');
    await sendKeys({ press: 'Enter' });
    await table.updateComplete;
    expect(sort.closest('th')!.getAttribute('aria-sort')).to.equal('ascending');
    const services = rowTexts(table);
    expect(services.length).to.be.greaterThan(1);

    const { created, clicked, restore } = captureDownloads();
    try {
      const exportButton = table.shadowRoot!.querySelector<HTMLButtonElement>('[part="export"]')!;
      await tabTo((active) => active === exportButton, 'the export button', true);
      await sendKeys({ press: 'Enter' });
      await table.updateComplete;
      expect(clicked).to.deep.equal([]);
      expect(exportButton.textContent).to.contain('Export CSV à la fin du chargement');
      expect(exportButton.getAttribute('aria-disabled')).to.equal('true');
      await expect(el).to.be.accessible();

      release();
      await waitUntil(() => clicked.length === 1, 'the export is made when the list is complete', WAIT);
    } finally {
      restore();
    }
    expect(clicked).to.deep.equal(['mes-habilitations.csv']);
    const shown = Number(/(\d[\d\s\u202f]*) habilitations sur 1\s?200/.exec(textOf(el))![1]!.replace(/\D/g, ''));
    expect(shown).to.be.greaterThan(shownWhileLoading);
    const lines = new TextDecoder()
      .decode(new Uint8Array(await created[0]!.arrayBuffer()))
      .trim()
      .split('\r\n');
    expect(lines.length).to.equal(shown + 1);
    expect(deepActive()!.textContent).to.contain('Exporter en CSV');
  });
});
