import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { CAST } from '../../mock-api/seed/cast.js';
import { isCpError } from '../../src/client/index.js';
import { tabTo } from './cp-account-form-support.js';
import {
  button,
  clientAs,
  deepQuery,
  mountInbox,
  openButtons,
  rowCheckboxes,
  textOf,
  todayIso,
} from './cp-approbations-support.js';
import { deepActive } from './shared-focus.js';
import { expectLoadingFirst, expectQuietRefresh } from './shared-refresh.js';
import { atWidth, brokenWords, reflowProblems } from './support/audits.js';
import { captureDownloads } from './support/downloads.js';
import { useMockWorker } from './support/mock-worker.js';
import { loginOf } from './support/mount.js';

const { structures: S, services: SV } = CAST;

/** Sophie asks to be attached to the CC du Chaourcois: a request for Jeane (RAT-5). */
const sophieAsksChaourcois = () =>
  clientAs('sophie').requestRattachement({
    idStructureCPP: S.chaourcois,
    niveau: 'STRUCTURE',
    dateDebut: todayIso(),
    commentaire: 'Renfort comptable',
  });

/** Lucas asks for "Engagements" in modification on his service: an abonnement request for Jeane (HAB-8). */
const lucasAsksEngagements = () =>
  clientAs('lucas').requestAbonnements({
    idStructureCPP: S.chaourcois,
    espace: 'ENGAGEMENTS',
    lignes: [{ idService: SV.facturesPubliques, mode: 'MODIFICATION' }],
    dateEffet: todayIso(),
  });

