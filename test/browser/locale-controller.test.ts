import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { setPageLocale } from '../../src/i18n/locale.js';

class LocaleProbe extends LitElement {
  readonly i18n = new LocaleController(this);
  override render() {
    return this.i18n.locale;
  }
}
customElements.define('cp-test-locale-probe', LocaleProbe);

describe('LocaleController (ACC-6: every element follows the chosen language)', () => {
  afterEach(() => setPageLocale('fr'));

  it('renders in FR by default and switches every element when the page locale changes', async () => {
    const a = await fixture<LocaleProbe>(html`<cp-test-locale-probe></cp-test-locale-probe>`);
    const b = await fixture<LocaleProbe>(html`<cp-test-locale-probe></cp-test-locale-probe>`);
    expect(a.shadowRoot!.textContent).to.equal('fr');
    setPageLocale('en');
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(a.shadowRoot!.textContent).to.equal('en');
    expect(b.shadowRoot!.textContent).to.equal('en');
  });

  it('lets an element or its container force a language with lang', async () => {
    const own = await fixture<LocaleProbe>(html`<cp-test-locale-probe lang="en"></cp-test-locale-probe>`);
    expect(own.shadowRoot!.textContent).to.equal('en');
    const wrapper = await fixture(html`<div lang="en-GB"><cp-test-locale-probe></cp-test-locale-probe></div>`);
    const inner = wrapper.querySelector<LocaleProbe>('cp-test-locale-probe')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.equal('en');
  });

  it('follows a change of its own lang attribute after load', async () => {
    const probe = await fixture<LocaleProbe>(html`<cp-test-locale-probe></cp-test-locale-probe>`);
    probe.setAttribute('lang', 'en');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('en');
  });

  it('follows the lang of an element whose shadow root holds it (a table inside a manager)', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="en"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<section><cp-test-locale-probe></cp-test-locale-probe></section>';
    const inner = root.querySelector<LocaleProbe>('cp-test-locale-probe')!;
    await inner.updateComplete;
    expect(inner.shadowRoot!.textContent).to.equal('en');
  });

  it('marks the host with lang when it renders in another language than the page, and only then (WCAG 3.1.2, RGAA 8.7)', async () => {
    document.documentElement.lang = 'fr';
    const probe = await fixture<LocaleProbe>(html`<cp-test-locale-probe></cp-test-locale-probe>`);
    expect(probe.hasAttribute('lang')).to.equal(false);

    setPageLocale('en'); // the user's saved language, under a French page
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('en');
    expect(probe.getAttribute('lang')).to.equal('en');

    setPageLocale('fr');
    await new Promise((resolve) => setTimeout(resolve));
    await probe.updateComplete;
    expect(probe.shadowRoot!.textContent).to.equal('fr');
    expect(probe.hasAttribute('lang')).to.equal(false);

    // A lang the host page chose stays as it is.
    const own = await fixture<LocaleProbe>(html`<cp-test-locale-probe lang="en"></cp-test-locale-probe>`);
    setPageLocale('en');
    setPageLocale('fr');
    await own.updateComplete;
    expect(own.getAttribute('lang')).to.equal('en');
  });
});
