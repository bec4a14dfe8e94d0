import { expect, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/cp-bank-details/cp-bank-details.js';
import '../../src/elements/cp-service-manager/cp-service-manager.js';
import { textOf } from './cp-account-form-support.js';
import { useMockWorker } from './support/mock-worker.js';
import { mountAs } from './support/mount.js';

// With no structure to show, an element says so in the user's words: what is missing and what to do,
// never the name of an attribute the host page left out (structure-id).

describe('no structure to show, said in user words (X-8)', () => {
  useMockWorker({ locale: 'fr' });

  it('X-8: cp-bank-details, for a user who manages no structure (Sophie), says no structure is chosen, not "structure-id"', async () => {
    const { el } = await mountAs(
      'sophie',
      html`<cp-bank-details></cp-bank-details>`,
      (el) => textOf(el).includes('Aucune structure à afficher'),
      'the bank details say there is no structure',
    );
    expect(textOf(el)).to.contain('aucune structure n’a été choisie pour la consultation');
    expect(textOf(el)).to.not.match(/structure-id|attribut/);
    await expect(el).to.be.accessible();
  });

  it('X-8: cp-service-manager without a structure asks to choose one, in FR and EN, never naming "structure-id"', async () => {
    const { el } = await mountAs(
      'jeane',
      html`<cp-service-manager></cp-service-manager>`,
      (el) =>
        textOf(el).includes(
          'Aucune structure choisie : choisissez d’abord la structure dont vous voulez voir les services.',
        ),
      'the service manager asks for a structure',
    );
    expect(textOf(el)).to.not.match(/structure-id|attribut/);
    el.setAttribute('lang', 'en');
    await waitUntil(
      () => textOf(el).includes('No structure chosen: first choose the structure whose services you want to see.'),
      'in English too',
    );
    expect(textOf(el)).to.not.match(/structure-id|attribute/);
    await expect(el).to.be.accessible();
  });
});
