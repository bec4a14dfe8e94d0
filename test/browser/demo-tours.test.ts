import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startTour, visit, way } from './demo-routes.js';
import {
  approvalsCount,
  become,
  button,
  deepFind,
  deepText,
  enterOn,
  named,
  naming,
  routeShown,
  tabTo,
  useDemo,
} from './demo-support.js';
import { axeProblems, deepActiveElement } from './support/audits.js';

/**
 * Issue 17 point 3: the guides' scenarios as guided tours, each followed by keyboard alone from the
 * home page's "Commencer la visite" button, as the tour panel tells: who to be, what to do, what the
 * simulated backend answers. The page's language is left to the user's saved one (ACC-6): Sophie's
 * tour (the last one) is in English.
 */
describe('Demo portal guided tours (issue 17), by keyboard', () => {
  const demo = useDemo('/');

  const text = () => deepText(demo.container);

  it('ACC-1, guide 002: Pauline DUFOUR’s first connection: she checks what MADRHAS gave, validates, lands on the home page, then finds her rattachements', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Première connexion de Pauline DUFOUR');
    await routeShown(demo.container, '/mon-compte', 'Mon compte');
    expect(text())
      .to.contain('Visite guidée : Première connexion de Pauline DUFOUR')
      .and.contain('Vous êtes : Pauline DUFOUR');
    await waitUntil(() => text().includes('Compléter les informations de votre compte'), 'the first connection form', {
      timeout: 10_000,
    });
    expect(await axeProblems(demo.container)).to.deep.equal([]);

    await enterOn(button('Valider'), '"Valider"');
    await routeShown(demo.container, '/', 'Accueil');
    expect(text()).to.contain('Compte de Pauline DUFOUR complété');

    await visit(demo, way('/mes-rattachements', 'Mes rattachements', 'Pauline DUFOUR'));
    await waitUntil(
      () => text().includes('COMMUNE DE TERNEUIL SUR SEINE') && text().includes('Gestionnaire principal'),
    );
    expect(deepText(demo.container.querySelector('main')!), 'no first connection any more').not.to.contain(
      'Compléter les informations de votre compte',
    );
  });

  it('APR-2 / RAT-5, guide 000: Pauline DUFOUR approves Claire PETIT’s request; APPROBATIONS goes from 1 to 0 and Claire finds the decision in her mailbox', async function () {
    this.timeout(120_000);
    const count = () => approvalsCount(demo);
    await startTour(demo, 'Pauline approuve la demande de Claire');
    await routeShown(demo.container, '/approbations', 'Approbations');
    await waitUntil(() => count() === '1', 'APPROBATIONS 1');
    await enterOn(
      (el) => el.getAttribute('part') === 'row-action' && el.textContent!.includes('Claire PETIT'),
      'Claire PETIT’s request',
    );
    await enterOn(button('Approuver'), '"Approuver"');
    await waitUntil(() => text().includes('Demande approuvée.'), 'the request is approved', { timeout: 10_000 });
    await waitUntil(() => count() === '0', 'APPROBATIONS 0');

    await become('Claire PETIT');
    await visit(demo, way('/boite-mail', 'Boîte mail', 'Claire PETIT'));
    await waitUntil(
      () => /Demande RITM\d{7} approuvée/.test(text()) && text().includes('a été approuvée'),
      'the decision e-mail',
      {
        timeout: 10_000,
      },
    );
  });

  it('DEA-3, guide 001: Henri MOREAU (deactivated 10 days ago) asks for a reactivation link; the link in his mailbox opens Mon compte with it', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Henri réactive son compte');
    await routeShown(demo.container, '/mon-compte', 'Mon compte');
    await waitUntil(() => document.documentElement.lang === 'fr', 'Henri’s language: French');
    await enterOn(button('Réactiver mon compte'), '"Réactiver mon compte"');
    await enterOn(button('Valider'), '"Valider" in the confirmation');
    await waitUntil(() => text().includes('Un courriel a été envoyé'), 'the link is sent', { timeout: 10_000 });

    await visit(demo, way('/boite-mail', 'Boîte mail', 'Henri MOREAU'));
    expect(await axeProblems(demo.container), 'the mailbox list holds list items only').to.deep.equal([]);
    await enterOn(named('Ouvrir le lien du courriel'), 'the e-mail’s link');
    await routeShown(demo.container, '/mon-compte', 'Mon compte');
    expect(location.search).to.match(/^\?jeton=/);
    await waitUntil(
      () => text().includes('Réactivation de votre compte'),
      'the reactivation form opens with the token',
      {
        timeout: 10_000,
      },
    );
  });

  it('SRV-1, guide 004: Jeane CHAOURCE’s services: the CC du Chaourcois’s list, then a service created by keyboard', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Jeane Chaource et ses services');
    await routeShown(demo.container, '/services', 'Services');
    await waitUntil(
      () => text().includes('FACTURES_PUBLIQUES') && text().includes('FINANCES'),
      'the CC du Chaourcois’s services',
      {
        timeout: 10_000,
      },
    );
    await enterOn(button('Créer un service'), '"Créer un service"');
    await tabTo((el) => el.id === 'f-codeService', 'Code du service');
    await sendKeys({ type: 'MARCHES' });
    await tabTo((el) => el.id === 'f-libelleService', 'Libellé');
    await sendKeys({ type: 'Service des marchés' });
    await enterOn(button('Soumettre'), '"Soumettre"');
    await waitUntil(
      () => text().includes('Service des marchés') && !deepFind(demo.container, '#f-codeService'),
      'the new service is listed',
      {
        timeout: 10_000,
      },
    );
    expect(await axeProblems(demo.container)).to.deep.equal([]);
  });

  it('STR-8, guide 002 § 5: Sophie MARTIN (saved language English, ACC-6) views her Mairie’s fiche from her rattachements and comes back to the row', async function () {
    this.timeout(120_000);
    await startTour(demo, 'Sophie consulte la fiche de sa structure');
    await routeShown(demo.container, '/mes-rattachements', 'My rattachements');
    await waitUntil(() => document.documentElement.lang === 'en', 'the page follows Sophie’s saved language');
    expect(text()).to.contain('Guided tour: Sophie views her structure’s record').and.contain('You are: Sophie MARTIN');

    await enterOn(naming('View the structure'), '"View the structure" on the Mairie’s row');
    await waitUntil(
      () => text().includes('COMMUNE DE TERNEUIL SUR SEINE') && text().includes('Back to my rattachements'),
      'the fiche',
      {
        timeout: 10_000,
      },
    );
    expect(await axeProblems(demo.container)).to.deep.equal([]);

    await enterOn(button('Back to my rattachements'), '"Back to my rattachements"');
    await waitUntil(
      () => deepActiveElement()?.textContent?.includes('View the structure') === true,
      'focus back on the row’s button',
    );
  });
});
