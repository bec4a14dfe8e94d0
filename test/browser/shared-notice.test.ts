import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import { renderNotice } from '../../src/elements/shared/notice.js';

describe('renderNotice: the message above an element, focusable so a write can move focus to it', () => {
  it('an error is an alert, prefixed "Erreur :" when asked (not told by colour alone), in the reader’s language', async () => {
    const notice = {
      kind: 'error',
      text: (l: 'fr' | 'en') => (l === 'fr' ? 'Refusé' : 'Refused'),
      prefixed: true,
    } as const;
    const fr = await fixture(html`<div>${renderNotice(notice, 'fr')}</div>`);
    const box = fr.querySelector<HTMLElement>('[part="notice"]')!;
    expect(box.getAttribute('role')).to.equal('alert');
    expect(box.textContent).to.equal('Erreur : Refusé');
    expect(box.tabIndex).to.equal(-1);
    const en = await fixture(html`<div>${renderNotice(notice, 'en')}</div>`);
    expect(en.textContent).to.equal('Error: Refused');
    await expect(fr).to.be.accessible();
  });

  it('anything else is a status region, with its result lines; nothing is rendered without a notice', async () => {
    const el = await fixture(
      html`<div>${renderNotice({ kind: 'success', text: () => 'Transféré.', lines: ['CCAS', 'Mairie'] }, 'fr')}</div>`,
    );
    expect(el.querySelector('[part="notice"]')!.getAttribute('role')).to.equal('status');
    expect([...el.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['CCAS', 'Mairie']);
    const none = await fixture(html`<div>${renderNotice(undefined, 'fr')}</div>`);
    expect(none.children.length).to.equal(0);
  });
});
