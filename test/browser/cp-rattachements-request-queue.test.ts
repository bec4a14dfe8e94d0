import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setPageLocale } from '../../src/i18n/locale.js';
import { button, deepActive, tabTo } from './cp-account-form-support.js';
import { choose, deepQuery, mountAs, rowCheckbox, textOf, typeInto, waitForText } from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';
import { clientAs } from './support/mount.js';

/** The three structures Pauline asks for (issue 15 point 2): none of them may be dropped. */
const CHOSEN = ["CC DU CHAOURCOIS ET DU VAL D'ARMANCE", 'DURAND BTP', "SIVOM DE LA VALLÉE DE L'ARMANCE"];

/** Pauline's pending requests, by raison sociale, as the server has them. */
async function pendingOfPauline(): Promise<string[]> {
  const mine = await clientAs('pauline').listMyRattachements({ statut: 'EN_COURS_DE_VALIDATION' });
  return mine.items.map((r) => r.designationStructure).sort();
}

describe('cp-rattachements: several structures chosen, one request screen each (RAT-4, issue 15 point 2)', () => {
  useMockWorker({ locale: 'fr' });

  it('RAT-4 in EN: with two structures chosen, "Submit and attach to another structure" goes on to "Structure 2 of 2" and sends both', async () => {
    setPageLocale('en');
    const session = await mountAs('pauline', html`<cp-rattachements></cp-rattachements>`, 'COMMUNE DE TERNEUIL');
    const list = session.querySelector('cp-rattachements')!;
    button(list, 'Request a rattachement').click();
    await waitForText(list, 'Search, then choose');
    expect(deepQuery<HTMLSelectElement>(list, '#sp-typeStructure')!.value, 'RAT-2: public preselected').to.equal(
      'PUBLIQUE',
    );
    choose(list, '#sp-typeStructure', '');
    choose(list, '#sp-statut', 'ACTIF');
    await waitForText(list, 'DURAND BTP');
    rowCheckbox(list, CHOSEN[0]!).click();
    rowCheckbox(list, CHOSEN[1]!).click();
    await waitUntil(() => !button(list, /Choose the selected structures/).disabled);
    button(list, 'Choose the selected structures (2)').click();
    await waitForText(list, 'Structure 1 of 2');
    expect(textOf(list)).to.contain(`Rattachement request to ${CHOSEN[0]}`);

    typeInto(list, '#rq-commentaire', 'Renfort comptable');
    button(list, 'Submit and attach to another structure').click();
    await waitForText(list, 'Structure 2 of 2');
    expect(textOf(list), 'the second structure has its own screen').to.contain(`Rattachement request to ${CHOSEN[1]}`);
    expect(deepQuery<HTMLTextAreaElement>(list, '#rq-commentaire')!.value, 'a fresh form').to.equal('');
    expect(await pendingOfPauline()).to.deep.equal([CHOSEN[0]]);

    typeInto(list, '#rq-commentaire', 'Suivi des travaux');
    button(list, 'Submit and attach to another structure').click();
    await waitForText(list, 'Search, then choose');
    expect(textOf(list), 'after the last one, back to the search').not.to.contain('Structure 2 of 2');
    expect(await pendingOfPauline()).to.deep.equal(CHOSEN.slice(0, 2).sort());
    for (const name of CHOSEN.slice(0, 2))
      expect(textOf(list)).to.contain(`Your rattachement request to ${name} is sent`);
    await expect(list).to.be.accessible();
  });

  it('RAT-4: keyboard only, Pauline asks for three structures with "Valider et rattacher à une autre structure"; each gets its screen (axe on each), none is dropped', async function () {
    this.timeout(120_000); // A long keyboard walk with round trips to the mock on a loaded machine.
    const session = await mountAs('pauline', html`<cp-rattachements></cp-rattachements>`, 'COMMUNE DE TERNEUIL');
    const list = session.querySelector('cp-rattachements')!;
    await tabTo((el) => el.textContent?.trim() === 'Demander un rattachement', 'the request button');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'rt-request-title', 'focus moves to the request title', {
      timeout: 8000,
    });
    // RAT-2: "structure publique" is preselected for Pauline; DURAND BTP is private, so any type.
    await tabTo((el) => el.id === 'sp-typeStructure', 'the type of structure');
    expect((deepActive() as HTMLSelectElement).value).to.equal('PUBLIQUE');
    await sendKeys({ press: 'ArrowUp' });
    await tabTo((el) => el.id === 'sp-statut', 'the statut criterion');
    await sendKeys({ press: 'ArrowDown' });
    await waitForText(list, 'DURAND BTP');
    await expect(list).to.be.accessible();
    for (const name of CHOSEN) {
      const box = rowCheckbox(list, name);
      await tabTo((el) => el === box, `the checkbox of ${name}`);
      await sendKeys({ press: 'Space' });
    }
    await tabTo((el) => el.textContent?.trim() === 'Choisir les structures sélectionnées (3)', 'the choose button');
    await sendKeys({ press: 'Enter' });

    for (const [index, name] of CHOSEN.entries()) {
      await waitUntil(
        () =>
          deepActive()?.id === 'rt-request-title' &&
          textOf(list).includes(`Structure ${index + 1} sur 3`) &&
          textOf(list).includes(`Demande de rattachement à ${name}`),
        `the screen of structure ${index + 1} opens, focus on its title`,
        { timeout: 8000 },
      );
      await tabTo((el) => el.id === 'rq-commentaire', 'the comment');
      await sendKeys({ type: `Demande ${index + 1}` });
      await expect(list).to.be.accessible();
      await tabTo(
        (el) => el.textContent?.trim() === 'Valider et rattacher à une autre structure',
        '"Valider et rattacher à une autre structure"',
      );
      await sendKeys({ press: 'Enter' });
      await waitForText(list, `Votre demande de rattachement à ${name} est envoyée`);
    }

    await waitUntil(
      () => deepActive()?.id === 'rt-request-title' && textOf(list).includes('Recherchez puis choisissez'),
      'after the third, the search opens again for another structure',
      { timeout: 8000 },
    );
    expect(textOf(list)).not.to.contain('sur 3');
    for (const name of CHOSEN) expect(textOf(list)).to.contain(`Votre demande de rattachement à ${name} est envoyée`);
    expect(await pendingOfPauline()).to.deep.equal([...CHOSEN].sort());
    const comments = (await clientAs('pauline').listMyRattachements({ statut: 'EN_COURS_DE_VALIDATION' })).items
      .map((r) => [r.designationStructure, r.commentaire])
      .sort();
    expect(comments).to.deep.equal(CHOSEN.map((name, index) => [name, `Demande ${index + 1}`]).sort());
    await waitUntil(
      () => (textOf(list).match(/En cours de validation/g)?.length ?? 0) === 3,
      'the list shows the three pending rows',
      { timeout: 8000 },
    );
    await expect(list).to.be.accessible();
  });
});
