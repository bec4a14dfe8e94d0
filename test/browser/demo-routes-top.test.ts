import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { itReachesEachRoute, openNavigation, way } from './demo-routes.js';
import { deepText, named, naming, tabTo, useDemo } from './demo-support.js';
import { deepActiveElement } from './support/audits.js';

describe('Demo portal (issue 17), the top menu: ACCUEIL, ACTUALITÉS, APPROBATIONS n, SUPPORT, COMMUNICATION', () => {
  const demo = useDemo('/');

  itReachesEachRoute(demo, [
    way('/actualites', 'Actualités'),
    way('/approbations', 'Approbations'),
    way('/support', 'Support'),
    way('/communication', 'Communication'),
    way('/', 'Accueil'),
  ]);

  it('APR-1: the menu counts the requests waiting for Pauline DUFOUR (Claire PETIT’s rattachement): "Approbations 1"', async () => {
    await waitUntil(() => demo.container.querySelector('#approbations-count')?.textContent === '1');
    expect(deepText(demo.container.querySelector('#menu-approbations')!)).to.contain('1 demande en attente');
  });

  it('Escape closes an open menu and gives focus back to its button', async () => {
    await openNavigation(demo);
    const button = await tabTo(naming('Domaines'), 'the DOMAINES button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true');
    await tabTo(named('Mes structures'), 'a link of the open menu');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => button.getAttribute('aria-expanded') === 'false', 'the menu closes');
    expect(deepActiveElement()).to.equal(button);
  });
});