describe('cp-approbations: the approvals inbox (APR-1, APR-2)', () => {
  const mock = useMockWorker();

  it('APR-1: Pauline sees Claire PETIT’s pending rattachement with its columns; the count is a property and an event', async () => {
    const { inbox } = await mountInbox('pauline');
    await waitUntil(() => inbox.count === 1, 'the count of pending requests');
    const text = textOf(inbox);
    for (const expected of [
      'Claire PETIT',
      'Demande',
      'Demander un rattachement à une structure',
      CAST.sirets.mairie,
      'COMMUNE DE TERNEUIL SUR SEINE',
      'Exporter en CSV',
    ])
      expect(text).to.contain(expected);
    expect(text).to.match(/\d{2}\/\d{2}\/\d{4}/, 'dates dd/mm/yyyy (X-6)');
    expect(text).to.match(/RITM\d{7}/, 'the request number');
    for (const column of ['Numéro', 'Approbateur', 'Date de décision']) expect(text).to.contain(column);
    await expect(inbox).to.be.accessible();

    const counted = oneEvent(inbox, 'cp-approbation-count-changed');
    await sophieAsksChaourcois();
    await clientAs('sophie').requestRattachement({
      idStructureCPP: S.ccas,
      niveau: 'STRUCTURE',
      dateDebut: todayIso(),
      commentaire: 'Action sociale',
    });
    window.dispatchEvent(new Event('focus'));
    expect((await counted).detail.count, 'X-7: refreshed on focus').to.equal(2);
  });

  it('APR-1: the CSV export has the number, the portal’s description, the approver and the decision date', async () => {
    await sophieAsksChaourcois();
    const [pending] = (await clientAs('jeane').listApprobations()).items;
    await clientAs('marc').decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: pending!.version,
    });
    const { inbox } = await mountInbox('jeane');
    const etat = deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!;
    etat.value = 'APPROUVE';
    etat.dispatchEvent(new Event('change'));
    await waitUntil(() => openButtons(inbox).length === 1, 'the approved request');
    const { created, clicked, restore } = captureDownloads();
    try {
      deepQuery(inbox, 'cp-data-table')!.shadowRoot!.querySelector<HTMLButtonElement>('[part="export"]')!.click();
      await waitUntil(() => clicked.length === 1, 'the export');
    } finally {
      restore();
    }
    const [header, line] = (await created[0]!.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).to.contain('Numéro').and.to.contain('Approbateur').and.to.contain('Date de décision');
    expect(line)
      .to.contain(pending!.numero)
      .and.to.contain('Demander un rattachement à une structure')
      .and.to.contain('Marc LEROY');
  });

  it('APR-1: filter by state and type', async () => {
    await lucasAsksEngagements();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    const type = deepQuery<HTMLSelectElement>(inbox, '#filter-type')!;
    type.value = 'RATTACHEMENT';
    type.dispatchEvent(new Event('change'));
    await waitUntil(
      () => openButtons(inbox).length === 0 && textOf(inbox).includes('Aucune demande pour ces critères.'),
      'no rattachement request for Jeane',
    );
    type.value = 'ABONNEMENT';
    type.dispatchEvent(new Event('change'));
    await waitUntil(() => textOf(inbox).includes('Lucas BERNARD') && textOf(inbox).includes('FACTURES_PUBLIQUES'));
    const etat = deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!;
    etat.value = 'APPROUVE';
    etat.dispatchEvent(new Event('change'));
    await waitUntil(
      () => openButtons(inbox).length === 0 && textOf(inbox).includes('Aucune demande pour ces critères.'),
    );
    await expect(inbox).to.be.accessible();
  });

  it('X-7: a refresh on window focus keeps the list and the focus; another user’s inbox shows loading first', async () => {
    await lucasAsksEngagements();
    const { session, inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1, 'Lucas’s request is listed');
    const open = openButtons(inbox)[0]!;
    open.focus();
    await expectQuietRefresh(inbox, mock.worker, open);
    await expectLoadingFirst(
      inbox,
      () => (session.user = loginOf('pauline')),
      () => textOf(inbox).includes('Claire PETIT'),
      'Pauline’s inbox (not Jeane’s requests meanwhile)',
    );
  });

  it('X-7 / APR-2: keyboard only, what Jeane ticked stays ticked on a refresh; once the session is Marc’s, nothing is ticked and "Approuver la sélection" cannot approve it', async () => {
    await sophieAsksChaourcois();
    const { session, inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1, 'Sophie’s request is listed');
    deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!.focus();
    const [sophie] = rowCheckboxes(inbox);
    const box = (await tabTo((el) => el === sophie, 'Sophie’s row checkbox')) as HTMLInputElement;
    await sendKeys({ press: 'Space' });
    await waitUntil(() => textOf(inbox).includes('Approuver la sélection (1)'), 'one request ticked');
    await expectQuietRefresh(inbox, mock.worker, box);
    expect(box.checked, 'still ticked after the refresh').to.equal(true);
    expect(button(inbox, /Approuver la sélection/).disabled, 'still ready to approve').to.equal(false);

    // Marc manages the same structure: Sophie's request is in his inbox too, unticked.
    const jeanesTable = deepQuery(inbox, 'cp-data-table');
    await expectLoadingFirst(
      inbox,
      () => (session.user = loginOf('marc')),
      () => {
        const table = deepQuery(inbox, 'cp-data-table');
        return table !== null && table !== jeanesTable && openButtons(inbox).length === 1;
      },
      'Marc’s inbox',
    );
    expect(
      rowCheckboxes(inbox).map((b) => b.checked),
      'nothing ticked',
    ).to.deep.equal([false]);
    const approve = button(inbox, /Approuver la sélection/);
    expect(approve.textContent).to.contain('Approuver la sélection (0)');
    expect(approve.disabled, 'nothing to approve').to.equal(true);
    expect(textOf(inbox)).to.contain('Cochez des demandes pour les approuver ensemble.');
    approve.click();
    await inbox.updateComplete;
    const [request] = (await clientAs('jeane').listApprobations()).items;
    expect(request!.etat, 'Sophie’s request still waits').to.equal('DEMANDE');
    await expect(inbox).to.be.accessible();
  });

  it('APR-2 / RAT-5 / RAT-10 / X-7: Jeane, keyboard only, approves Sophie’s rattachement; Sophie is attached with her default espaces', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!.focus();
    await tabTo((el) => el.getAttribute('part') === 'row-action', 'Ouvrir');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'detail-title', 'focus moves to the detail');
    const detail = textOf(inbox);
    const [request] = (await clientAs('jeane').listApprobations()).items;
    expect(detail).to.match(/Approbation pour\s*RITM\d{7}/);
    for (const expected of [
      request!.numero,
      'Demander un rattachement à une structure',
      'Demande de Sophie MARTIN',
      'sophie.martin@terneuil-sur-seine.fr',
      'Toute la structure',
      'Renfort comptable',
    ])
      expect(detail).to.contain(expected);
    await expect(inbox).to.be.accessible();
    await tabTo((el) => el.textContent?.trim() === 'Approuver', 'Approuver');
    const decided = oneEvent(inbox, 'cp-approbations-decided');
    await sendKeys({ press: 'Enter' });
    expect((await decided).detail.approbations[0]!.etat).to.equal('APPROUVE');
    await waitUntil(() => textOf(inbox).includes('Demande approuvée.'));
    expect(textOf(inbox)).to.contain('Approbateur').and.to.contain('Jeane CHAOURCE').and.to.contain('Date de décision');
    await tabTo((el) => el.textContent?.trim() === 'Retour à la liste', 'Retour à la liste');
    await sendKeys({ press: 'Enter' });
    const etat = deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!;
    etat.value = 'APPROUVE';
    etat.dispatchEvent(new Event('change'));
    const firstRow = () => deepQuery(inbox, 'cp-data-table')!.shadowRoot!.querySelector('tbody tr')?.textContent ?? '';
    await waitUntil(() => firstRow().includes('Approuvée'), 'the approved request in the list');
    const row = firstRow();
    expect(row, 'APR-1: the approver and the decision date in the list')
      .to.contain(request!.numero)
      .and.to.contain('Jeane CHAOURCE')
      .and.to.match(/\d{2}\/\d{2}\/\d{4}.*\d{2}\/\d{2}\/\d{4}/s);
    await expect(inbox).to.be.accessible();

    const sophie = clientAs('sophie');
    const mine = await sophie.listMyRattachements();
    expect(mine.items.find((r) => r.idStructureCPP === S.chaourcois)!.statutRattachement).to.equal('VALIDEE');
    const espaces = await sophie.listMyHabilitations({ idStructureCPP: S.chaourcois });
    expect(espaces.items.map((h) => h.application)).to.include.members([
      'ACCUEIL_CONNECTE',
      'FACTURES_EMISES',
      'MON_COMPTE',
    ]);
    await waitUntil(() => inbox.count === 0, 'the count drops');
  });

  it('APR-2 / HAB-8 / X-7: Jeane approves Lucas’s espace request; Lucas holds "Engagements" in modification on his service', async () => {
    await lucasAsksEngagements();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    openButtons(inbox)[0]!.click();
    await waitUntil(
      () => textOf(inbox).includes('Demander un abonnement à un espace') && textOf(inbox).includes('Engagements'),
    );
    expect(textOf(inbox)).to.contain('FACTURES_PUBLIQUES').and.to.contain('Modification');
    button(inbox, 'Approuver').click();
    await waitUntil(() => textOf(inbox).includes('Demande approuvée.'));
    const access = await clientAs('lucas').checkMyAccess({
      idStructureCPP: S.chaourcois,
      idService: SV.facturesPubliques,
      application: 'ENGAGEMENTS',
    });
    expect(access.modification).to.equal(true);
  });

  it('APR-1 at 320 px (WCAG 1.4.10): the opened request’s number, names and dates are never cut letter by letter', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    openButtons(inbox)[0]!.click();
    await waitUntil(() => deepQuery(inbox, 'dl') !== null);
    const problems = await atWidth(320, () => [...brokenWords(deepQuery(inbox, 'dl')!), ...reflowProblems()]);
    expect(problems).to.deep.equal([]);
  });

  it('APR-2: refusing needs a comment; the refusal reaches the requester with it', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    openButtons(inbox)[0]!.click();
    await waitUntil(() => deepQuery(inbox, '#comment') !== null);
    button(inbox, 'Refuser').click();
    await waitUntil(() => textOf(inbox).includes('Saisissez un commentaire pour refuser la demande. Réf. APR-2'));
    expect(deepActive()?.id, 'focus on the comment').to.equal('comment');
    await expect(inbox).to.be.accessible();
    await sendKeys({ type: 'Pas de besoin sur cette structure' });
    button(inbox, 'Refuser').click();
    await waitUntil(() => textOf(inbox).includes('Demande refusée.'));
    const row = (await clientAs('sophie').listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!;
    expect(row).to.include({ statutRattachement: 'REFUSEE', commentaireDecision: 'Pas de besoin sur cette structure' });
  });

  it('APR-2: a second decision (Marc decided meanwhile) is refused with its reason and the detail shows the decision', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 1);
    openButtons(inbox)[0]!.click();
    await waitUntil(() => deepQuery(inbox, '#comment') !== null);
    const [pending] = (await clientAs('marc').listApprobations()).items;
    await clientAs('marc').decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: pending!.version,
    });
    button(inbox, 'Approuver').click();
    await waitUntil(() => textOf(inbox).includes('Cette demande a déjà été décidée. Réf. APR-2'));
    await waitUntil(() => textOf(inbox).includes('Marc LEROY'), 'the decider is shown');
    expect(() => button(inbox, 'Approuver'), 'no decision buttons once decided').to.throw();
    await expect(inbox).to.be.accessible();
  });

  it('APR-2: bulk approve of the ticked rows lists each outcome; a row decided meanwhile is refused with its rule', async () => {
    await sophieAsksChaourcois();
    await lucasAsksEngagements();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 2);
    for (const box of rowCheckboxes(inbox)) box.click();
    await waitUntil(() => textOf(inbox).includes('Approuver la sélection (2)'));
    const abonnement = (await clientAs('marc').listApprobations({ type: 'ABONNEMENT' })).items[0]!;
    await clientAs('marc').decideApprobation({
      idApprobation: abonnement.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Non',
      version: abonnement.version,
    });
    button(inbox, /Approuver la sélection/).click();
    await waitUntil(() => textOf(inbox).includes('1 demande approuvée, 1 refusée par le serveur.'));
    expect(textOf(inbox))
      .to.contain('Sophie MARTIN : approuvée')
      .and.to.contain('Lucas BERNARD : Cette demande a déjà été décidée. Réf. APR-2');
    await expect(inbox).to.be.accessible();
  });

  it('APR-2: keyboard only, Jeane ticks both requests with Space and approves the selection', async () => {
    await sophieAsksChaourcois();
    await lucasAsksEngagements();
    const { inbox } = await mountInbox('jeane');
    await waitUntil(() => openButtons(inbox).length === 2);
    deepQuery<HTMLSelectElement>(inbox, '#filter-etat')!.focus();
    for (const box of rowCheckboxes(inbox)) {
      await tabTo((el) => el === box, 'a row checkbox');
      await sendKeys({ press: 'Space' });
    }
    await waitUntil(() => textOf(inbox).includes('Approuver la sélection (2)'));
    await tabTo((el) => el.textContent?.trim() === 'Approuver la sélection (2)', 'Approuver la sélection', true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => textOf(inbox).includes('2 demandes approuvées, 0 refusée par le serveur.'));
    expect(deepActive()?.id, 'focus on the outcome').to.equal('notice');
    await waitUntil(() => inbox.count === 0, 'nothing waits any more');
    await expect(inbox).to.be.accessible();
  });

  it('APR-2 / X-2: a simple user has an empty inbox and the mock refuses his decision even without the element', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('lucas');
    await waitUntil(() => textOf(inbox).includes('Aucune demande pour ces critères.'));
    expect(textOf(inbox), 'X-8: why the inbox stays empty').to.contain(
      'seuls le gestionnaire principal et les titulaires d’« Organisation modification » d’une structure décident de ses demandes. Adressez-vous au gestionnaire principal de votre structure. Réf. APR-2',
    );
    await expect(inbox).to.be.accessible();
    expect(inbox.count).to.equal(0);
    const [pending] = (await clientAs('jeane').listApprobations()).items;
    const refusal = await clientAs('lucas')
      .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version })
      .catch((e: unknown) => e);
    expect(isCpError(refusal, 'FORBIDDEN') && refusal.rule).to.equal('APR-2');
  });

  it('APR-1 / APR-2 in English', async () => {
    await sophieAsksChaourcois();
    const { inbox } = await mountInbox('jeane', 'en');
    await waitUntil(() => openButtons(inbox).length === 1);
    expect(textOf(inbox))
      .to.contain('Approvals')
      .and.to.contain('Request a rattachement to a structure')
      .and.to.contain('Approver')
      .and.to.contain('Decision date')
      .and.to.contain('Export as CSV');
    openButtons(inbox)[0]!.click();
    await waitUntil(() => textOf(inbox).includes('Request from Sophie MARTIN'));
    expect(textOf(inbox)).to.match(/Approval for\s*RITM\d{7}/);
    button(inbox, 'Refuse').click();
    await waitUntil(() => textOf(inbox).includes('Enter a comment to refuse the request. Ref. APR-2'));
    await expect(inbox).to.be.accessible();
  });
});
