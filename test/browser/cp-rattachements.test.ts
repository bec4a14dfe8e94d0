import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/index.js';
import { createHttpClient } from '../../src/client/index.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import {
  choose,
  deepQuery,
  mountAs,
  openRequestFor,
  rowAction,
  rowCheckbox,
  textOf,
  typeInto,
  waitForText,
} from './cp-rattachements-support.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { useMockWorker } from './support/mock-worker.js';

describe('cp-rattachements: my rattachements, request, leave (RAT-1..7)', () => {
  const mock = useMockWorker({ locale: 'fr' }); // The host's language: French whatever the user saved (ACC-6 is tested in cp-session).

  it('RAT-2..5 / RAT-10 / HAB-3 / HAB-4 / X-7: Sophie finds the CC du Chaourcois, asks to join, sees it pending; once Jeane approves, both elements show it validated with the default profiles and espaces', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements><cp-habilitations></cp-habilitations>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    const rights = session.querySelector('cp-habilitations')!;
    await expect(list).to.be.accessible();

    button(list, 'Demander un rattachement').click();
    await waitForText(list, 'Conseil : recherchez par identifiant');
    typeInto(list, '#sp-identifiant', CAST.sirets.chaourcois);
    await waitForText(list, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    await expect(list).to.be.accessible();
    rowCheckbox(list, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE").click();
    await waitUntil(() => !button(list, /Choisir les structures sélectionnées/).disabled);
    button(list, 'Choisir les structures sélectionnées (1)').click();
    await waitForText(list, "Demande de rattachement à CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    await expect(list).to.be.accessible();

    typeInto(list, '#rq-commentaire', 'Renfort au service des finances');
    await waitForText(list, '31 / 255 caractères');
    button(list, 'Valider').click();
    await waitForText(list, 'est envoyée : elle est en cours de validation');
    await waitUntil(() => textOf(list).includes('En cours de validation'), 'the new row is pending');
    await expect(list).to.be.accessible();

    const jeane = createHttpClient({ user: SEED_USERS.jeane });
    const [pending] = (await jeane.listApprobations({ etat: 'DEMANDE' })).items;
    expect(pending!.demandeur).to.equal('Sophie MARTIN');
    await jeane.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: pending!.version,
    });

    window.dispatchEvent(new Event('focus'));
    await waitUntil(
      () => !textOf(list).includes('En cours de validation'),
      'the request shows validated after the focus refresh (X-7)',
      { timeout: 8000 },
    );
    expect(textOf(list).match(/Validée/g)?.length).to.equal(2);

    typeInto(rights, '#hb-filter', 'chaourcois factures recues');
    await waitForText(rights, '1 habilitation sur');
    expect(textOf(rights)).to.contain('Consultation uniquement');
    typeInto(rights, '#hb-filter', 'chaourcois accueil');
    await waitForText(rights, 'Accueil connecté');
    expect(textOf(rights)).to.contain('Mes abonnements aux espaces');
    await expect(rights).to.be.accessible();
  });

  it('RAT-5: a duplicate request is refused with its reason, and the form keeps the input', async () => {
    const session = await mountAs(
      'claire',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await openRequestFor(list, CAST.sirets.mairie);
    await waitForText(list, 'Demande de rattachement à COMMUNE DE TERNEUIL SUR SEINE');
    typeInto(list, '#rq-commentaire', 'Deuxième demande');
    button(list, 'Valider').click();
    await waitForText(list, 'Réf. RAT-5');
    expect(deepQuery<HTMLTextAreaElement>(list, '#rq-commentaire')!.value).to.equal('Deuxième demande');
    await expect(list).to.be.accessible();
  });

  it('RAT-4 (guide 002 §5 3/4): the request screen sums up the structure and the user, and says the status of the rattachement already asked for', async () => {
    const session = await mountAs(
      'claire',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await openRequestFor(list, CAST.sirets.mairie);
    await waitForText(list, 'Adresse électronique');
    const summary = textOf(deepQuery(list, '[part="request-summary"]')!);
    for (const expected of [
      'Type d’identifiant SIRET',
      `Identifiant ${CAST.sirets.mairie}`,
      'Désignation COMMUNE DE TERNEUIL SUR SEINE',
      'Statut ACTIF',
      'Type PUBLIQUE',
      'Nom PETIT',
      'Prénom Claire',
      'Adresse électronique claire.petit@terneuil-sur-seine.fr',
    ])
      expect(summary).to.contain(expected);
    // Her request of three days ago is still pending (seed): the whole-structure choice says so.
    const wholeStructure = deepQuery<HTMLInputElement>(list, 'input[value="STRUCTURE"]')!.closest('label')!;
    expect(wholeStructure.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Toute la structure (Statut du rattachement : en cours de validation)',
    );
    await expect(list).to.be.accessible();
  });

  it('RAT-4: the comment and the start date are required, the end not before the start; the summary says why', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await openRequestFor(list, CAST.sirets.chaourcois);
    await waitForText(list, 'Niveau de rattachement');
    deepQuery<HTMLInputElement>(list, 'input[value="SERVICES"]')!.click();
    await waitForText(list, 'FINANCES');
    const end = deepQuery(list, '#rq-dateFin')!;
    typeInto(end, 'input', '01/01/2020');
    button(list, 'Valider').click();
    await waitForText(list, 'Le formulaire contient 3 erreurs');
    const text = textOf(list);
    expect(text).to.contain('Cochez au moins un service actif.');
    expect(text).to.contain('La date de fin ne peut pas précéder la date de début.');
    expect(text).to.contain('Saisissez un commentaire.');
    expect(text).not.to.contain('ANCIEN_SERVICE');
    await expect(list).to.be.accessible();
  });

  it('RAT-3: Paul (a supplier) asking for a public structure is warned before and after sending', async () => {
    const session = await mountAs('paul', html`<cp-rattachements></cp-rattachements>`, 'DURAND BTP');
    const list = session.querySelector('cp-rattachements')!;
    await openRequestFor(list, CAST.sirets.mairie);
    await waitForText(list, 'Attention : vous êtes rattaché à une structure privée');
    typeInto(list, '#rq-commentaire', 'Suivi de nos factures');
    button(list, 'Valider').click();
    await waitForText(list, 'Avertissement :');
    await expect(list).to.be.accessible();
  });

  it('RAT-7: Sophie leaves the Mairie after confirming; her row disappears', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, 'COMMUNE DE TERNEUIL SUR SEINE').click();
    await waitForText(list, 'Me détacher de COMMUNE DE TERNEUIL SUR SEINE');
    button(list, 'Me détacher de la structure').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    await expect(list).to.be.accessible();
    button(dialog, 'Confirmer').click();
    await waitForText(list, 'Vous êtes détaché de COMMUNE DE TERNEUIL SUR SEINE');
    await waitForText(list, 'Vous n’êtes rattaché à aucune structure.');
  });

  it('RAT-7: keyboard only, Sophie opens "Gérer", leaves and confirms without a mouse', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await tabTo((el) => el.textContent?.trim().startsWith('Gérer') === true, 'the row action');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'lv-title', 'focus moves to the panel title');
    await tabTo((el) => el.textContent?.trim() === 'Me détacher de la structure', 'the leave button');
    await sendKeys({ press: 'Enter' });
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    await tabTo((el) => el.textContent?.trim() === 'Confirmer', 'the confirm button');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'Vous êtes détaché de COMMUNE DE TERNEUIL SUR SEINE');
  });

  it('X-7: a refresh on window focus keeps the list and the focus on a row’s "Gérer"; another user’s list shows loading first', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    const manage = await tabTo((el) => el.textContent?.trim().startsWith('Gérer') === true, 'the row action');
    await expectQuietRefresh(list, mock.worker, manage);
    await expectLoadingFirst(
      list,
      () => (session.user = SEED_USERS.jeane),
      () => textOf(list).includes('SYNDICAT DES EAUX DU CHAOURCOIS'),
      'Jeane’s rattachements (not Sophie’s meanwhile)',
    );
  });

  it('RAT-2..5: keyboard only, Sophie searches, ticks, picks, chooses two services, an end date, a comment with its counter and sends with Valider', async function () {
    this.timeout(30_000); // Many key presses and round trips to the mock on a loaded machine.
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await tabTo((el) => el.textContent?.trim() === 'Demander un rattachement', 'the request button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'rt-request-title', 'focus moves to the request title', {
      timeout: 8000,
    });
    await tabTo((el) => el.id === 'sp-identifiant', 'the identifiant criterion');
    await sendKeys({ type: CAST.sirets.chaourcois });
    await sendKeys({ press: 'Enter' });
    await waitForText(list, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    await tabTo((el) => el.getAttribute('aria-label') === 'Sélectionner la ligne 1', 'the row checkbox');
    await sendKeys({ press: 'Space' });
    await tabTo(
      (el) => el.textContent?.trim() === 'Choisir les structures sélectionnées (1)',
      'the choose button',
      true,
    );
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => deepActive()?.id === 'rt-request-title' && textOf(list).includes('Niveau de rattachement'),
      'the form opens, focus on its title',
      { timeout: 8000 },
    );

    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'radio', 'the level radio group');
    await sendKeys({ press: 'ArrowDown' });
    await waitForText(list, 'Direction des finances');
    await tabTo(
      (el) =>
        el instanceof HTMLInputElement && el.type === 'checkbox' && el.parentElement!.textContent!.includes('FINANCES'),
      'the FINANCES checkbox',
    );
    await sendKeys({ press: 'Space' });
    await tabTo(
      (el) =>
        el instanceof HTMLInputElement && el.type === 'checkbox' && el.parentElement!.textContent!.includes('VOIRIE'),
      'the VOIRIE checkbox',
    );
    await sendKeys({ press: 'Space' });
    const end = deepQuery(list, '#rq-dateFin')!;
    await tabTo((el) => end.shadowRoot?.contains(el) === true && el.tagName === 'INPUT', 'the end date');
    await sendKeys({ type: '31/12/2030' });
    await tabTo((el) => el.id === 'rq-commentaire', 'the comment');
    await sendKeys({ type: 'Renfort voirie' });
    await waitForText(list, '14 / 255 caractères');
    await expect(list).to.be.accessible();
    await tabTo((el) => el.textContent?.trim() === 'Valider', 'Valider');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'est envoyée : elle est en cours de validation');
    await waitUntil(() => textOf(list).includes('En cours de validation'), 'the new row is pending', { timeout: 8000 });

    const mine = (await createHttpClient({ user: SEED_USERS.sophie }).listMyRattachements()).items.find(
      (r) => r.idStructureCPP === CAST.structures.chaourcois,
    )!;
    expect(mine).to.include({
      statutRattachement: 'EN_COURS_DE_VALIDATION',
      niveau: 'SERVICES',
      dateFin: '2030-12-31',
      commentaire: 'Renfort voirie',
    });
    expect(mine.codesServices.slice().sort()).to.deep.equal(['FINANCES', 'VOIRIE']);
  });

  it("RAT-7 / ACC-7: Pauline deactivates Sophie's rattachement meanwhile; leaving is refused as stale, the change is shown; reload, then leave", async function () {
    this.timeout(30_000); // Many key presses and round trips to the mock on a loaded machine.
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, 'COMMUNE DE TERNEUIL SUR SEINE').click();
    await waitForText(list, 'Me détacher de COMMUNE DE TERNEUIL SUR SEINE');

    const pauline = createHttpClient({ user: SEED_USERS.pauline });
    const row = (
      await pauline.listStructureRattachements({ idStructureCPP: CAST.structures.mairie, pageSize: 100 })
    ).items.find((r) => r.idUtilisateur === CAST.users.sophie)!;
    await pauline.deactivateRattachement({ idRattachement: row.idRattachement, version: row.version });

    button(list, 'Me détacher de la structure').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens', {
      timeout: 8000,
    });
    button(dialog, 'Confirmer').click();
    await waitForText(list, 'modifié par ailleurs depuis que vous l’avez ouvert : rien n’a été fait');
    expect(textOf(list)).to.contain('Statut : Validée → Désactivée');
    expect(deepActive()?.id).to.equal('lv-conflict');
    await expect(list).to.be.accessible();
    expect(
      (await pauline.listStructureRattachements({ idStructureCPP: CAST.structures.mairie, pageSize: 100 })).items.some(
        (r) => r.idRattachement === row.idRattachement,
      ),
    ).to.equal(true);

    button(list, 'Recharger le rattachement').click();
    await waitUntil(
      () => textOf(list).includes('Désactivée') && !textOf(list).includes('modifié par ailleurs'),
      'the reloaded rattachement shows as deactivated',
      { timeout: 8000 },
    );
    button(list, 'Me détacher de la structure').click();
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens', {
      timeout: 8000,
    });
    button(dialog, 'Confirmer').click();
    await waitForText(list, 'Vous êtes détaché de COMMUNE DE TERNEUIL SUR SEINE');
  });

  it('RAT-7 / ACC-7 in EN: after a stale refusal, "Leave despite these changes" leaves the server\'s version knowingly', async function () {
    this.timeout(30_000); // Many key presses and round trips to the mock on a loaded machine.
    setPageLocale('en');
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, 'COMMUNE DE TERNEUIL SUR SEINE').click();
    await waitForText(list, 'Leave COMMUNE DE TERNEUIL SUR SEINE');
    const pauline = createHttpClient({ user: SEED_USERS.pauline });
    const row = (
      await pauline.listStructureRattachements({ idStructureCPP: CAST.structures.mairie, pageSize: 100 })
    ).items.find((r) => r.idUtilisateur === CAST.users.sophie)!;
    await pauline.deactivateRattachement({ idRattachement: row.idRattachement, version: row.version });
    button(list, 'Leave the structure').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens', {
      timeout: 8000,
    });
    button(dialog, /^Confirm$/).click();
    await waitForText(list, 'Status: Validated → Deactivated');
    await expect(list).to.be.accessible();
    button(list, 'Leave despite these changes').click();
    await waitForText(list, 'You have left COMMUNE DE TERNEUIL SUR SEINE');
    const mine = (
      await createHttpClient({ user: SEED_USERS.sophie }).listMyRattachements({ inclureSupprimees: true })
    ).items.find((r) => r.idRattachement === row.idRattachement)!;
    expect(mine.statutRattachement).to.equal('SUPPRIMEE');
  });

  it('RAT-7: Claire withdraws her pending request to the Mairie after confirming; the row goes away', async function () {
    this.timeout(30_000); // Round trips to the mock on a loaded machine.
    const session = await mountAs('claire', html`<cp-rattachements></cp-rattachements>`, 'En cours de validation');
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, 'En cours de validation').click();
    await waitForText(list, 'Retirer ma demande');
    button(list, 'Retirer ma demande').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens', {
      timeout: 8000,
    });
    expect(textOf(dialog)).to.contain('Votre demande de rattachement à COMMUNE DE TERNEUIL SUR SEINE sera retirée');
    button(dialog, 'Confirmer').click();
    await waitForText(list, 'Votre demande de rattachement à COMMUNE DE TERNEUIL SUR SEINE est retirée.');
    await waitUntil(() => !textOf(list).includes('En cours de validation'), 'the pending row is gone', {
      timeout: 8000,
    });
  });

  it('RAT-7: the host vetoes leaving (cp-before-rattachement-leave): nothing is sent, the rattachement stays', async function () {
    this.timeout(30_000); // Round trips to the mock on a loaded machine.
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    const vetoed: number[] = [];
    list.addEventListener('cp-before-rattachement-leave', (event) => {
      vetoed.push(event.detail.rattachement.idStructureCPP);
      event.preventDefault();
    });
    rowAction(list, 'COMMUNE DE TERNEUIL SUR SEINE').click();
    await waitForText(list, 'Me détacher de COMMUNE DE TERNEUIL SUR SEINE');
    button(list, 'Me détacher de la structure').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens', {
      timeout: 8000,
    });
    button(dialog, 'Confirmer').click();
    await waitUntil(() => vetoed.length === 1, 'the host is asked', { timeout: 8000 });
    expect(vetoed).to.deep.equal([CAST.structures.mairie]);
    const mine = (await createHttpClient({ user: SEED_USERS.sophie }).listMyRattachements()).items;
    expect(mine.map((r) => [r.idStructureCPP, r.statutRattachement])).to.deep.equal([
      [CAST.structures.mairie, 'VALIDEE'],
    ]);
    expect(textOf(list)).not.to.contain('Vous êtes détaché');
  });

  it('RAT-7: Jeane (GP) is told why she cannot just leave, hands over to Marc, then stays as a simple user', async () => {
    const session = await mountAs(
      'jeane',
      html`<cp-rattachements></cp-rattachements>`,
      "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
    );
    const list = session.querySelector('cp-rattachements')!;
    rowAction(list, "CC DU CHAOURCOIS ET DU VAL D'ARMANCE").click();
    await waitForText(list, 'vous ne pouvez pas vous détacher directement');
    await waitUntil(() => Boolean(deepQuery(list, '#lv-successor')), 'the successors are offered');
    button(list, 'Désigner le nouveau gestionnaire principal').click();
    await waitForText(list, 'Choisissez le nouveau gestionnaire principal.');
    await expect(list).to.be.accessible();
    const marc = String(CAST.users.marc);
    choose(list, '#lv-successor', marc);
    expect(textOf(list)).not.to.contain('Henri MOREAU');
    button(list, 'Désigner le nouveau gestionnaire principal').click();
    const dialog = deepQuery(list, 'cp-confirm-dialog')!;
    await waitUntil(() => Boolean(dialog.shadowRoot?.querySelector('dialog')?.open), 'the confirmation opens');
    button(dialog, 'Confirmer').click();
    await waitForText(list, 'Marc LEROY est désormais gestionnaire principal');
    await waitForText(list, 'Me détacher de la structure');
    const row = (await createHttpClient({ user: SEED_USERS.jeane }).listMyRattachements()).items.find(
      (r) => r.idStructureCPP === CAST.structures.chaourcois,
    )!;
    expect(row.role).to.equal('UTILISATEUR');
  });

  it('RAT-1 in EN: statuses and roles are words, not colours', async () => {
    setPageLocale('en');
    const session = await mountAs('claire', html`<cp-rattachements></cp-rattachements>`, 'Pending validation');
    const list = session.querySelector('cp-rattachements')!;
    const text = textOf(list);
    expect(text).to.contain('My rattachements');
    expect(text).to.contain('Validated');
    expect(text).to.contain('Simple user');
    expect(text).to.contain('Whole structure');
    await expect(list).to.be.accessible();
  });
});
