import { expect, fixture, html, oneEvent, waitUntil as waitFor } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { fromFetchRequest } from '../../mock-api/http/types.js';
import { CAST } from '../../mock-api/seed/index.js';
import type { CpError } from '../../src/client/index.js';
import type { BankDetailsInput } from '../../src/domain/schemas/index.js';
import '../../src/elements/cp-bank-details/cp-bank-details.js';
import type { CpBankDetails } from '../../src/elements/cp-bank-details/cp-bank-details.js';
import type { BankDetailsBeforeSaveDetail, BankDetailsSavedDetail } from '../../src/elements/cp-bank-details/events.js';
import type { CpIbanInput } from '../../src/elements/cp-iban-input/cp-iban-input.js';
import '../../src/elements/cp-session/cp-session.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepActive, deepQuery, tabTo, textOf } from './cp-account-form-support.js';
import { clientOf, fileOf } from './cp-attachment-manager-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs, type SeedUser } from './support/mount.js';

const { structures: S, users: U } = CAST;
const IBAN = 'FR7630006000011234567890189';
const IBAN_2 = 'FR1420041010050500013M02606';

/** Waits for what a user would see after a round trip to the mock (a generous limit for loaded machines, not a timing assertion). */
const waitUntil = (predicate: () => unknown, message?: string) => waitFor(predicate, message, { timeout: 8000 });

/** A RIB file among the structure's attachments (test data, uploaded by its GP through the client). */
async function ribAttachment(name = 'rib-chaourcois.pdf', designation = 'RIB du Chaourcois'): Promise<number> {
  const added = await clientOf('jeane').uploadAttachment({
    idStructureCPP: S.chaourcois,
    file: fileOf(name),
    pieceJointeDesignation: designation,
    pieceJointeTypeCode: 'RIB',
  });
  return added.pieceJointeId;
}

/** Bank details recorded through the client by Jeane (test data). */
async function seedBankDetails(extra: Partial<BankDetailsInput> = {}) {
  const pieceJointeId = await ribAttachment();
  return clientOf('jeane').createBankDetails({
    idStructureCPP: S.chaourcois,
    nomCoordonneeBancaire: 'Compte principal',
    type: 'IBAN',
    pays: 'FR',
    iban: IBAN,
    bic: 'AGRIFRPP',
    pieceJointeId,
    affactureur: false,
    ...extra,
  });
}

/** Mounts the element in a session of a seed user; `null` leaves out `structure-id`. */
async function mount(user: SeedUser, structureId: number | null = S.chaourcois, lang?: string) {
  const { el } = await mountAs<CpBankDetails>(
    user,
    structureId === null
      ? html`<cp-bank-details lang=${lang ?? 'fr'}></cp-bank-details>`
      : html`<cp-bank-details structure-id=${structureId} lang=${lang ?? 'fr'}></cp-bank-details>`,
    (e) => deepQuery(e, 'cp-data-table') !== null,
    `the bank details are shown to ${user}`,
    { timeout: 8000 },
  );
  return el;
}

