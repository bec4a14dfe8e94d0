import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { manualClock } from '../../mock-api/clock.js';
import { CAST } from '../../mock-api/seed/index.js';
import { makeSiret } from '../../mock-api/seed/siret.js';
import { createHttpClient, type CpError } from '../../src/client/index.js';
import type { CpAttachmentManager } from '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import type { AttachmentDetail } from '../../src/elements/cp-attachment-manager/events.js';
import '../../src/elements/cp-session/cp-session.js';
import '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import type { CpStructureManager } from '../../src/elements/cp-structure-manager/cp-structure-manager.js';
import type { StructureDetail, StructureWrite } from '../../src/elements/cp-structure-manager/events.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepActive, deepQuery, tabTo, textOf } from './cp-account-form-support.js';
import { button as attachmentButton, fileOf, fill, pick } from './cp-attachment-manager-support.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs, type SeedUser } from './support/mount.js';

const { structures: S, sirets } = CAST;
const MINUTE = 60 * 1000;

/** Mounts the manager in a session of a seed user, optionally on one structure, and waits for `ready`. */
async function mount(
  user: SeedUser,
  options: { id?: number; sandbox?: boolean; ready?: (el: CpStructureManager) => boolean } = {},
) {
  return mountAs<CpStructureManager>(
    user,
    html`<cp-structure-manager structure-id=${ifDefined(options.id)} ?sandbox=${options.sandbox ?? false}></cp-structure-manager>`,
    options.ready ?? ((e) => !textOf(e).includes('Chargement') && !textOf(e).includes('Loading')),
    `the manager of ${user} is ready`,
  );
}

const input = (el: Element, name: string) => deepQuery<HTMLInputElement>(el, `#f-${name}`)!;
const type = (el: Element, name: string, value: string) => {
  const field = input(el, name);
  field.value = value;
  field.dispatchEvent(
    new Event(field instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true, composed: true }),
  );
};
/** What the embedded fiche (STR-8) shows for a field. */
const ficheValue = (el: Element, field: string) =>
  deepQuery(el, `cp-structure-fiche`)?.shadowRoot?.querySelector(`dd[data-field="${field}"]`)?.textContent?.trim();
const rowsOf = (el: Element) =>
  [...(deepQuery(el, 'cp-data-table')?.shadowRoot?.querySelectorAll('tbody tr') ?? [])].map((r) =>
    r.textContent!.replace(/\s+/g, ' ').trim(),
  );

