import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/shared/cp-confirm-dialog.js';
import type { CpConfirmDialog } from '../../src/elements/shared/cp-confirm-dialog.js';
import { deepActive } from './shared-focus.js';

/** A page with an opener button and the dialog, the way a host uses it. */
async function page() {
  const root = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Supprimer</button>
    <cp-confirm-dialog></cp-confirm-dialog>
  </div>`);
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const dialog = root.querySelector<CpConfirmDialog>('cp-confirm-dialog')!;
  return { opener, dialog, part: (name: string) => dialog.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`)! };
}

describe('cp-confirm-dialog (accessible modal on native dialog)', () => {
  it('is closed and accessible before being asked', async () => {
    const { dialog } = await page();
    expect(dialog.open).to.equal(false);
    await expect(dialog).to.be.accessible();
  });

  it('ask() shows a modal named by its title, with text only, and resolves true on confirm', async () => {
    const { dialog, part } = await page();
    const answer = dialog.ask({
      title: 'Supprimer ?',
      message: '<b>Pauline</b> perdra ses droits.',
      confirmLabel: 'Supprimer',
    });
    await dialog.updateComplete;
    expect(dialog.open).to.equal(true);
    expect(part('dialog').matches(':modal')).to.equal(true);
    expect(part('message').textContent).to.equal('<b>Pauline</b> perdra ses droits.');
    expect(part('message').querySelector('b')).to.equal(null);
    expect(part('confirm').textContent!.trim()).to.equal('Supprimer');
    expect(part('cancel').textContent!.trim()).to.equal('Annuler');
    await expect(dialog).to.be.accessible();
    const event = oneEvent(dialog, 'cp-dialog-confirmed');
    part('confirm').click();
    expect(await answer).to.equal(true);
    await event;
    expect(dialog.open).to.equal(false);
  });

  it('lists the items the action concerns (text only), described with the message; axe', async () => {
    const { dialog, part } = await page();
    const answer = dialog.ask({
      title: 'Supprimer les rattachements',
      message: 'Êtes-vous sûr de vouloir supprimer vos rattachements aux structures suivantes ?',
      items: ['COMMUNE DE TERNEUIL SUR SEINE', '<i>CCAS</i>'],
      danger: true,
    });
    await dialog.updateComplete;
    expect([...part('items').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'COMMUNE DE TERNEUIL SUR SEINE',
      '<i>CCAS</i>',
    ]);
    expect(part('dialog').getAttribute('aria-describedby')).to.equal('message items');
    await expect(dialog).to.be.accessible();
    part('cancel').click();
    expect(await answer).to.equal(false);
  });

  it('keyboard only: Enter on the opener, Cancel focused first, Tab to Confirm, Escape cancels and focus returns to the opener', async () => {
    const { opener, dialog, part } = await page();
    let answer: Promise<boolean> | undefined;
    opener.addEventListener(
      'click',
      () => (answer = dialog.ask({ title: 'Retirer le rattachement ?', message: 'Irréversible.', danger: true })),
    );
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await dialog.updateComplete;
    expect(deepActive()).to.equal(part('cancel'), 'danger: Cancel has the initial focus');
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(part('confirm'));
    const cancelled = oneEvent(dialog, 'cp-dialog-cancelled');
    await sendKeys({ press: 'Escape' });
    await cancelled;
    expect(await answer).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(opener);
  });

  it('keyboard only: Enter on the initially focused Confirm confirms; EN labels', async () => {
    const { opener, dialog } = await page();
    dialog.setAttribute('lang', 'en');
    opener.focus();
    const answer = dialog.ask({ title: 'Approve the request?', message: 'Jeane Chaource joins the structure.' });
    await dialog.updateComplete;
    expect(deepActive()!.textContent!.trim()).to.equal('Confirm');
    await expect(dialog).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    expect(await answer).to.equal(true);
    expect(document.activeElement).to.equal(opener);
  });

  it('a question asked again right after Cancel gets its own answer (the first close event arrives late)', async () => {
    const { dialog, part } = await page();
    const first = dialog.ask({ title: 'Supprimer ?' });
    await waitUntil(() => dialog.open);
    part('cancel').click();
    const second = dialog.ask({ title: 'Supprimer ?' });
    expect(await first).to.equal(false);
    await waitUntil(() => dialog.open, 'the dialog opens again');
    await aTimeout(20); // the first answer's close event has been delivered by now
    expect(dialog.open, 'still open for the second question').to.equal(true);
    part('confirm').click();
    expect(await second).to.equal(true);
    expect(dialog.open).to.equal(false);
  });
});