const rowsOf = (el: Element) =>
  [...(deepQuery(el, 'cp-data-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
    r.textContent!.replace(/\s+/g, ' ').trim(),
  );
const own = <T extends Element = HTMLInputElement>(el: CpBankDetails, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const account = (el: CpBankDetails) => own<CpIbanInput>(el, '#f-account');
const inner = (el: CpBankDetails, id: string) => account(el).shadowRoot!.querySelector<HTMLInputElement>(`#${id}`)!;

/** Types in a field of the element (or of its cp-iban-input) as a user would, replacing its content. */
function type(input: HTMLInputElement | HTMLSelectElement, value: string): void {
  input.value = value;
  input.dispatchEvent(
    new Event(input instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
}

/** The error summary's title, and its entries as the user reads them. */
const summaryTitle = (el: CpBankDetails) =>
  deepQuery(el, 'cp-error-summary')?.shadowRoot?.querySelector('[role="heading"]')?.textContent?.trim();
const summaryItems = (el: CpBankDetails) =>
  [...(deepQuery(el, 'cp-error-summary')?.shadowRoot?.querySelectorAll('li') ?? [])].map((li) =>
    li.textContent!.replace(/\s+/g, ' ').trim(),
  );
/** The errors shown next to the fields, the form's and cp-iban-input's ("Erreur : …"). */
const fieldErrors = (el: CpBankDetails) =>
  [el.shadowRoot!, account(el).shadowRoot!]
    .flatMap((root) => [...root.querySelectorAll('[part="error"]')])
    .map((error) => error.textContent!.replace(/\s+/g, ' ').trim());

async function openCreate(el: CpBankDetails): Promise<void> {
  button(el, 'Ajouter des coordonnées bancaires').click();
  await waitUntil(
    () => el.shadowRoot!.querySelector('#f-account') !== null && account(el).shadowRoot?.querySelector('#iban'),
    'the form is shown',
  );
}

/** Fills a valid form: name, IBAN and BIC, and the RIB file. */
async function fillForm(el: CpBankDetails, pieceJointeId: number, name = 'Compte principal'): Promise<void> {
  await waitUntil(
    () => own<HTMLSelectElement>(el, '#f-file').querySelector(`option[value="${pieceJointeId}"]`),
    'the RIB file is offered',
  );
  type(own(el, '#f-nom'), name);
  type(inner(el, 'iban'), IBAN);
  type(inner(el, 'bic'), 'AGRIFRPP');
  type(own<HTMLSelectElement>(el, '#f-file'), String(pieceJointeId));
  await el.updateComplete;
}

async function openRecord(el: CpBankDetails, name: string): Promise<void> {
  await waitUntil(() => rowsOf(el).some((r) => r.includes(name)), `${name} is listed`);
  const table = deepQuery(el, 'cp-data-table')!;
  [...table.shadowRoot!.querySelectorAll('tbody tr')]
    .find((r) => r.textContent!.includes(name))!
    .querySelector('button')!
    .click();
  await waitUntil(() => own(el, 'dl[part="summary"]') !== null, `${name} is shown`);
}

describe('cp-bank-details: coordonnées bancaires of a structure (BNK-1..5)', () => {
  /** Bank details writes that reached the network, with their Idempotency-Key. */
  let writes: { method: string; key: string | null }[] = [];
  /** Bank details reads that reached the network (path and query). */
  let reads: string[] = [];
  const onRequest = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (!/\/bank-details/.test(url.pathname)) return;
    if (request.method === 'GET') reads.push(url.pathname + url.search);
    else writes.push({ method: request.method, key: request.headers.get('idempotency-key') });
  };

  const mock = useMockWorker({ locale: 'fr', onRequest });
  beforeEach(() => {
    writes = [];
    reads = [];
  });

  it('BNK-1 / BNK-2: keyboard only, Jeane adds bank details with an IBAN and a RIB file of the structure', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('jeane');
    expect(textOf(el)).to.contain('Cette structure n’a aucune coordonnée bancaire.');
    expect(textOf(el), 'BNK-5 notice').to.contain('les coordonnées bancaires prévues au contrat prévalent');
    await expect(el).to.be.accessible();

    button(el, 'Ajouter des coordonnées bancaires').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => own(el, '#f-nom') !== null, 'the form is shown');
    await tabTo((a) => a.id === 'f-nom', 'the name');
    await sendKeys({ type: 'Compte principal' });
    await tabTo((a) => a.id === 'iban', 'the IBAN');
    await sendKeys({ type: 'fr76 3000 6000 0112 3456 7890 189' });
    await tabTo((a) => a.id === 'bic', 'the BIC');
    await sendKeys({ type: 'agrifrpp' });
    await tabTo((a) => a.id === 'f-file', 'the RIB file');
    await waitUntil(() => own<HTMLSelectElement>(el, '#f-file').options.length > 1, 'the RIB file is offered');
    await sendKeys({ press: 'ArrowDown' });
    expect(own<HTMLSelectElement>(el, '#f-file').value).to.equal(String(pieceJointeId));
    expect(textOf(el), 'BNK-5 note in the form').to.contain(
      "Le paiement n'est pas garanti sur ces coordonnées bancaires",
    );
    await expect(el).to.be.accessible();

    const saved = oneEvent(el, 'cp-bank-details-saved') as Promise<CustomEvent<BankDetailsSavedDetail>>;
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.action).to.equal('create');
    expect(detail.bankDetails).to.include({
      nomCoordonneeBancaire: 'Compte principal',
      type: 'IBAN',
      pays: 'FR',
      iban: IBAN,
      bic: 'AGRIFRPP',
      pieceJointeId,
      affactureur: false,
    });
    await waitUntil(() => textOf(el).includes('Les coordonnées bancaires « Compte principal » sont enregistrées.'));
    expect(textOf(el), 'the full IBAN on the record').to.contain('FR76 3000 6000 0112 3456 7890 189');
    expect(textOf(el)).to.contain('Télécharger le RIB (rib-chaourcois.pdf)');
    await expect(el).to.be.accessible();
    const listed = await clientOf('jeane').listBankDetails({ idStructureCPP: S.chaourcois });
    expect(listed.items.map((b) => b.nomCoordonneeBancaire)).to.deep.equal(['Compte principal']);
  });

  it('BNK-5: the list masks the IBAN, the record shows it whole with its RIB file; the CSV comes from the server (X-3)', async () => {
    await seedBankDetails({
      affactureur: true,
      factor: { raisonSociale: 'FACTOR SA', pays: 'FR', identifiant: '73282932000074', typeIdentifiant: 'SIRET' },
    });
    const el = await mount('jeane');
    await waitUntil(() => rowsOf(el).length === 1);
    expect(rowsOf(el)[0]).to.contain('FR76 ••• 0189').and.to.contain('AGRIFRPP').and.to.contain('FACTOR SA');
    expect(rowsOf(el)[0], 'masked in the list').not.to.contain('3456');
    button(el, 'Exporter en CSV').click();
    await waitUntil(
      () => reads.some((r) => r.includes('format=csv') && r.includes('lang=fr')),
      'the CSV is asked of the server in French',
    );
    const csv = await clientOf('jeane').exportBankDetailsCsv({ idStructureCPP: S.chaourcois });
    expect(await csv.text(), 'the server’s CSV carries the full IBAN').to.contain(IBAN);
    await openRecord(el, 'Compte principal');
    const text = textOf(el);
    expect(text)
      .to.contain('FR76 3000 6000 0112 3456 7890 189')
      .and.to.contain('FACTOR SA')
      .and.to.contain('73282932000074');
    await expect(el).to.be.accessible();
    button(el, 'Télécharger le RIB (rib-chaourcois.pdf)').click();
    await waitUntil(
      () => reads.some((r) => r.endsWith('/attachment')),
      'the RIB file is downloaded through the client',
    );
    expect(textOf(el), 'no failure').not.to.contain('échoué');
  });

  it('BNK-1: required fields are checked before sending; the errors are next to the fields and in the summary, focus on the first', async () => {
    const el = await mount('jeane');
    await openCreate(el);
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Le formulaire contient 4 erreurs'));
    expect(deepActive(), 'focus on the first field in error').to.equal(own(el, '#f-nom'));
    expect(textOf(el)).to.contain('Fichier RIB : Ce champ est obligatoire.');
    expect(writes, 'nothing was sent').to.have.length(0);
    await expect(el).to.be.accessible();

    own<HTMLInputElement>(el, '#f-affactureur').click();
    await waitUntil(() => own(el, '#f-factorRaisonSociale') !== null, 'BNK-1: the factor fields appear');
    expect(own(el, '#f-affactureur').getAttribute('aria-expanded')).to.equal('true');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Raison sociale de l’affactureur : Ce champ est obligatoire.'));
    await expect(el).to.be.accessible();
  });

  it('X-1 / BNK-1 / BNK-3: an empty submit lists every error shown next to a field, the BIC’s too; its entry, reached by keyboard, focuses the BIC in cp-iban-input', async () => {
    const el = await mount('jeane');
    await openCreate(el);
    button(el, 'Soumettre').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => summaryItems(el).length > 0, 'the summary is shown');
    expect(summaryTitle(el)).to.equal('Le formulaire contient 4 erreurs');
    expect(summaryItems(el)).to.deep.equal([
      'Nom des coordonnées bancaires : Ce champ est obligatoire.',
      'Compte bancaire : Saisissez un IBAN.',
      'BIC : Saisissez un BIC.',
      'Fichier RIB : Ce champ est obligatoire.',
    ]);
    const shown = fieldErrors(el);
    expect(shown, 'one entry per error shown next to a field').to.have.length(summaryItems(el).length);
    expect(summaryItems(el).map((item) => `Erreur : ${item.split(' : ')[1]}`)).to.have.members(shown);
    await expect(el).to.be.accessible();

    expect(deepActive(), 'focus on the first field in error').to.equal(own(el, '#f-nom'));
    const bicEntry = await tabTo((a) => a.textContent?.trim() === 'BIC : Saisissez un BIC.', 'the BIC’s entry', true);
    expect(bicEntry.closest('[role="alert"]'), 'in the summary').not.to.equal(null);
    await sendKeys({ press: 'Enter' });
    expect(deepActive(), 'the BIC field inside cp-iban-input').to.equal(inner(el, 'bic'));
    await sendKeys({ type: 'agrifrpp' });
    await waitUntil(() => summaryItems(el).length === 3, 'the BIC’s entry goes once the BIC is typed');
    expect(summaryItems(el), 'the account’s entry stays').to.include('Compte bancaire : Saisissez un IBAN.');
    expect(deepActive(), 'the typing stayed in the BIC').to.equal(inner(el, 'bic'));
  });

  it('BNK-1 (WCAG 3.3.2): the account’s required fields carry the form’s asterisk: country, IBAN and BIC; in RIB mode the RIB fields, the BIC optional', async () => {
    const el = await mount('jeane');
    await openCreate(el);
    expect(textOf(el)).to.contain('Les champs marqués d’un astérisque (*) sont obligatoires.');
    const marked = () =>
      [...account(el).shadowRoot!.querySelectorAll('label')]
        .filter((label) => label.querySelector('.cp-field__required[aria-hidden="true"]'))
        .map((label) => label.htmlFor);
    const nameMarker = own(el, 'label[for="f-nom"] .cp-field__required').outerHTML;
    expect(marked()).to.deep.equal(['country', 'iban', 'bic']);
    expect(account(el).shadowRoot!.querySelector('.cp-field__required')!.outerHTML, 'as on the name').to.equal(
      nameMarker,
    );
    await expect(el).to.be.accessible();

    account(el).shadowRoot!.querySelector<HTMLInputElement>('#mode-rib')!.click();
    await waitUntil(
      () => marked().join(' ') === 'rib-bank rib-branch rib-account rib-key',
      'the RIB fields are marked, the BIC no longer',
    );
    const bicLabel = account(el).shadowRoot!.querySelector('label[for="bic"]')!.textContent!.replace(/\s+/g, ' ');
    expect(bicLabel, 'BNK-4: the BIC is optional with a RIB').to.contain('(facultatif)');
    await expect(el).to.be.accessible();
  });

  it('BNK-3: a BIC of another country than the IBAN is refused by cp-iban-input before sending, focus on the BIC', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('jeane');
    await openCreate(el);
    await fillForm(el, pieceJointeId);
    type(inner(el, 'bic'), 'COBADEFFXXX');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Le formulaire contient 1 erreur'));
    expect(textOf(el)).to.contain('BIC :');
    expect(deepActive(), 'focus on the BIC').to.equal(inner(el, 'bic'));
    expect(writes).to.have.length(0);
    const summaryItem = deepQuery(el, 'cp-error-summary')!.shadowRoot!.querySelector('li')!.textContent!.trim();
    expect(textOf(account(el)), 'cp-iban-input says it under the field').to.contain(summaryItem.split(' : ')[1]);
    expect(own(el, '#f-account-messages').textContent!.trim(), 'not said (nor announced) a second time').to.equal('');
  });

  it('BNK-1: keyboard only, Enter on Soumettre: focus is on the message of the saved record, not on the page', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('jeane');
    await openCreate(el);
    await fillForm(el, pieceJointeId);
    button(el, 'Soumettre').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'notice', 'focus on the outcome');
    expect(deepActive()!.textContent).to.contain('Les coordonnées bancaires « Compte principal » sont enregistrées.');
  });

  it('BNK-1 / X-5: the mock refuses a name already used (with its rule, next to the field); the input is kept; a retry of a lost answer reuses its Idempotency-Key', async () => {
    await seedBankDetails();
    const pieceJointeId = await ribAttachment('rib-2.pdf', 'Second RIB');
    const el = await mount('jeane');
    await openCreate(el);
    await fillForm(el, pieceJointeId, 'compte PRINCIPAL');
    type(inner(el, 'iban'), IBAN_2);
    type(inner(el, 'bic'), 'PSSTFRPP');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Réf. BNK-1'), 'the refusal names its rule');
    expect(textOf(el)).to.contain('Nom des coordonnées bancaires : Déjà enregistré pour cette structure.');
    expect(deepActive()).to.equal(own(el, '#f-nom'));
    expect(own<HTMLInputElement>(el, '#f-nom').value, 'input kept').to.equal('compte PRINCIPAL');
    expect(account(el).value, 'account kept').to.equal(IBAN_2);
    await expect(el).to.be.accessible();

    // The server accepts the next write, then the connection drops before its answer arrives.
    mock.worker.use(
      http.post(
        '*/api/structures/:id/bank-details',
        async ({ request }) => {
          mock.app.handle(await fromFetchRequest(request));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    type(own(el, '#f-nom'), 'Compte secondaire');
    writes = [];
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('L’opération a échoué'), 'the lost answer is reported');
    expect(own<HTMLInputElement>(el, '#f-nom').value, 'input kept').to.equal('Compte secondaire');
    const saved = oneEvent(el, 'cp-bank-details-saved');
    button(el, 'Soumettre').click();
    await saved;
    expect(writes, 'two attempts').to.have.length(2);
    expect(writes[1]!.key, 'the same Idempotency-Key').to.equal(writes[0]!.key);
    expect((await clientOf('jeane').listBankDetails({ idStructureCPP: S.chaourcois })).total, 'recorded once').to.equal(
      2,
    );
  });

  it('BNK-1: a factor whose SIRET key fails is refused by the mock next to the factor’s identifier', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('jeane');
    await openCreate(el);
    await fillForm(el, pieceJointeId);
    own<HTMLInputElement>(el, '#f-affactureur').click();
    await waitUntil(() => own(el, '#f-factorRaisonSociale') !== null);
    type(own(el, '#f-factorRaisonSociale'), 'FACTOR SA');
    type(own(el, '#f-factorIdentifiant'), '73282932000079');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Réf. BNK-1'));
    expect(deepActive()).to.equal(own(el, '#f-factorIdentifiant'));
    expect(own(el, '#f-factorIdentifiant').getAttribute('aria-invalid')).to.equal('true');
    type(own(el, '#f-factorIdentifiant'), '732 829 320 00074');
    const saved = oneEvent(el, 'cp-bank-details-saved') as Promise<CustomEvent<BankDetailsSavedDetail>>;
    button(el, 'Soumettre').click();
    const { detail } = await saved;
    expect(detail.bankDetails.factor).to.deep.equal({
      raisonSociale: 'FACTOR SA',
      pays: 'FR',
      identifiant: '73282932000074',
      typeIdentifiant: 'SIRET',
    });
  });

  it('BNK-4: Marc (Organisation modification) records a French RIB; its parts and IBAN are shown', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('marc');
    await openCreate(el);
    await fillForm(el, pieceJointeId, 'Régie');
    inner(el, 'mode-rib').click();
    await waitUntil(() => inner(el, 'rib-bank') !== null);
    expect(inner(el, 'rib-key').value, 'the FR IBAN filled the RIB').to.equal('89');
    type(inner(el, 'bic'), '');
    const saved = oneEvent(el, 'cp-bank-details-saved') as Promise<CustomEvent<BankDetailsSavedDetail>>;
    button(el, 'Soumettre').click();
    const { detail } = await saved;
    expect(detail.bankDetails).to.include({ type: 'RIB', iban: IBAN });
    expect(detail.bankDetails.rib).to.deep.equal({
      codeBanque: '30006',
      codeGuichet: '00001',
      numeroCompte: '12345678901',
      cleRib: '89',
    });
    await waitUntil(() => textOf(el).includes('banque 30006, guichet 00001, compte 12345678901, clé 89'));
  });

  it('BNK-5 / ACC-7: a modification on a stale version keeps the input, shows what changed, then overwrites knowingly', async () => {
    const created = await seedBankDetails();
    const el = await mount('jeane');
    await openRecord(el, 'Compte principal');
    button(el, 'Modifier').click();
    await waitUntil(() => own(el, '#f-nom') !== null && account(el).value === IBAN, 'the form holds the record');
    const { idCoordonneeBancaire, idStructureCPP, dateModification: _date, version, ...rest } = created;
    await clientOf('marc').updateBankDetails({
      idStructureCPP,
      idCoordonneeBancaire,
      ...rest,
      nomCoordonneeBancaire: 'Compte de Marc',
      version,
    });
    type(own(el, '#f-nom'), 'Compte de Jeane');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Ces coordonnées bancaires ont été modifiées entre-temps'));
    expect(textOf(el)).to.contain(
      'Nom des coordonnées bancaires : Compte de Marc (vous aviez chargé : Compte principal)',
    );
    expect(own<HTMLInputElement>(el, '#f-nom').value, 'input kept').to.equal('Compte de Jeane');
    expect(deepActive()).to.equal(own(el, '#conflict'));
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'cp-bank-details-saved') as Promise<CustomEvent<BankDetailsSavedDetail>>;
    button(el, 'Enregistrer mes saisies quand même').click();
    const { detail } = await saved;
    expect(detail.bankDetails).to.include({ nomCoordonneeBancaire: 'Compte de Jeane', version: 3 });
  });

  it('ACC-7: reloading takes the server’s values into the form', async () => {
    const created = await seedBankDetails();
    const el = await mount('jeane');
    await openRecord(el, 'Compte principal');
    button(el, 'Modifier').click();
    await waitUntil(() => account(el)?.value === IBAN);
    const { idCoordonneeBancaire, idStructureCPP, dateModification: _date, version, ...rest } = created;
    await clientOf('marc').updateBankDetails({
      idStructureCPP,
      idCoordonneeBancaire,
      ...rest,
      iban: IBAN_2,
      bic: 'PSSTFRPP',
      version,
    });
    type(own(el, '#f-nom'), 'Compte de Jeane');
    button(el, 'Soumettre').click();
    await waitUntil(() => own(el, '#conflict') !== null);
    expect(textOf(el)).to.contain('FR14 2004 1010 0505 0001 3M02 606');
    button(el, 'Reprendre les valeurs du serveur').click();
    await waitUntil(() => account(el)?.value === IBAN_2, 'the server’s IBAN is in the form');
    expect(own<HTMLInputElement>(el, '#f-nom').value).to.equal('Compte principal');
    expect(own(el, '#conflict')).to.equal(null);
  });

  it('X-8 / BNK-1: Lucas (simple user) reads the list and the record with the reason he cannot change them; the mock refuses his writes', async () => {
    await seedBankDetails();
    const el = await mount('lucas');
    await waitUntil(() => rowsOf(el).length === 1);
    const add = button(el, 'Ajouter des coordonnées bancaires');
    expect(add.getAttribute('aria-disabled')).to.equal('true');
    expect(textOf(el))
      .to.contain('Consultation seule :')
      .and.to.contain('Réf. BNK-1')
      .and.to.contain('Organisation modification');
    add.click();
    await el.updateComplete;
    expect(own(el, 'form'), 'no form for him').to.equal(null);
    await expect(el).to.be.accessible();
    await openRecord(el, 'Compte principal');
    expect(textOf(el)).to.contain('Télécharger le RIB (rib-chaourcois.pdf)');
    expect([...el.shadowRoot!.querySelectorAll('button')].map((b) => b.textContent!.trim())).not.to.include('Modifier');
    await expect(el).to.be.accessible();

    const lucas = clientOf('lucas');
    const blob = await lucas.downloadBankDetailsAttachment({ idStructureCPP: S.chaourcois, idCoordonneeBancaire: 1 });
    expect((await blob.text()).startsWith('%PDF-')).to.equal(true);
    const refused = (await lucas
      .createBankDetails({
        idStructureCPP: S.chaourcois,
        nomCoordonneeBancaire: 'Mon compte',
        type: 'IBAN',
        pays: 'FR',
        iban: IBAN_2,
        bic: 'PSSTFRPP',
        pieceJointeId: 1,
        affactureur: false,
      })
      .catch((e: unknown) => e)) as CpError;
    expect(refused).to.include({ code: 'FORBIDDEN', rule: 'BNK-1', status: 403 });
  });

  it('BNK-5 / X-8: Pauline, not attached to the Chaourcois, is refused its bank details with the rule and who can help', async () => {
    await seedBankDetails();
    const session = await fixture(
      html`<cp-session user=${SEED_USERS.pauline}><cp-bank-details structure-id=${S.chaourcois}></cp-bank-details></cp-session>`,
    );
    const el = session.querySelector('cp-bank-details')!;
    await waitUntil(() => textOf(el).includes('Réf. BNK-5'), 'the read is refused with its rule');
    expect(textOf(el)).to.contain('demandez votre rattachement à son gestionnaire principal');
    expect(rowsOf(el)).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('X-2 / BNK-1: Marc loses "Organisation modification" while his form is open: the mock refuses the write, the element says which rule and keeps the input', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('marc');
    await openCreate(el);
    await fillForm(el, pieceJointeId);
    const store = mock.app.env.store;
    for (const a of store.abonnements.filter(
      (x) =>
        x.idUtilisateur === U.marc &&
        x.idStructureCPP === S.chaourcois &&
        x.espace === 'ORGANISATION' &&
        x.mode === 'MODIFICATION',
    )) {
      store.abonnements.update(a.idAbonnement, { mode: 'CONSULTATION_UNIQUEMENT' });
    }
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Réf. BNK-1'), 'the refusal names its rule');
    expect(textOf(el)).to.contain('Seuls le gestionnaire principal et les gestionnaires');
    expect(deepActive()).to.equal(own(el, '#notice'));
    expect(own<HTMLInputElement>(el, '#f-nom').value).to.equal('Compte principal');
    expect((await clientOf('jeane').listBankDetails({ idStructureCPP: S.chaourcois })).total).to.equal(0);
  });

  it('BNK-1 / PJ-1: keyboard only, Jeane adds the RIB file through the structure’s attachment manager, then records the bank details (the OS file dialog step is set programmatically)', async () => {
    const el = await mount('jeane');
    button(el, 'Ajouter des coordonnées bancaires').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => own(el, '#f-nom') !== null, 'the form is shown');
    await tabTo((a) => a.id === 'f-nom', 'the name');
    await sendKeys({ type: 'Compte principal' });
    await tabTo((a) => a.id === 'iban', 'the IBAN');
    await sendKeys({ type: IBAN });
    await tabTo((a) => a.id === 'bic', 'the BIC');
    await sendKeys({ type: 'AGRIFRPP' });
    await tabTo(
      (a) => a.textContent?.trim() === 'Ajouter un fichier aux pièces jointes de la structure',
      'the button opening the attachments',
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepQuery(el, 'cp-attachment-manager')?.shadowRoot?.querySelector('#f-designation'),
      'the structure’s attachment manager is open',
    );
    const picker = await tabTo((a) => a instanceof HTMLInputElement && a.type === 'file', 'the file picker');
    // The OS file dialog cannot be driven by keys: its outcome is set on the picker.
    const transfer = new DataTransfer();
    transfer.items.add(fileOf('rib-2026.pdf'));
    (picker as HTMLInputElement).files = transfer.files;
    picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await tabTo((a) => a.id === 'f-designation', 'the désignation');
    await sendKeys({ type: 'RIB 2026' });
    await tabTo((a) => a.id === 'f-type', 'the type');
    await sendKeys({ type: 'Rel' });
    await waitUntil(() => (deepActive() as HTMLSelectElement).value === 'RIB', 'the RIB type is chosen');
    await tabTo((a) => a instanceof HTMLButtonElement && a.textContent?.trim() === 'Ajouter', 'Ajouter');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => own<HTMLSelectElement>(el, '#f-file').selectedOptions[0]?.textContent?.includes('rib-2026.pdf'),
      'the new file is chosen as the RIB',
    );
    expect(deepActive(), 'focus back on the RIB file').to.equal(own(el, '#f-file'));
    await expect(el).to.be.accessible();
    const saved = oneEvent(el, 'cp-bank-details-saved') as Promise<CustomEvent<BankDetailsSavedDetail>>;
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const { detail } = await saved;
    expect(detail.bankDetails).to.include({ nomCoordonneeBancaire: 'Compte principal', iban: IBAN, bic: 'AGRIFRPP' });
    await waitUntil(() => textOf(el).includes('Télécharger le RIB (rib-2026.pdf)'));
  });

  it('cp-before-bank-details-save: the host vetoes the write; nothing is sent', async () => {
    const pieceJointeId = await ribAttachment();
    const el = await mount('jeane');
    await openCreate(el);
    await fillForm(el, pieceJointeId);
    let seen: BankDetailsBeforeSaveDetail | undefined;
    el.addEventListener('cp-before-bank-details-save', (e) => {
      seen = e.detail;
      e.preventDefault();
    });
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('L’enregistrement a été annulé par la page.'));
    expect(seen).to.deep.include({ action: 'create', idStructureCPP: S.chaourcois });
    expect(seen!.input).to.include({ nomCoordonneeBancaire: 'Compte principal', iban: IBAN, type: 'IBAN' });
    expect(writes).to.have.length(0);
  });

  it('without structure-id: Jeane chooses among the structures she manages, each with its own bank details', async () => {
    await seedBankDetails();
    const el = await mount('jeane', null);
    const picker = own<HTMLSelectElement>(el, '#f-structure');
    expect([...picker.options].map((o) => o.value)).to.have.members([String(S.chaourcois), String(S.syndicatEaux)]);
    type(picker, String(S.syndicatEaux));
    await waitUntil(
      () =>
        textOf(el).includes('SYNDICAT DES EAUX DU CHAOURCOIS') &&
        textOf(el).includes('Cette structure n’a aucune coordonnée bancaire.'),
      'the Syndicat has none',
    );
    type(own<HTMLSelectElement>(el, '#f-structure'), String(S.chaourcois));
    await waitUntil(() => rowsOf(el).some((r) => r.includes('Compte principal')), 'the Chaourcois has one');
    await expect(el).to.be.accessible();
  });

  it('X-7: a refresh on window focus keeps the list and the focus on the structure’s choice; another structure’s list shows loading under the choice', async () => {
    await seedBankDetails();
    const el = await mount('jeane', null);
    type(own<HTMLSelectElement>(el, '#f-structure'), String(S.chaourcois));
    await waitUntil(() => rowsOf(el).some((r) => r.includes('Compte principal')), 'the Chaourcois’s bank details');
    const picker = own<HTMLSelectElement>(el, '#f-structure');
    picker.focus();
    await expectQuietRefresh(el, mock.worker, picker);
    await expectLoadingFirst(
      el,
      () => sendKeys({ press: picker.selectedIndex === 0 ? 'ArrowDown' : 'ArrowUp' }),
      () => textOf(el).includes('Cette structure n’a aucune coordonnée bancaire.'),
      'the Syndicat’s bank details, none (not the Chaourcois’s meanwhile)',
    );
    expect(deepActive() === picker, 'focus stays on the choice').to.equal(true);
  });

  it('EN: the list, the form and the refusals in English, from the element’s lang alone (the page stays French)', async () => {
    await seedBankDetails();
    const el = await mount('jeane', S.chaourcois, 'en');
    await waitUntil(() => rowsOf(el).length === 1);
    expect(textOf(el))
      .to.contain('Bank details')
      .and.to.contain('the bank details of the contract prevail')
      .and.to.contain('IBAN (masked)')
      .and.to.contain('1 result');
    await expect(el).to.be.accessible();
    button(el, 'Add bank details').click();
    await waitUntil(() => own(el, '#f-nom') !== null);
    expect(textOf(el), 'cp-iban-input in English').to.contain('Country of the account');
    button(el, 'Submit').click();
    await waitUntil(() => textOf(el).includes('The form contains 4 errors'));
    expect(textOf(el))
      .to.contain('RIB file: This field is required.')
      .and.to.contain('Bank account: Enter an IBAN')
      .and.to.contain('BIC: Enter a BIC.');
    type(own(el, '#f-nom'), 'Compte principal');
    type(inner(el, 'iban'), IBAN_2);
    type(inner(el, 'bic'), 'PSSTFRPP');
    type(own<HTMLSelectElement>(el, '#f-file'), own<HTMLSelectElement>(el, '#f-file').options[1]!.value);
    button(el, 'Submit').click();
    await waitUntil(() => textOf(el).includes('Ref. BNK-1'));
    expect(textOf(el)).to.contain('Already recorded for this structure.');
    await expect(el).to.be.accessible();
  });
});
