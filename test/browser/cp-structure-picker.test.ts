import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST, guidesCast, withLargeSet } from '../../mock-api/seed/index.js';
import '../../src/elements/shared/cp-structure-picker.js';
import type { StructuresSelectDetail } from '../../src/elements/shared/cp-structure-picker.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import { choose, deepAll, deepQuery, mountAs, textOf, typeInto, waitForText } from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';

const resultRows = (picker: Element) => deepAll(picker, 'tr[part~="row"]').map((row) => row.textContent ?? '');

/** The "N résultats" count of the whole result, as shown. */
const countOf = (picker: Element) =>
  deepQuery(picker, '[part~="count"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The bytes of the next file the page offers for download (the Blob handed to `URL.createObjectURL`). */
function nextDownload(): Promise<Uint8Array> {
  const original = URL.createObjectURL;
  return new Promise((resolve) => {
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      URL.createObjectURL = original;
      void (blob as Blob).arrayBuffer().then((bytes) => resolve(new Uint8Array(bytes)));
      return original.call(URL, blob);
    };
  });
}

describe('cp-structure-picker: searching a structure (RAT-2)', () => {
  const searches: string[] = [];
  // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).
  const mock = useMockWorker({
    locale: 'fr',
    onRequest: ({ request }) => {
      if (request.url.includes('/api/structure-search')) searches.push(request.url);
    },
  });
  afterEach(() => {
    searches.length = 0;
  });

  it('RAT-2: recommends identifiant or raison sociale; without any criterion it says why and searches nothing', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-structure-picker></cp-structure-picker>`,
      'Conseil : recherchez par identifiant',
    );
    const picker = session.querySelector('cp-structure-picker')!;
    await expect(picker).to.be.accessible();
    button(picker, 'Rechercher').click();
    await waitForText(picker, 'Renseignez au moins un critère de recherche.');
    expect(searches).to.deep.equal([]);
    await expect(picker).to.be.accessible();
  });

  it('RAT-2: keyboard only: type an identifier, Enter, then "Choisir" on the row sends the structure', async () => {
    const session = await mountAs('sophie', html`<cp-structure-picker></cp-structure-picker>`, 'Conseil : recherchez');
    const picker = session.querySelector('cp-structure-picker')!;
    const identifiant = deepQuery<HTMLInputElement>(picker, '#sp-identifiant')!;
    await tabTo((el) => el === identifiant, 'the identifiant field');
    await sendKeys({ type: CAST.sirets.chaourcois });
    await sendKeys({ press: 'Enter' });
    await waitForText(picker, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    await expect(picker).to.be.accessible();
    const chosen = oneEvent(picker, 'cp-structures-selected') as Promise<CustomEvent<StructuresSelectDetail>>;
    await tabTo((el) => el.textContent?.trim().startsWith('Choisir') === true, 'the row action');
    await sendKeys({ press: 'Enter' });
    const { detail } = await chosen;
    expect(detail.structures.map((s) => s.idStructureCPP)).to.deep.equal([CAST.structures.chaourcois]);
    expect(deepActive()?.textContent?.trim().startsWith('Choisir')).to.equal(true);
  });

  it('RAT-2: typing fast sends one search after the pause, not one per keystroke', async () => {
    const session = await mountAs('sophie', html`<cp-structure-picker></cp-structure-picker>`, 'Conseil : recherchez');
    const picker = session.querySelector('cp-structure-picker')!;
    const field = deepQuery<HTMLInputElement>(picker, '#sp-raisonSociale')!;
    field.focus();
    await sendKeys({ type: 'chaourcois' });
    await waitForText(picker, 'SYNDICAT DES EAUX DU CHAOURCOIS');
    expect(searches.length).to.be.at.most(2);
    expect(searches.at(-1)).to.contain('raisonSociale=chaourcois');
  });

  it('RAT-2: results are sorted by the server; the statut filters them; inactive ones say so in words', async () => {
    const session = await mountAs('sophie', html`<cp-structure-picker></cp-structure-picker>`, 'Conseil : recherchez');
    const picker = session.querySelector('cp-structure-picker')!;
    typeInto(picker, '#sp-raisonSociale', 'chaourcois');
    await waitForText(picker, 'SYNDICAT DES EAUX DU CHAOURCOIS');
    expect(resultRows(picker)[0]).to.contain('CC DU CHAOURCOIS');
    expect(textOf(picker)).to.contain('Inactive');
    const sort = deepAll<HTMLButtonElement>(picker, 'th button').find((b) =>
      b.textContent!.includes('Raison sociale'),
    )!;
    sort.click();
    await waitUntil(
      () => searches.some((url) => url.includes('sort=designationStructure') && url.includes('order=asc')),
      'the sort goes to the server',
    );
    sort.click();
    await waitUntil(() => searches.some((url) => url.includes('order=desc')), 'the descending sort goes to the server');
    await waitUntil(() => resultRows(picker)[0]!.includes('SYNDICAT DES EAUX'), 'descending order');
    choose(picker, '#sp-statut', 'ACTIF');
    await waitUntil(() => resultRows(picker).length === 1, 'only the active one is left');
    expect(resultRows(picker)[0]).to.contain('CC DU CHAOURCOIS');
  });

  it('RAT-2 / X-3: over 20,000 structures, the count is the whole result; pages and sorts come from the server, keyboard only to the last page; the CSV holds every result', async function () {
    // Generating the set and the first search's index take seconds on a loaded machine (100,000 structures: npm run bench:elements).
    this.timeout(60_000);
    const now = new Date();
    mock.app.env.store.restore(
      withLargeSet(guidesCast(now), now, { structures: 20_000, users: 100, habilitationsOnOneStructure: 0 }).snapshot,
    );
    const session = await mountAs('sophie', html`<cp-structure-picker></cp-structure-picker>`, 'Conseil : recherchez');
    const picker = session.querySelector('cp-structure-picker')!;
    const field = deepQuery<HTMLInputElement>(picker, '#sp-raisonSociale')!;
    await tabTo((el) => el === field, 'the raison sociale field');
    await sendKeys({ type: 'sarl' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => /^[\d\s\u202f]+ résultats – page 1 sur [\d\s\u202f]+$/.test(countOf(picker)),
      'the count of the whole result shows',
      { timeout: 15000 },
    );
    const total = Number(countOf(picker).split(' résultats')[0]!.replace(/\D/g, ''));
    const pages = Math.ceil(total / 10);
    expect(total).to.be.above(2_000);
    expect(resultRows(picker)).to.have.length(10);
    await expect(picker).to.be.accessible();

    searches.length = 0;
    const last = deepAll<HTMLButtonElement>(picker, 'nav[part~="pagination"] button').find(
      (b) => b.getAttribute('aria-label') === `Page ${pages.toLocaleString('fr-FR')}`,
    )!;
    await tabTo((el) => el === last, 'the last page button');
    await sendKeys({ press: 'Enter' });
    const pagesText = pages.toLocaleString('fr-FR').replace(/\s/g, ' ');
    await waitUntil(() => countOf(picker).endsWith(`page ${pagesText} sur ${pagesText}`), 'the last page shows', {
      timeout: 10_000,
    });
    expect(searches.at(-1)).to.contain(`page=${pages}`);
    expect(resultRows(picker)).to.have.length(total - (pages - 1) * 10);
    expect(deepActive()?.id).to.equal('sp-results');
    const lastOfAll = resultRows(picker).at(-1)!;

    const sort = deepAll<HTMLButtonElement>(picker, 'th button').find((b) =>
      b.textContent!.includes('Raison sociale'),
    )!;
    sort.click();
    sort.click();
    await waitUntil(
      () => searches.some((url) => url.includes('order=desc') && url.includes('page=1')),
      'the descending sort asks the server for its first page',
      { timeout: 10_000 },
    );
    await waitUntil(() => countOf(picker).includes('page 1 sur'), 'back to the first page', { timeout: 10_000 });
    await waitUntil(
      () => resultRows(picker)[0] === lastOfAll,
      'the last structure of the ascending order now comes first',
      { timeout: 10_000 },
    );

    const csv = nextDownload();
    button(picker, `Exporter les ${total.toLocaleString('fr-FR')} résultats en CSV`).click();
    const bytes = await csv;
    expect([...bytes.slice(0, 3)], 'UTF-8 byte order mark').to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).trim().split('\r\n');
    expect(lines[0]).to.equal(
      'Identifiant;Type d’identifiant;Raison sociale;Libellé;Nom;Prénom;Code postal;Ville;Pays;Type de structure;Statut',
    );
    expect(lines).to.have.length(total + 1);
    expect(
      searches.some((url) => url.includes('format=csv') && url.includes('order=desc') && url.includes('lang=fr')),
    ).to.equal(true);
  });

  it('RAT-2: nom and prénom are offered for identifiers that are not a SIRET', async () => {
    const session = await mountAs('sophie', html`<cp-structure-picker></cp-structure-picker>`, 'Conseil : recherchez');
    const picker = session.querySelector('cp-structure-picker')!;
    expect(deepQuery(picker, '#sp-nom')).to.equal(null);
    choose(picker, '#sp-typeIdentifiantStructure', 'PARTICULIER');
    await waitUntil(() => deepQuery(picker, '#sp-nom') !== null, 'the person criteria show');
    expect(textOf(picker)).to.contain('vous pouvez chercher par nom et prénom');
    await expect(picker).to.be.accessible();
  });

  it('RAT-2 multiple: several structures are ticked and chosen together; EN texts', async () => {
    setPageLocale('en');
    const session = await mountAs(
      'sophie',
      html`<cp-structure-picker multiple></cp-structure-picker>`,
      'Tip: search by identifier',
    );
    const picker = session.querySelector('cp-structure-picker')!;
    typeInto(picker, '#sp-ville', 'Terneuil sur Seine');
    await waitForText(picker, 'CENTRE COMMUNAL');
    for (const box of deepAll<HTMLInputElement>(picker, 'tr[part~="row"] input[type="checkbox"]')) box.click();
    await waitUntil(
      () =>
        deepAll<HTMLButtonElement>(picker, 'button').some((b) =>
          b.textContent!.includes('Choose the selected structures (2)'),
        ),
      'both are ticked',
    );
    const chosen = oneEvent(picker, 'cp-structures-selected') as Promise<CustomEvent<StructuresSelectDetail>>;
    button(picker, 'Choose the selected structures (2)').click();
    const { detail } = await chosen;
    expect(detail.structures.map((s) => s.idStructureCPP).sort()).to.deep.equal([
      CAST.structures.mairie,
      CAST.structures.ccas,
    ]);
    await expect(picker).to.be.accessible();
  });

  it('RAT-2 multiple, keyboard only: after ticking the last row, the next Tab is "Choisir les structures sélectionnées"; one status region says the count', async function () {
    this.timeout(120_000);
    const session = await mountAs('sophie', html`<cp-structure-picker multiple></cp-structure-picker>`, 'Conseil');
    const picker = session.querySelector('cp-structure-picker')!;
    typeInto(picker, '#sp-raisonSociale', 'chaourcois');
    await waitUntil(() => deepAll(picker, 'tr[part~="row"]').length > 0, 'results');
    const statuses = deepAll(picker, '[role="status"]').filter((el) => /résultat/.test(el.textContent ?? ''));
    expect(statuses.length, 'status regions saying the count').to.equal(1);

    const boxes = deepAll<HTMLInputElement>(picker, 'tr[part~="row"] input[type="checkbox"]');
    boxes.at(-1)!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => boxes.at(-1)!.checked, 'the row is ticked');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.match(/Choisir les structures sélectionnées \(1\)/);
  });
});
