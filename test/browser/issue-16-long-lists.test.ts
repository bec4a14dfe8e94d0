import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { startMockWorker, type MockWorker } from '../../mock-api/browser.js';
import { guidesCast, withLargeSet, type LargeSetOptions } from '../../mock-api/seed/index.js';
import '../../src/elements/cp-gp-transfer/cp-gp-transfer.js';
import '../../src/elements/cp-rattachements/cp-rattachements.js';
import '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import '../../src/elements/cp-structure-users/cp-structure-users.js';
import { deepQuery, textOf } from './cp-rattachements-support.js';

// A list longer than the API's largest page (500 rows) is shown whole: each element reads every page
// (before, they asked for one page of 500 and silently showed the first 500 rows only).
const USER = 'utilisateur.1@exemple.fr';
const WAIT = { timeout: 30_000 };

describe('lists longer than one page of the API are shown whole (issue 16)', () => {
  let mock: MockWorker;

  before(async () => {
    mock = await startMockWorker({ persist: false });
  });
  after(() => mock.stop());
  afterEach(() => mock.reset());

  /** Seeds the large set: `utilisateur.1` is the GP of every other generated structure, and of the first one's users. */
  const seed = (options: LargeSetOptions): void => {
    const now = new Date();
    mock.app.env.store.restore(withLargeSet(guidesCast(now), now, options).snapshot);
  };

  /** Mounts `content` for utilisateur.1 and waits for its table's "N résultats" count of the whole list. */
  async function countShown(content: TemplateResult, table: string): Promise<string> {
    const session = await fixture(html`<cp-session user=${USER}>${content}</cp-session>`);
    const el = session.firstElementChild!;
    const countOf = () => deepQuery(el, table)?.shadowRoot?.querySelector('[part="count"]');
    const count = () => countOf()?.textContent ?? '';
    // A list that loads progressively marks its count busy until the last page (issue 16 item 3).
    const done = () => /\d résultats/.test(count()) && !countOf()!.hasAttribute('aria-busy');
    await waitUntil(done, `the count of ${table} shows the whole list`, WAIT);
    return count().replace(/\s+/g, ' ').trim();
  }

  it('RAT-1: Mes rattachements of a GP of 600 structures lists the 600', async function () {
    this.timeout(60_000);
    seed({ structures: 1200, users: 2, habilitationsOnOneStructure: 0 });
    expect(await countShown(html`<cp-rattachements></cp-rattachements>`, 'cp-data-table')).to.equal('600 résultats');
  });

  it('STR-3: the structure manager lists the 600 structures its GP manages', async function () {
    this.timeout(60_000);
    seed({ structures: 1200, users: 2, habilitationsOnOneStructure: 0 });
    expect(await countShown(html`<cp-structure-manager></cp-structure-manager>`, 'cp-data-table')).to.equal(
      '600 résultats',
    );
  });

  it('GP-2: the GP transfer says its GP holds 600 structures and offers each of them', async function () {
    this.timeout(60_000);
    seed({ structures: 1200, users: 2, habilitationsOnOneStructure: 0 });
    const session = await fixture(html`<cp-session user=${USER}><cp-gp-transfer></cp-gp-transfer></cp-session>`);
    const el = session.firstElementChild!;
    await waitUntil(() => textOf(el).includes('de 600 structures.'), 'the count of structures shows', WAIT);
    expect(el.shadowRoot!.querySelectorAll('#structures input[type="checkbox"]').length).to.equal(600);
  });

  it('HAB-5: the users of a structure with 620 members are all listed for its GP', async function () {
    this.timeout(60_000);
    seed({ structures: 1, users: 620, habilitationsOnOneStructure: 620 });
    expect(await countShown(html`<cp-structure-users></cp-structure-users>`, 'cp-data-table')).to.equal(
      '620 résultats',
    );
  });
});
