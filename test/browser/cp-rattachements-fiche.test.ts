import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { deepActive, tabTo } from './cp-account-form-support.js';
import { deepAll, mountAs, textOf, waitForText } from './cp-rattachements-support.js';
import { useMockWorker } from './support/mock-worker.js';

/** The row action `label – <row name>` of the Mairie's row. */
const mairieAction = (label: string) => (el: Element) =>
  el.getAttribute('part') === 'row-action' &&
  el.textContent!.replace(/\s+/g, ' ').trim().startsWith(`${label} – `) &&
  el.closest('tr')!.textContent!.includes('COMMUNE DE TERNEUIL SUR SEINE');

describe('cp-rattachements: "Consulter la structure" opens the fiche (RAT-1, STR-8)', () => {
  useMockWorker({ locale: 'fr' });

  it('RAT-1 / STR-8 keyboard only: Sophie goes from Mes rattachements to her Mairie’s fiche and back, focus on the row’s action (axe on each screen)', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    await expect(list).to.be.accessible();

    await tabTo(mairieAction('Consulter la structure'), '"Consulter la structure" of the Mairie');
    await sendKeys({ press: 'Enter' });
    await waitForText(list, 'Gestionnaire principal');
    const fiche = list.shadowRoot!.querySelector('cp-structure-fiche')!;
    await waitUntil(() => deepActive()?.id === 'title', 'focus on the fiche’s title');
    expect(deepActive()!.textContent).to.equal('Fiche structure : Mairie de Terneuil sur Seine');
    expect(textOf(fiche)).to.contain('Pauline DUFOUR');
    expect(list.shadowRoot!.querySelector('cp-data-table')!.closest('[hidden]')).not.to.equal(null);
    await expect(list).to.be.accessible();

    await tabTo((el) => el.textContent!.trim() === 'Retour à mes rattachements', 'the way back');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => mairieAction('Consulter la structure')(deepActive()!), 'focus back on the row’s action');
    expect(list.shadowRoot!.querySelector('cp-structure-fiche')).to.equal(null);
    await expect(list).to.be.accessible();
  });

  it('RAT-1: only VALIDEE rows offer "Consulter la structure" (Claire’s pending request on the Mairie does not)', async () => {
    const session = await mountAs('claire', html`<cp-rattachements></cp-rattachements>`, 'En cours de validation');
    const list = session.querySelector('cp-rattachements')!;
    const labels = (text: string) =>
      deepAll(list, 'tr[part~="row"]')
        .filter((tr) => tr.textContent!.includes(text))
        .flatMap((tr) =>
          [...tr.querySelectorAll('button[part="row-action"]')].map((b) => b.getAttribute('data-action')),
        );
    expect(labels('En cours de validation')).to.deep.equal(['manage']);
    expect(labels('Validée')).to.deep.equal(['manage', 'consult']);
  });

  it('RAT-1 / STR-8 EN: "View the structure" opens the fiche in English, "Back to my rattachements" closes it', async () => {
    const session = await mountAs(
      'sophie',
      html`<cp-rattachements lang="en"></cp-rattachements>`,
      'COMMUNE DE TERNEUIL SUR SEINE',
    );
    const list = session.querySelector('cp-rattachements')!;
    deepAll<HTMLButtonElement>(list, 'button[data-action="consult"]')[0]!.click();
    await waitForText(list, 'Main manager');
    expect(textOf(list)).to.contain('Structure record: Mairie de Terneuil sur Seine');
    expect(textOf(list)).to.contain('Back to my rattachements');
    await expect(list).to.be.accessible();
  });
});
