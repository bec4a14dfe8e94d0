import { expect, waitUntil } from '@open-wc/testing';
import { visit, way } from './demo-routes.js';
import { become, deepFind, deepText, enterOn, named, useDemo } from './demo-support.js';
import { axeProblems } from './support/audits.js';

/**
 * Issue 17 point 2: the simulated world in the visitor's hands, by keyboard: "who am I" over the
 * guides' cast (what each can do, the menu's count following), and the mock's clock, whose move the
 * page shows at once, its elements starting over (DEA-3's 60-day window).
 */
describe('Demo portal, the simulated world (issue 17)', () => {
  const demo = useDemo('/mon-compte');

  const main = () => demo.container.querySelector('main')!;
  const panel = () => demo.container.querySelector('.portal-world')!;

  it('ID-1: "Qui suis-je ?" logs in another person of the cast; the page, the user menu, the panel and APPROBATIONS n follow', async function () {
    this.timeout(60_000);
    await waitUntil(() => demo.container.querySelector('#approbations-count')?.textContent === '1', 'Pauline: 1');
    await become('Jeane CHAOURCE');
    await waitUntil(
      () => (deepFind(main(), '#f-login') as HTMLInputElement | undefined)?.value === 'jeane.chaource@cc-chaourcois.fr',
      'Jeane’s account in Mon compte',
      { timeout: 10_000 },
    );
    expect(deepText(demo.container.querySelector('.portal-user')!)).to.contain('Jeane CHAOURCE');
    expect(deepText(panel())).to.contain('Gestionnaire principale de la CC du Chaourcois');
    await waitUntil(() => demo.container.querySelector('#approbations-count')?.textContent === '0', 'Jeane: 0');
    expect(await axeProblems(demo.container)).to.deep.equal([]);
  });

  it('DEA-3 / DEA-4: Henri MOREAU may reactivate his account (deactivated 10 days ago); 60 days later on the mock’s clock, only support can', async function () {
    this.timeout(60_000);
    await become('Henri MOREAU');
    await waitUntil(() => deepText(main()).includes('Réactiver mon compte'), 'Henri may reactivate', {
      timeout: 10_000,
    });
    await enterOn(named('Avancer de 60 jours'), '"Avancer de 60 jours"');
    await waitUntil(() => deepText(panel()).includes('Horloge avancée'), 'the clock moved, said politely');
    await enterOn(named('Réactiver mon compte'), '"Réactiver mon compte"');
    await enterOn(named('Valider'), '"Valider" in the confirmation');
    await waitUntil(
      () => deepText(main()).includes('seule l’assistance peut réactiver votre compte'),
      'past 60 days: support',
      {
        timeout: 10_000,
      },
    );
  });

  it('NOT-1: a week later on the mock’s clock, Pauline DUFOUR’s mailbox holds the weekly summary with Claire PETIT’s request to handle', async function () {
    this.timeout(60_000);
    await become('Pauline DUFOUR');
    await visit(demo, way('/boite-mail', 'Boîte mail', 'Pauline DUFOUR'));
    await waitUntil(() => deepText(main()).includes('Aucun courriel'), 'no e-mail yet', { timeout: 10_000 });
    await enterOn(named('Avancer de 1 semaine'), '"Avancer de 1 semaine"');
    await waitUntil(
      () =>
        deepText(main()).includes('récapitulatif hebdomadaire') &&
        deepText(main()).includes('Demande de Claire PETIT à traiter'),
      'the weekly summary',
      { timeout: 10_000 },
    );
    expect(await axeProblems(demo.container)).to.deep.equal([]);
  });
});
