import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { startTour, visit, way } from './demo-routes.js';
import { become, button, deepText, enterOn, routeShown, tabTo, useDemo } from './demo-support.js';
import { axeProblems, deepActiveElement } from './support/audits.js';

/**
 * Issue 17 point 3, the other guided tours (the first ones are in `demo-tours.test.ts`, each file
 * within the runner's time limit): the main manager's handover, each followed by keyboard alone from the home
 * page's button of the tour, as the tour panel tells.
 */
describe('Demo portal guided tours (issue 17), by keyboard: handover', () => {
  const demo = useDemo('/');

  const text = () => deepText(demo.container);
  /** Waits for what a user would see after a round trip to the mock (generous for a loaded machine). */
  const shows = (what: string, predicate: () => boolean) => waitUntil(predicate, what, { timeout: 10_000 });
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
    await shows('her two structures', () => text().includes('Vous êtes gestionnaire principal de 2 structure(s).'));
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
    expect(text()).to.contain('comme simple utilisateur');
    await enterOn(button('Transférer'), '"Transférer" in the confirmation');
    await shows('the role is handed over', () =>
      text().includes('Rôle transféré pour 1 structure(s) : vous y êtes désormais simple utilisateur.'),
    );
    await shows('one structure left to her', () =>
      text().includes('Vous êtes gestionnaire principal de 1 structure(s).'),
    );

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
});
