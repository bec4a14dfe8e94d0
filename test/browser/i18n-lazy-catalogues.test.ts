import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/cp-iban-input/cp-iban-input.js';
import type { CpIbanInput } from '../../src/elements/cp-iban-input/cp-iban-input.js';
import { isLocaleLoaded } from '../../src/i18n/catalogue-registry.js';
import { setPageLocale } from '../../src/i18n/locale.js';

// Issue 16: only the FR catalogues ship with the elements; an element of an English page loads the
// EN ones before it renders anything (ACC-6), and a switch of language re-renders once they are there.
const FRENCH = [
  'Saisir les coordonnées bancaires',
  'Pays du compte',
  'RIB (compte en France)',
  'Allemagne',
  'facultatif',
];
const ENGLISH = [
  'Enter the bank details as',
  'Country of the account',
  'RIB (account in France)',
  'Germany',
  'optional',
];

const text = (el: Element): string => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
const legend = (el: Element): string => el.shadowRoot!.querySelector('legend')!.textContent!.trim();

describe('EN catalogues loaded on demand (issue 16, ACC-6)', () => {
  afterEach(() => {
    setPageLocale('fr');
    document.documentElement.lang = 'fr';
  });

  it('ACC-6: an element of an English page first renders in English, never showing a French word on the way', async () => {
    expect(isLocaleLoaded('en'), 'a French page has no EN catalogue yet').to.equal(false);
    document.documentElement.lang = 'en';
    const el = document.createElement('cp-iban-input') as CpIbanInput;
    const seen: string[] = [];
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    host.append(el);
    new MutationObserver(() => seen.push(text(el))).observe(el.shadowRoot!, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    expect(text(el).trim(), 'nothing is shown before the EN catalogues are there').to.equal('');
    await el.updateComplete;

    expect(isLocaleLoaded('en')).to.equal(true);
    expect(seen.length, 'the observer saw the render').to.be.greaterThan(0);
    for (const shown of [...seen, text(el)]) {
      for (const word of FRENCH) expect(shown).not.to.contain(word);
    }
    for (const word of ENGLISH) expect(text(el)).to.contain(word);
    await expect(el).to.be.accessible();
  });

  it('ACC-6: switching the page FR → EN → FR re-renders in each language, labels never empty', async () => {
    const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
    expect(legend(el)).to.equal('Saisir les coordonnées bancaires sous forme de');

    setPageLocale('en');
    await el.updateComplete;
    expect(legend(el)).to.equal('Enter the bank details as');
    for (const word of ENGLISH) expect(text(el)).to.contain(word);

    setPageLocale('fr');
    await el.updateComplete;
    expect(legend(el)).to.equal('Saisir les coordonnées bancaires sous forme de');
    for (const word of FRENCH) expect(text(el)).to.contain(word);
    for (const word of ENGLISH.slice(0, 4)) expect(text(el)).not.to.contain(word);
  });
});
