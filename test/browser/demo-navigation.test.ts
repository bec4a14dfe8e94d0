import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { openNavigation, visit, way } from './demo-routes.js';
import { deepText, enterOn, named, routeShown, tabTo, useDemo } from './demo-support.js';
import { atWidth, axeProblems, deepActiveElement, reflowProblems } from './support/audits.js';

/**
 * Issue 17: the portal as a single-page application with real addresses: a deep link opens its page,
 * back and forward move between pages with the title and focus following, a structure chosen in a
 * page is in the address; the menus fold at 320 px; the whole page (host text included) switches to
 * English. Keys only, from the page's first stop.
 */
describe('Demo portal (issue 17): deep link, back/forward, 320 px, English', () => {
  const demo = useDemo('/fiche-structure?structure=1');

  const h1 = () => demo.container.querySelector('main h1')!;

  it('a deep link opens its page; back and forward go between pages, title and focus following', async function () {
    this.timeout(60_000);
    await routeShown(demo.container, '/fiche-structure', 'Fiche structure');
    expect(document.title).to.equal('Fiche structure – Chorus Pro (cp-kit)');
    await waitUntil(() => deepText(demo.container).includes('COMMUNE DE TERNEUIL SUR SEINE'), 'the Mairie’s fiche');

    await visit(demo, way('/mes-rattachements', 'Mes rattachements', 'Pauline DUFOUR'));

    history.back();
    await routeShown(demo.container, '/fiche-structure', 'Fiche structure');
    expect(location.search).to.equal('?structure=1');
    expect(document.title).to.equal('Fiche structure – Chorus Pro (cp-kit)');
    expect(deepActiveElement(), 'focus on the page’s title after Back').to.equal(h1());
    await waitUntil(() => deepText(demo.container).includes('Page : Fiche structure'), 'announced');

    history.forward();
    await routeShown(demo.container, '/mes-rattachements', 'Mes rattachements');
    expect(deepActiveElement(), 'focus on the page’s title after Forward').to.equal(h1());
  });

  it('STR-8: the structure chosen in the fiche page goes into the address (CCAS: ?structure=2)', async function () {
    this.timeout(60_000);
    await visit(demo, way('/fiche-structure', 'Fiche structure', 'Domaines'));
    const select = (await tabTo((el) => el.id === 'structure-choice', 'the Structure choice')) as HTMLSelectElement;
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => select.selectedOptions[0]?.textContent?.includes('CENTRE COMMUNAL'), 'the CCAS chosen');
    await enterOn(named('Afficher'), '"Afficher"');
    await waitUntil(() => location.search === '?structure=2', `the address says the CCAS (it is ${location.search})`);
    await waitUntil(() => deepText(demo.container).includes("CENTRE COMMUNAL D'ACTION SOCIALE"), 'the CCAS’s fiche');
  });

  it('320 px: the navigation folds behind "Menu", unfolds by keyboard, and nothing scrolls sideways', async function () {
    this.timeout(60_000);
    await atWidth(320, async () => {
      const burger = demo.container.querySelector<HTMLButtonElement>('.portal-burger')!;
      const nav = demo.container.querySelector<HTMLElement>('.portal-menu')!;
      expect(burger.checkVisibility(), '"Menu" shown').to.equal(true);
      expect(nav.checkVisibility(), 'the menu folded').to.equal(false);
      await openNavigation(demo);
      expect(nav.checkVisibility(), 'the menu unfolded').to.equal(true);
      await tabTo((el) => el.id === 'menu-approbations', 'APPROBATIONS in the unfolded menu');
      expect(reflowProblems()).to.deep.equal([]);
      expect(await axeProblems(demo.container)).to.deep.equal([]);
    });
  });

  it('ACC-6: the language switch puts the whole page in English, the portal’s own text included', async function () {
    this.timeout(60_000);
    await openNavigation(demo);
    await tabTo((el) => el instanceof HTMLSelectElement && el.closest('.portal-lang') !== null, 'the language switch');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => document.documentElement.lang === 'en', 'the page is in English');
    const text = deepText(demo.container);
    for (const english of ['Skip to content', 'Main manager', 'Simulated world', 'Who am I?', 'Approvals', 'News'])
      expect(text).to.contain(english);
    expect(text).not.to.contain('Monde simulé');
    expect(document.title).to.match(/ – Chorus Pro \(cp-kit\)$/);
    expect(document.title).not.to.match(/Mes |Fiche/);
    expect(await axeProblems(demo.container)).to.deep.equal([]);
    const select = deepActiveElement() as HTMLSelectElement;
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => document.documentElement.lang === 'fr' && select.value === 'fr', 'back to French');
  });
});
