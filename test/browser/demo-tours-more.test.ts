import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CpAttachmentManager } from '../../src/elements/cp-attachment-manager/cp-attachment-manager.js';
import { fileOf, pick } from './cp-attachment-manager-support.js';
import { startTour, visit, way } from './demo-routes.js';
import {
  approvalsCount,
  become,
  button,
  deepFind,
  deepText,
  enterOn,
  named,
  routeShown,
  tabTo,
  useDemo,
} from './demo-support.js';
import { axeProblems, deepActiveElement, deepElements } from './support/audits.js';

/**
 * Issue 17 point 3, the other guided tours (the first ones are in `demo-tours.test.ts`, each file
 * within the runner's time limit): the main manager's handover, an espace request approved, a
 * deactivation and bank details with their RIB file, each followed by keyboard alone from the home
 * page's button of the tour, as the tour panel tells.
 */
describe('Demo portal guided tours (issue 17), by keyboard: handover, espace, deactivation, bank details', () => {
  const demo = useDemo('/');

  const text = () => deepText(demo.container);
  /** The page's own content (not the tour panel, which names what is to come). */
  const mainText = () => deepText(demo.container.querySelector('main')!);
  /** Waits for what a user would see after a round trip to the mock (generous for a loaded machine). */
  const shows = (what: string, predicate: () => boolean) => waitUntil(predicate, what, { timeout: 10_000 });
  /** The table rows of the page holding `words`, through shadow roots. */
  const rowsWith = (words: string) =>
    [...deepElements(demo.container)].filter((el) => el.localName === 'tr' && deepText(el).includes(words));
  /** The e-mails of the mailbox page. */
  const mails = () => demo.container.querySelectorAll('.portal-mail');
  /** The focused select, once it offers an option containing `label`. */
  const offering = (label: string) => () => {
    const select = deepActiveElement();
    return select instanceof HTMLSelectElement && [...select.options].some((o) => o.textContent!.includes(label));
  };
  /** The focused select's chosen option says `label`. */
  const chosen = (label: string) => () => {
    const select = deepActiveElement();
    return select instanceof HTMLSelectElement && select.selectedOptions[0]?.textContent?.includes(label) === true;
  };

  it('GP-2 / GP-4 / GP-5, guide 004: Jeane CHAOURCE hands the CC du Chaourcois over to Marc LEROY; she stays a simple user and Marc finds the e-mail', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Jeane transfère son rôle à Marc');
    await routeShown(demo.container, '/transfert-gestionnaire', 'Transfert du gestionnaire principal');
    expect(text())
      .to.contain('Visite guidée : Jeane transfère son rôle à Marc')
      .and.contain('Vous êtes : Jeane CHAOURCE');
    await shows('her two structures', () => text().includes('Vous êtes gestionnaire principal de 2 structures.'));
    expect(await axeProblems(demo.container)).to.deep.equal([]);

    await tabTo(
      (el) =>
        el instanceof HTMLInputElement &&
        el.type === 'checkbox' &&
        el.labels?.[0]?.textContent?.includes('CC DU CHAOURCOIS') === true,
      'the CC du Chaourcois',
    );
    await sendKeys({ press: 'Space' });
    await tabTo((el) => el.id === 'new-gp', 'Nouveau gestionnaire principal');
    await shows('Marc LEROY is offered', offering('Marc LEROY'));
    await sendKeys({ type: 'Marc' });
    await shows('Marc LEROY chosen', chosen('Marc LEROY'));
    await enterOn(button('Soumettre'), '"Soumettre"');
    await shows('the confirmation', () => text().includes("CC DU CHAOURCOIS ET DU VAL D'ARMANCE → Marc LEROY"));
    expect(text()).to.contain('comme utilisateur simple');
    await enterOn(button('Transférer'), '"Transférer" in the confirmation');
    await shows('the role is handed over', () =>
      text().includes('Rôle transféré pour 1 structure : vous y êtes désormais utilisateur simple.'),
    );
    await shows('one structure left to her', () => text().includes('Vous êtes gestionnaire principal de 1 structure.'));

    await become('Marc LEROY');
    await visit(demo, way('/boite-mail', 'Boîte mail', 'Marc LEROY'));
    await shows(
      'the e-mail of the new main manager',
      () =>
        text().includes('Vous êtes gestionnaire principal') &&
        text().includes('Jeane CHAOURCE vous a confié le rôle de gestionnaire principal de'),
    );
    expect(await axeProblems(demo.container)).to.deep.equal([]);
  });

  it('HAB-8 / APR-2, guides 000 and 001: Lucas BERNARD asks for "Factures à valider" on his service; Jeane CHAOURCE, told by e-mail, approves it; his row turns "Validé"', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Lucas demande un abonnement à un espace');
    await routeShown(demo.container, '/mes-habilitations', 'Mes habilitations');
    await shows(
      'his abonnements',
      () => text().includes('Mes abonnements aux espaces') && rowsWith('Validé').length > 0,
    );
    expect(mainText(), 'nothing pending yet').not.to.contain('En cours de validation');

    await enterOn(button('Demander un abonnement'), '"Demander un abonnement"');
    await shows('focus on the structure, his structure offered', offering('CC DU CHAOURCOIS'));
    await sendKeys({ press: 'ArrowDown' });
    await shows('his structure chosen', chosen('CC DU CHAOURCOIS'));
    await tabTo((el) => el.id === 'ab-espace', 'Espace');
    await shows('the espaces are offered', offering('Factures à valider'));
    for (let i = 0; i < 20 && !chosen('Factures à valider')(); i += 1) await sendKeys({ press: 'ArrowDown' });
    await tabTo(
      (el) => el.getAttribute('aria-label') === 'Modification sur FACTURES_PUBLIQUES',
      'Modification on his service',
    );
    expect(text(), 'only his service (HAB-8)').not.to.contain('Service par défaut (toute la structure)');
    await sendKeys({ press: 'Space' });
    expect(await axeProblems(demo.container)).to.deep.equal([]);
    await enterOn(button('Valider la demande'), '"Valider la demande"');
    await shows('the request is sent', () => text().includes('1 demande d’abonnement envoyée :'));
    await shows('his row is pending', () => rowsWith('En cours de validation').length === 1);

    await become('Jeane CHAOURCE');
    await shows('APPROBATIONS 1 for Jeane', () => approvalsCount(demo) === '1');
    await visit(demo, way('/boite-mail', 'Boîte mail', 'Jeane CHAOURCE'));
    await shows(
      'the e-mail of the request',
      () =>
        /Demande RITM\d{7} à approuver/.test(text()) &&
        text().includes('Lucas BERNARD demande un abonnement à un espace (FACTURES_A_VALIDER)'),
    );
    await enterOn(named('Ouvrir le lien du courriel'), 'the e-mail’s link');
    await routeShown(demo.container, '/approbations', 'Approbations');
    await enterOn(
      (el) => el.getAttribute('part') === 'row-action' && el.textContent!.includes('Lucas BERNARD'),
      'Lucas BERNARD’s request',
    );
    await shows('the request in the portal’s words', () => text().includes('Demander un abonnement à un espace'));
    await enterOn(button('Approuver'), '"Approuver"');
    await shows('the request is approved', () => text().includes('Demande approuvée.'));
    await shows('APPROBATIONS 0', () => approvalsCount(demo) === '0');

    await become('Lucas BERNARD');
    await visit(demo, way('/mes-habilitations', 'Mes habilitations', 'Lucas BERNARD'));
    await shows('his new abonnement, validated', () =>
      rowsWith('Factures à valider').some((row) => /Modification\s+Validé/.test(deepText(row))),
    );
    expect(mainText(), 'nothing pending any more').not.to.contain('En cours de validation');
  });

  it('DEA-1 / DEA-3, guide 001: Lucas BERNARD deactivates his own account after the 60-day warning; only reactivation is left, and its e-mail reaches his mailbox', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Lucas désactive son compte');
    await routeShown(demo.container, '/mon-compte', 'Mon compte');
    await shows('his account and its deactivation', () =>
      Boolean(
        deepFind(demo.container, '#f-nom') && text().includes('Vous pourrez le réactiver vous-même pendant 60 jours'),
      ),
    );

    await enterOn(button('Désactiver mon compte'), '"Désactiver mon compte"');
    await shows('the confirmation', () => text().includes('Désactiver votre compte ?'));
    expect(text())
      .to.contain('Vous pourrez réactiver votre compte pendant 60 jours.')
      .and.contain('Les modifications non enregistrées de cette page seront perdues.');
    expect(await axeProblems(demo.container)).to.deep.equal([]);
    await enterOn(button('Désactiver'), '"Désactiver" in the confirmation');
    await shows(
      'only reactivation is offered',
      () => text().includes('Réactiver mon compte') && !deepFind(demo.container, '#f-nom'),
    );
    expect(mainText()).not.to.contain('Désactiver mon compte');
    expect(await axeProblems(demo.container)).to.deep.equal([]);

    await enterOn(button('Réactiver mon compte'), '"Réactiver mon compte"');
    await enterOn(button('Valider'), '"Valider" in the confirmation');
    await shows('the link is sent', () => text().includes('Un courriel a été envoyé à lucas.bernard@cc-chaourcois.fr'));

    await visit(demo, way('/boite-mail', 'Boîte mail', 'Lucas BERNARD'));
    await shows('the reactivation e-mail', () => text().includes('Réactivation de votre compte Chorus Pro'));
    expect(mails(), 'one e-mail').to.have.length(1);
    expect(deepText(mails()[0]!)).to.contain('Pour réactiver votre compte, suivez ce lien');
    expect([...mails()[0]!.querySelectorAll('a')].map((a) => a.textContent!.trim())).to.deep.equal([
      'Ouvrir le lien du courriel',
    ]);
  });

  it('BNK-1 / BNK-2 / BNK-5, guides 003 and 004: Paul DURAND records DURAND BTP’s IBAN and attaches the RIB file through the structure’s attachments', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Paul enregistre les coordonnées bancaires de DURAND BTP');
    await routeShown(demo.container, '/coordonnees-bancaires', 'Coordonnées bancaires');
    await shows('no bank details yet', () => text().includes('Cette structure n’a aucune coordonnée bancaire.'));
    expect(text(), 'BNK-5').to.contain('les coordonnées bancaires prévues au contrat prévalent');

    await enterOn(button('Ajouter des coordonnées bancaires'), '"Ajouter des coordonnées bancaires"');
    await shows('the form', () => Boolean(deepFind(demo.container, '#f-nom')));
    await tabTo((el) => el.id === 'f-nom', 'Nom des coordonnées bancaires');
    await sendKeys({ type: 'Compte principal' });
    await tabTo((el) => el.id === 'iban', 'IBAN');
    await sendKeys({ type: 'fr76 3000 6000 0112 3456 7890 189' });
    await tabTo((el) => el.id === 'bic', 'BIC');
    await sendKeys({ type: 'agrifrpp' });
    await enterOn(
      button('Ajouter un fichier aux pièces jointes de la structure'),
      '"Ajouter un fichier aux pièces jointes de la structure"',
    );
    await shows('the structure’s attachments', () => Boolean(deepFind(demo.container, '#f-designation')));
    await tabTo((el) => el instanceof HTMLInputElement && el.type === 'file', 'the file picker');
    // The OS file dialog cannot be driven by keys: its outcome, a small PDF, is set on the picker.
    pick(deepFind(demo.container, 'cp-attachment-manager') as CpAttachmentManager, fileOf('rib-durand-btp.pdf'));
    await tabTo((el) => el.id === 'f-designation', 'Désignation');
    await sendKeys({ type: 'RIB DURAND BTP' });
    await tabTo((el) => el.id === 'f-type', 'Type');
    await sendKeys({ type: 'Rel' });
    await shows('the RIB type', chosen('Relevé d’identité bancaire'));
    await enterOn(button('Ajouter'), '"Ajouter"');
    await shows('the file is the RIB', () =>
      Boolean(
        (
          deepFind(demo.container, '#f-file') as HTMLSelectElement | undefined
        )?.selectedOptions[0]?.textContent?.includes('rib-durand-btp.pdf'),
      ),
    );
    expect(text()).to.contain('Le fichier « rib-durand-btp.pdf » est ajouté aux pièces jointes et choisi comme RIB.');
    expect(await axeProblems(demo.container)).to.deep.equal([]);

    await enterOn(button('Soumettre'), '"Soumettre"');
    await shows('the bank details are recorded', () =>
      text().includes('Les coordonnées bancaires « Compte principal » sont enregistrées.'),
    );
    expect(text())
      .to.contain('FR76 3000 6000 0112 3456 7890 189')
      .and.contain('AGRIFRPP')
      .and.contain('Télécharger le RIB (rib-durand-btp.pdf)');
    expect(await axeProblems(demo.container)).to.deep.equal([]);
  });
});