describe('cp-structure-manager: structures (STR-1..6)', () => {
  const clock = manualClock(new Date());
  const mock = useMockWorker({ clock, locale: 'fr' });
  afterEach(() => {
    mock.app.env.config.sandbox = false;
  });

  it('STR-3: Jeane lists the structures she manages, searches them and consults one read-only', async () => {
    const { el } = await mount('jeane', { ready: (e) => rowsOf(e).length === 2 });
    await expect(el).to.be.accessible();
    type(el, 'search', 'armance');
    await waitUntil(() => rowsOf(el).length === 1, 'the search keeps the Chaourcois');
    type(el, 'search', '200 071 041');
    await waitUntil(
      () => rowsOf(el).length === 1 && rowsOf(el)[0]!.includes('20007104100046'),
      'a SIRET typed with spaces matches',
    );
    const opened = oneEvent(el, 'cp-structure-opened') as Promise<CustomEvent<StructureDetail>>;
    deepQuery<HTMLButtonElement>(el, 'cp-data-table')!
      .shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!
      .click();
    expect((await opened).detail.structure.idStructureCPP, 'the host learns which structure is open').to.equal(
      S.chaourcois,
    );
    await waitUntil(() => textOf(el).includes('Paramètres structure publique'), 'the fiche (STR-8) shows');
    expect(textOf(el)).to.contain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    expect({
      edi: ficheValue(el, 'recevoirDonneesViaEDI'),
      moa: ficheValue(el, 'moa'),
      type: ficheValue(el, 'typeStructure'),
      gp: ficheValue(el, 'gestionnairePrincipal'),
    }).to.deep.equal({ edi: 'Oui', moa: 'Structure avec MOA', type: 'Publique', gp: 'Jeane CHAOURCE' });
    // The consultation's cp-attachment-manager has its own (selectable) table: look in the fiche only.
    const fiche = deepQuery(el, 'cp-structure-fiche')!;
    expect(deepQuery(fiche, 'input, select, textarea') === null, 'the fiche is read-only').to.equal(true);
    expect(input(el, 'recevoirDonneesViaEDI') === null, 'no parameters form in the consultation').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('STR-8: Sophie, a simple user who manages nothing, is offered her Mairie’s fiche read-only instead of "Vous ne gérez aucune structure"; opened on a structure, Lucas gets its fiche', async () => {
    const { el } = await mount('sophie', { ready: (e) => ficheValue(e, 'gestionnairePrincipal') === 'Pauline DUFOUR' });
    expect(textOf(el)).to.contain('Vous ne gérez aucune structure : voici, en consultation, la fiche');
    expect(textOf(el)).to.contain('Fiche structure : Mairie de Terneuil sur Seine');
    expect(deepQuery(el, '#f-search') === null, 'nothing to search').to.equal(true);
    await expect(el).to.be.accessible();
    const { el: direct } = await mount('lucas', {
      id: S.chaourcois,
      ready: (e) => ficheValue(e, 'identifiantStructure') === sirets.chaourcois,
    });
    expect(textOf(direct)).to.contain('Vous ne gérez pas cette structure : voici sa fiche, en consultation.');
    expect(textOf(direct)).not.to.contain('Modifier');
    await expect(direct).to.be.accessible();
  });

  it('STR-8 / X-8: Paul, attached to no part of the CC du Chaourcois, opening it is told in plain words why he may not read its fiche, and nothing says he consults it', async () => {
    const { el } = await mount('paul', {
      id: S.chaourcois,
      ready: (e) => textOf(e).includes('La fiche d’une structure se consulte quand on y est rattaché'),
    });
    expect(textOf(el)).not.to.contain('voici sa fiche');
    expect(textOf(el)).not.to.contain('Modifier');
    await expect(el).to.be.accessible();
  });

  /** Sophie also attached (VALIDEE, in force) to the CCAS: two structures to choose from (guide 003). */
  const attachSophieToCcas = () => {
    const { store } = mock.app.env;
    const { idRattachement: _, ...own } = store.rattachements.find((r) => r.idUtilisateur === CAST.users.sophie)!;
    store.rattachements.insert({ ...own, idStructureCPP: S.ccas });
  };

  for (const { locale, intro, choice, title } of [
    { locale: 'fr', intro: 'Vous ne gérez aucune structure', choice: 'Identifiant', title: 'Fiche structure : ' },
    { locale: 'en', intro: 'You manage no structure', choice: 'Identifier', title: 'Structure record: ' },
  ] as const) {
    it(`STR-8 (${locale}): Sophie, keyboard only, chooses between her two structures by Identifiant and reads each one's fiche`, async () => {
      setPageLocale(locale);
      attachSophieToCcas();
      const { el } = await mount('sophie', {
        ready: (e) => deepQuery(e, '#f-consulted') !== null && !!ficheValue(e, 'statut'),
      });
      expect(textOf(el)).to.contain(intro);
      await expect(el).to.be.accessible();
      const select = (await tabTo((a) => a.id === 'f-consulted', `the ${choice} choice`)) as HTMLSelectElement;
      expect(deepQuery(el, 'label[for="f-consulted"]')?.textContent?.trim()).to.equal(choice);
      const [first, second] = [...select.options].map((o) => o.textContent!.split(' – ')[0]);
      expect([first, second].sort()).to.deep.equal([sirets.mairie, sirets.ccas].sort());
      expect(ficheValue(el, 'identifiantStructure'), 'the first one’s fiche').to.equal(first);
      // The window regaining focus refreshes the data: the choice stays on screen with the focus.
      window.dispatchEvent(new Event('focus'));
      await el.updateComplete;
      expect(textOf(el), 'no "loading" in place of the choice').not.to.contain(
        locale === 'fr' ? 'Chargement' : 'Loading',
      );
      expect(deepActive() === select, 'focus stays on the choice through the refresh').to.equal(true);
      await sendKeys({ press: 'ArrowDown' });
      await waitUntil(() => ficheValue(el, 'identifiantStructure') === second, 'the other structure’s fiche shows');
      expect(deepActive() === select, 'focus stays on the choice').to.equal(true);
      const heading = deepQuery(deepQuery(el, 'cp-structure-fiche')!, '[part="title"]')!.textContent!;
      expect(heading.startsWith(title), 'the fiche names the structure chosen').to.equal(true);
      await expect(el).to.be.accessible();
    });
  }

  it('STR-3 / X-8: a user with no rattachement in force manages nothing and is told why and who can help', async () => {
    const { store } = mock.app.env;
    const own = store.rattachements.find((r) => r.idUtilisateur === CAST.users.sophie)!;
    store.rattachements.update(own.idRattachement, { dateFin: '2020-12-31' });
    const { el } = await mount('sophie');
    expect(textOf(el)).to.contain('Vous ne gérez aucune structure');
    expect(textOf(el)).to.contain('Réf. STR-3');
    await expect(el).to.be.accessible();
  });

  it('STR-3 / STR-5 / STR-4: Jeane, keyboard only, completes the libellé and the parameters; the change is pending with its time, then shows once the time has passed', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Modifier').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => input(el, 'libelleStructure') !== null && !input(el, 'libelleStructure').disabled);
    expect(input(el, 'identifiantStructure').disabled, 'INSEE fields are greyed').to.equal(true);
    expect(textOf(el)).to.contain('Donnée issue de l’INSEE : non modifiable ici.');
    await expect(el).to.be.accessible();
    await tabTo((a) => a.id === 'f-libelleStructure', 'libellé');
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'a' });
    await sendKeys({ up: 'Control' });
    await sendKeys({ type: 'CC du Chaourcois' });
    await tabTo((a) => a.id === 'f-numeroEJDoitEtreRenseigne', 'numéro d’engagement');
    await sendKeys({ press: 'Space' });
    await tabTo((a) => a.id === 'f-moa-avec', 'Présence MOA');
    await sendKeys({ press: 'ArrowDown' });
    expect(input(el, 'moa-exclusivement').checked).to.equal(true);
    const accepted = oneEvent(el, 'cp-structure-updated') as Promise<CustomEvent<StructureDetail>>;
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const { detail } = await accepted;
    const effect = new Date(detail.structure.changementsEnAttente[0]!.dateEffet);
    const time = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit' }).format(effect);
    const date = new Intl.DateTimeFormat('fr-FR', { day: '2-digit', month: '2-digit', year: 'numeric' }).format(effect);
    await waitUntil(
      () => textOf(el).includes(`prendra effet le ${date} à ${time}.`),
      'the pending effect and its time are shown',
    );
    expect(textOf(el)).to.contain('Modifications en attente');
    expect(textOf(el), 'the current libellé until then').to.contain('Communauté de communes du Chaourcois');
    await expect(el).to.be.accessible();

    clock.advance(30 * MINUTE);
    window.dispatchEvent(new Event('focus'));
    await waitUntil(() => !textOf(el).includes('Modifications en attente'), 'the change took effect');
    expect(textOf(el)).to.contain('CC du Chaourcois');
    await waitUntil(() => ficheValue(el, 'libelleStructure') === 'CC du Chaourcois', 'the fiche reads it again');
    expect({
      ej: ficheValue(el, 'numeroEJDoitEtreRenseigne'),
      moa: ficheValue(el, 'moa'),
    }).to.deep.equal({ ej: 'Oui', moa: 'Structure exclusivement MOA' });
  });

  it('STR-4: a second modification sent while the first is pending starts from it and keeps it', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'libelleStructure') !== null && !input(el, 'libelleStructure').disabled);
    type(el, 'libelleStructure', 'CC du Chaourcois');
    button(el, 'Soumettre').click();
    await waitUntil(
      () => textOf(el).includes('Modifications en attente') && !input(el, 'libelleStructure'),
      'the first change is pending',
    );
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'telephone') !== null && !input(el, 'telephone').disabled);
    expect(input(el, 'libelleStructure').value, 'the form shows the pending libellé').to.equal('CC du Chaourcois');
    type(el, 'telephone', '03 25 40 00 00');
    button(el, 'Soumettre').click();
    await waitUntil(() => !input(el, 'telephone'), 'the second change is accepted');
    clock.advance(30 * MINUTE);
    const effective = await createHttpClient({ user: SEED_USERS.jeane }).getStructure(S.chaourcois);
    expect({ libelle: effective.libelleStructure, telephone: effective.telephone }).to.deep.equal({
      libelle: 'CC du Chaourcois',
      telephone: '03 25 40 00 00',
    });
  });

  it('ACC-7: a modification based on a stale version keeps the input, names what changed on the server, and overwrites knowingly', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'libelleStructure') !== null && !input(el, 'libelleStructure').disabled);
    type(el, 'libelleStructure', 'Libellé de Jeane');
    const marc = createHttpClient({ user: SEED_USERS.marc });
    const current = await marc.getStructure(S.chaourcois);
    await marc.updateStructure(S.chaourcois, { telephone: '03 25 40 00 00', version: current.version });
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('La structure a été modifiée entre-temps'), 'the conflict is shown');
    expect(textOf(el)).to.contain('Téléphone');
    expect(input(el, 'libelleStructure').value, 'the input is kept').to.equal('Libellé de Jeane');
    await expect(el).to.be.accessible();
    const updated = oneEvent(el, 'cp-structure-updated') as Promise<CustomEvent<StructureDetail>>;
    button(el, 'Enregistrer mes saisies quand même').click();
    const { detail } = await updated;
    expect(
      detail.structure.changementsEnAttente.some((c) => c.champs['libelleStructure'] === 'Libellé de Jeane'),
    ).to.equal(true);
  });

  it('STR-3: Marc, holder of "Organisation modification" (GS), manages the structure like the GP', async () => {
    const { el } = await mount('marc', { ready: (e) => rowsOf(e).length === 1 });
    expect(rowsOf(el)[0]).to.contain('20007104100046');
    deepQuery(el, 'cp-data-table')!.shadowRoot!.querySelector<HTMLButtonElement>('tbody button')!.click();
    await waitUntil(() => textOf(el).includes('Modifier'));
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'libelleStructure') !== null && !input(el, 'libelleStructure').disabled);
    type(el, 'libelleStructure', 'CC du Chaourcois (Marc)');
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Modifications en attente'), 'the modification is accepted');
  });

  it('STR-5: requiring the code service with no active service is accepted with the warning', async () => {
    const { el } = await mount('pauline', { id: S.mairie, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Modifier').click();
    await waitUntil(
      () => input(el, 'codeServiceDoitEtreRenseigne') && !input(el, 'codeServiceDoitEtreRenseigne').disabled,
    );
    input(el, 'codeServiceDoitEtreRenseigne').click();
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('aucun service actif'), 'the STR-5 warning shows');
    expect(textOf(el)).to.contain('Réf. STR-5');
    await expect(el).to.be.accessible();
  });

  it('STR-1 / STR-2: the SIRET is checked as typed, looked up at INSEE (fields filled and locked), closed refused with the reason; the creator becomes GP', async () => {
    const { el } = await mount('jeane', { ready: (e) => rowsOf(e).length === 2 });
    button(el, 'Créer une structure').click();
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    type(el, 'identifiantStructure', '7328293200007');
    await waitUntil(() => textOf(el).includes('14 chiffres'), 'the length is checked as typed');
    type(el, 'identifiantStructure', '73282932000079');
    await waitUntil(() => textOf(el).includes('clé'), 'the key is checked as typed');
    type(el, 'identifiantStructure', sirets.closed);
    await waitUntil(() => textOf(el).includes('Réf. STR-2'), 'a closed SIRET is refused with the rule');
    expect(textOf(el)).to.contain('Établissement fermé à l’INSEE');
    await expect(el).to.be.accessible();
    type(el, 'identifiantStructure', makeSiret('99999999', '0001'));
    await waitUntil(() => textOf(el).includes('SIRET absent de la base INSEE'), 'an unknown SIRET too');

    type(el, 'identifiantStructure', sirets.freeActive);
    await waitUntil(
      () => input(el, 'designationStructure').value === 'ATELIERS DE LA SEINE',
      'INSEE fills the raison sociale',
    );
    expect({
      locked: input(el, 'designationStructure').disabled,
      ville: input(el, 'ville').value,
      villeLocked: input(el, 'ville').disabled,
    }).to.deep.equal({ locked: true, ville: 'Terneuil sur Seine', villeLocked: true });
    type(el, 'libelleStructure', 'Ateliers');
    await expect(el).to.be.accessible();
    const created = oneEvent(el, 'cp-structure-created') as Promise<CustomEvent<StructureDetail>>;
    button(el, 'Soumettre').click();
    const { detail } = await created;
    await waitUntil(() => textOf(el).includes('vous en êtes le gestionnaire principal.'));
    const mine = await createHttpClient({ user: SEED_USERS.jeane }).listManagedStructures();
    expect(mine.items.map((s) => s.idStructureCPP)).to.include(detail.structure.idStructureCPP);
  });

  it('STR-1: in sandbox a SIRET whose key fails is a warning, not an error', async () => {
    mock.app.env.config.sandbox = true;
    const adresse = { adresse: '1 rue des Tests', codePostal: '75001', ville: 'Paris', pays: 'FR' };
    mock.app.env.insee.register({
      siret: '64994699139861',
      raisonSociale: 'FOURNISSEUR MATELAS',
      etatAdministratif: 'ACTIF',
      adresse,
      dateMiseAJour: '2026-01-01T00:00:00.000Z',
    });
    const { el } = await mount('jeane', { sandbox: true, ready: (e) => rowsOf(e).length === 2 });
    button(el, 'Créer une structure').click();
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    type(el, 'identifiantStructure', '64994699139861');
    await waitUntil(() => textOf(el).includes('Attention (bac à sable)'), 'the sandbox warning shows');
    await waitUntil(
      () => input(el, 'designationStructure').value === 'FOURNISSEUR MATELAS',
      'INSEE answers in sandbox',
    );
    expect(input(el, 'identifiantStructure').getAttribute('aria-invalid')).to.equal('false');
    await expect(el).to.be.accessible();
  });

  it('STR-2: missing required fields are listed in a summary and focus goes to the first', async () => {
    const { el } = await mount('jeane', { ready: (e) => rowsOf(e).length === 2 });
    button(el, 'Créer une structure').click();
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Le formulaire contient'), 'the summary lists the errors');
    expect(deepActive() === input(el, 'identifiantStructure'), 'focus on the field').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('STR-3: only the inactive structure offers Activer, only the active one Désactiver (with confirmation); both pending (STR-4)', async () => {
    const { el } = await mount('jeane', { id: S.syndicatEaux, ready: (e) => textOf(e).includes('Modifier') });
    expect(() => button(el, 'Désactiver')).to.throw();
    button(el, 'Activer').click();
    await waitUntil(() => textOf(el).includes('Statut → Active'), 'the activation is pending');
    const { el: active } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    expect(() => button(active, 'Activer')).to.throw();
    button(active, 'Désactiver').click();
    const dialog = deepQuery(active, 'cp-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open);
    expect(textOf(dialog)).to.contain('Désactiver la structure ?');
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
    await waitUntil(() => textOf(active).includes('Statut → Inactive'), 'the deactivation is pending');
    await expect(active).to.be.accessible();
  });

  it('STR-3 / STR-4: keyboard only, Activer leaves focus on the accepted change and its time, not on the page', async () => {
    const { el } = await mount('jeane', { id: S.syndicatEaux, ready: (e) => textOf(e).includes('Modifier') });
    await tabTo((a) => a.textContent?.trim() === 'Activer', 'Activer');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(el).includes('Statut → Active'), 'the activation is pending');
    expect(deepActive()?.getAttribute('part'), 'focus on the notice').to.equal('notice');
    expect(deepActive()?.textContent).to.contain('prendra effet le');
  });

  it('STR-3: the update from INSEE shows the INSEE fields before and after (the SIRET changes)', async () => {
    const successor = makeSiret('21780520', '0019');
    const { insee } = mock.app.env;
    insee.register({
      ...insee.lookup(sirets.mairie)!,
      siret: successor,
      raisonSociale: 'COMMUNE DE TERNEUIL-SUR-SEINE',
    });
    insee.register({ ...insee.lookup(sirets.mairie)!, etatAdministratif: 'FERME', siretSuccesseur: successor });
    const { el } = await mount('pauline', { id: S.mairie, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Mettre à jour depuis l’INSEE').click();
    await waitUntil(() => deepQuery(el, '[part="insee-diff"]') !== null);
    const diff = textOf(deepQuery(el, '[part="insee-diff"]')!);
    expect(diff).to.contain(sirets.mairie);
    expect(diff).to.contain(successor);
    expect(diff).to.contain('COMMUNE DE TERNEUIL-SUR-SEINE');
    const pending = textOf(deepQuery(el, '[part="pending"]')!);
    expect(pending, 'the pending change names its fields by their labels').to.contain(
      'Identifiant, Raison sociale, Adresse, Données de l’INSEE : prendra effet',
    );
    expect(pending).not.to.match(/\binsee\b/);
    await expect(el).to.be.accessible();
  });

  it('STR-3 / STR-8: the modification labels the type de structure and offers pays as a choice of the ISO country list (its code sent)', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Modifier').click();
    await waitUntil(() => input(el, 'libelleStructure') !== null && !input(el, 'libelleStructure').disabled);
    const typeLabel = deepQuery(el, 'label[for="f-typeStructure"]')!.textContent!.trim();
    expect(typeLabel).to.equal('Type de structure');
    expect(textOf(el)).not.to.match(/\bDonnée\b(?! issue)/);
    const pays = deepQuery<HTMLSelectElement>(el, '#f-pays')!;
    expect(pays.tagName).to.equal('SELECT');
    expect(pays.selectedOptions[0]!.textContent).to.equal('France');
    expect(pays.options.length).to.be.greaterThan(240);
    type(el, 'pays', 'BE');
    const before = oneEvent(el, 'cp-before-structure-write') as Promise<CustomEvent<StructureWrite>>;
    button(el, 'Soumettre').click();
    const { detail } = await before;
    expect(detail.action === 'update' && detail.input.adresse?.pays).to.equal('BE');
    await waitUntil(() => textOf(el).includes('Modifications en attente'), 'accepted, pending');
    await expect(el).to.be.accessible();
  });

  it('X-1: a refusal above the creation form goes once the field it was about is corrected', async () => {
    const { el } = await mount('jeane', { ready: (e) => rowsOf(e).length === 2 });
    button(el, 'Créer une structure').click();
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    type(el, 'identifiantStructure', sirets.closed);
    await waitUntil(() => textOf(el).includes('Établissement fermé à l’INSEE'), 'the SIRET is refused as typed');
    type(el, 'designationStructure', 'Ancien établissement');
    type(el, 'adresse', '1 rue Haute');
    type(el, 'codePostal', '10000');
    type(el, 'ville', 'Troyes');
    button(el, 'Soumettre').click();
    await waitUntil(() => deepQuery(el, '[part="notice"]') !== null, 'the server’s refusal above the form');
    type(el, 'identifiantStructure', sirets.freeActive);
    await waitUntil(() => deepQuery(el, '[part="notice"]') === null, 'the banner goes once the SIRET is corrected');
    await waitUntil(() => input(el, 'designationStructure').value === 'ATELIERS DE LA SEINE', 'INSEE fills it');
    await expect(el).to.be.accessible();
  });

  it('STR-6: Jeane duplicates her structure to a new SIRET; the mandate is not copied and the old one is deactivated', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Dupliquer').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    expect(textOf(el)).to.contain('sauf le mandat de facturation, qui n’est pas copié');
    expect(input(el, 'libelleStructure').value).to.equal("Communauté de communes du Chaourcois et du Val d'Armance");
    await tabTo((a) => a.id === 'f-identifiantStructure', 'nouveau SIRET');
    await sendKeys({ type: sirets.freeActive });
    await waitUntil(() => textOf(el).includes('Trouvé à l’INSEE'));
    await expect(el).to.be.accessible();
    await tabTo((a) => a.id === 'f-libelleStructure', 'libellé');
    await sendKeys({ type: ' (nouvelle)' });
    const duplicated = oneEvent(el, 'cp-structure-duplicated') as Promise<CustomEvent<StructureDetail>>;
    await tabTo((a) => a.textContent?.trim() === 'Soumettre', 'Soumettre');
    await sendKeys({ press: 'Enter' });
    const { detail } = await duplicated;
    expect(detail.structure).to.include({
      identifiantStructure: sirets.freeActive,
      designationStructure: 'ATELIERS DE LA SEINE',
    });
    await waitUntil(() => textOf(el).includes('l’ancienne structure est désactivée.'));
    const old = await createHttpClient({ user: SEED_USERS.jeane }).getStructure(S.chaourcois);
    expect(old.statut === 'INACTIF' || old.changementsEnAttente.some((c) => c.champs['statut'] === 'INACTIF')).to.equal(
      true,
    );
  });

  it('STR-6 / STR-1: a SIRET already used by another structure is refused by the mock with its rule, next to the field', async () => {
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modifier') });
    button(el, 'Dupliquer').click();
    await waitUntil(() => input(el, 'identifiantStructure') !== null);
    type(el, 'identifiantStructure', sirets.mairie);
    await waitUntil(() => textOf(el).includes('Trouvé à l’INSEE'));
    button(el, 'Soumettre').click();
    await waitUntil(() => textOf(el).includes('Réf. STR-1'), 'the refusal names its rule');
    expect(textOf(el)).to.contain('Identifiant déjà utilisé par la structure');
    expect(deepActive() === input(el, 'identifiantStructure'), 'focus on the field').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('STR-7: Jeane adds an attachment to her structure from its consultation and sees it listed', async () => {
    const { el } = await mount('jeane', {
      id: S.chaourcois,
      ready: (e) => textOf(e).includes('Pièces jointes de la structure') && deepQuery(e, '#f-file') !== null,
    });
    const attachments = deepQuery<CpAttachmentManager>(el, 'cp-attachment-manager')!;
    expect({ owner: attachments.owner, id: attachments.structureId }).to.deep.equal({
      owner: 'structure',
      id: S.chaourcois,
    });
    pick(attachments, fileOf('deliberation-creation.pdf'));
    fill(attachments, 'f-designation', 'Délibération de création');
    fill(attachments, 'f-type', 'AUTRE');
    const added = oneEvent(el, 'cp-attachment-uploaded') as Promise<CustomEvent<AttachmentDetail>>;
    attachmentButton(attachments, 'Ajouter').click();
    expect((await added).detail.attachment.proprietaire).to.deep.equal({ type: 'STRUCTURE', id: S.chaourcois });
    await waitUntil(
      () =>
        textOf(el).includes('deliberation-creation.pdf a été ajouté.') &&
        textOf(el).includes('Délibération de création'),
      'the file is listed',
    );
    const members = await createHttpClient({ user: SEED_USERS.lucas }).listAttachments({
      idStructureCPP: S.chaourcois,
    });
    expect(
      members.items.map((a) => a.pieceJointeNom),
      'the structure’s members see it',
    ).to.deep.equal(['deliberation-creation.pdf']);
    await expect(el).to.be.accessible();
  });

  it('STR-7 / STR-3 / STR-8: a simple user gets the fiche only, no manager screen; the mock refuses his upload to the structure with STR-7', async () => {
    const { el } = await mount('lucas', { id: S.chaourcois });
    await waitUntil(() => textOf(el).includes('Vous ne gérez pas cette structure'), 'the fiche, read-only');
    expect(deepQuery(el, 'cp-attachment-manager') === null, 'no attachment form for him here').to.equal(true);
    const refusal = await createHttpClient({ user: SEED_USERS.lucas })
      .uploadAttachment({
        idStructureCPP: S.chaourcois,
        file: fileOf('piece.pdf'),
        pieceJointeDesignation: 'Pièce',
        pieceJointeTypeCode: 'AUTRE',
      })
      .then(
        () => undefined,
        (error: unknown) => error as CpError,
      );
    expect({ code: refusal?.code, rule: refusal?.rule }).to.deep.equal({ code: 'FORBIDDEN', rule: 'STR-7' });
  });

  it('EN: the manager speaks English, parameters and pending changes included', async () => {
    setPageLocale('en');
    const { el } = await mount('jeane', { id: S.chaourcois, ready: (e) => textOf(e).includes('Modify') });
    await waitUntil(() => textOf(el).includes('Public structure parameters'), 'the fiche in English');
    expect(textOf(el)).to.contain('Structure with MOA');
    button(el, 'Deactivate').click();
    const dialog = deepQuery(el, 'cp-confirm-dialog')!;
    await waitUntil(() => dialog.shadowRoot!.querySelector('dialog')?.open);
    dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
    await waitUntil(() => textOf(el).includes('Pending changes'));
    expect(textOf(el)).to.contain('Status → Inactive');
    await expect(el).to.be.accessible();
  });
});
