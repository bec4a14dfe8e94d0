import { expect, fixture } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html } from 'lit';
import { renderConflictNotice } from '../../src/elements/shared/conflict-notice.js';
import { deepActive } from './shared-focus.js';

describe('renderConflictNotice: ACC-7 the same way in every element', () => {
  it('lists what the server changed and offers reload or overwrite, each explained; keyboard only', async () => {
    const chosen: string[] = [];
    const el = await fixture(
      html`<div>${renderConflictNotice({
        title: 'Modifié entre-temps (ACC-7)',
        intro: 'Sur le serveur :',
        changes: ['Nom : B (vous aviez chargé : A)'],
        none: 'Autre modification.',
        reload: { label: 'Recharger', hint: 'Vos saisies sont remplacées.', run: () => chosen.push('reload') },
        overwrite: {
          label: 'Enregistrer quand même',
          hint: 'Vos saisies remplacent.',
          run: () => chosen.push('overwrite'),
        },
      })}</div>`,
    );
    const box = el.querySelector<HTMLElement>('#conflict')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.getAttribute('part')).to.equal('conflict');
    expect([...box.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Nom : B (vous aviez chargé : A)',
    ]);
    expect(box.textContent).not.to.contain('Autre modification.');
    box.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()?.textContent).to.equal('Recharger');
    expect(deepActive()?.getAttribute('aria-describedby')).to.equal('conflict-reload-hint');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(chosen).to.deep.equal(['overwrite']);
    await expect(el).to.be.accessible();
  });

  it('says so when the changes cannot be named; without "overwrite" only reload is offered; its own id', async () => {
    const el = await fixture(
      html`<div>${renderConflictNotice({ id: 'lv-conflict', title: 'T', changes: [], none: 'Seule la version a changé.', reload: { label: 'Recharger', run: () => undefined } })}</div>`,
    );
    expect(el.querySelector('#lv-conflict')!.textContent).to.contain('Seule la version a changé.');
    expect(el.querySelectorAll('button')).to.have.length(1);
  });
});
