import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { autoloadedTags, discover } from '../../src/autoloader.js';
import { elementEntries } from '../../src/entries.js';
import { SEED_USERS } from '../../stories/support/mock.js';
import { useMockWorker } from './support/mock-worker.js';

// This file imports no element: every cp-kit element here comes through the autoloader.

const defined = (tag: string): boolean => customElements.get(tag) !== undefined;

/** The values of every field an element shows, through nested shadow roots. */
const fieldValues = (el: Element): string[] =>
  [...(el.shadowRoot?.querySelectorAll('*') ?? [])].flatMap((node) =>
    node instanceof HTMLInputElement ? [node.value] : node.shadowRoot ? fieldValues(node) : [],
  );

describe('cp-kit/autoloader: the whole kit, each element loaded when its tag appears', () => {
  useMockWorker({ locale: 'fr' });

  it('knows every element entry of the package', () => {
    expect([...autoloadedTags].sort()).to.deep.equal(Object.keys(elementEntries).sort());
  });

  it('ID-1: a host page gets a working cp-account-form inside cp-session, and nothing it does not show', async () => {
    expect(defined('cp-account-form'), 'no element before its tag appears').to.equal(false);
    const session = await fixture(
      html`<cp-session user=${SEED_USERS.pauline}><cp-account-form></cp-account-form></cp-session>`,
    );
    const form = session.querySelector('cp-account-form')!;
    await waitUntil(() => fieldValues(form).includes('DUFOUR'), 'Pauline’s account shows', { timeout: 8000 });
    expect(defined('cp-session')).to.equal(true);
    expect(defined('cp-bank-details'), 'an element the page does not show is not loaded').to.equal(false);
    expect(defined('cp-habilitations')).to.equal(false);
    await expect(form).to.be.accessible();
  });

  it('loads a tag added later, deep in the page, once', async () => {
    const host = await fixture(html`<div></div>`);
    host.innerHTML = '<section><p><cp-iban-input label="IBAN"></cp-iban-input></p></section>';
    await waitUntil(() => defined('cp-iban-input'), 'cp-iban-input is defined');
    const input = host.querySelector('cp-iban-input')!;
    await waitUntil(() => input.shadowRoot?.querySelector('input'), 'cp-iban-input renders its field');
    host.insertAdjacentHTML('beforeend', '<cp-iban-input label="IBAN 2"></cp-iban-input>');
    await waitUntil(() => host.querySelectorAll(':not(:defined)').length === 0, 'the second one upgrades');
  });

  it('leaves a shadow root to the host: discover(shadowRoot) loads its tags; an unknown cp- tag is left alone', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<cp-gp-transfer></cp-gp-transfer><cp-not-a-kit-element></cp-not-a-kit-element>';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(defined('cp-gp-transfer'), 'out of the autoloader’s sight').to.equal(false);
    await discover(root);
    expect(defined('cp-gp-transfer')).to.equal(true);
    expect(root.querySelector('cp-gp-transfer')!.matches(':defined')).to.equal(true);
    expect(defined('cp-not-a-kit-element')).to.equal(false);
  });
});
