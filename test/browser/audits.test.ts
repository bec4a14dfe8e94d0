import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import {
  atWidth,
  axeProblems,
  brokenWords,
  focusLost,
  forcedColorsProblems,
  languageProblems,
  nextFrames,
  reflowProblems,
  tabWalk,
  withForcedColors,
} from './support/audits.js';

/** A kit-like element: renders in the locale its LocaleController gives, inside a shadow root. */
class AuditProbe extends LitElement {
  readonly i18n = new LocaleController(this);
  override render() {
    return html`<p>${this.i18n.locale === 'en' ? 'Hello' : 'Bonjour'}</p>`;
  }
}
customElements.define('audit-probe', AuditProbe);

/** Each audit of `support/audits.ts` on a page that passes it and on one that fails it. */
describe('Accessibility audits (issue 14 item 6): each finds what it is for', () => {
  it('axe: names the rule and the element', async () => {
    const root = await fixture<HTMLDivElement>(html`<div><input id="nameless" /></div>`);
    expect(await axeProblems(root)).to.deep.equal(['axe label: #nameless']);
  });

  it('(a) focus lost: a focused button that gets disabled leaves focus on body', async () => {
    const button = await fixture<HTMLButtonElement>(html`<button>Valider</button>`);
    button.focus();
    expect(focusLost('focus')).to.deep.equal([]);
    button.disabled = true;
    await nextFrames(); // the browser moves focus off a disabled element when it next renders
    expect(focusLost('Valider')).to.deep.equal(['focus lost (on body) after Valider']);
  });

  it('(a) Tab walk: reaches the end through shadow roots, and reports focus dropped on the way', async function () {
    this.timeout(60_000);
    const root = await fixture<HTMLDivElement>(html`<div>
      <button id="from">from</button>
      <audit-probe></audit-probe>
      <input aria-label="field" />
      <button id="to">to</button>
    </div>`);
    const [from, to] = [root.querySelector<HTMLElement>('#from')!, root.querySelector<HTMLElement>('#to')!];
    expect(await tabWalk(from, to)).to.deep.equal({ stops: ['input'], problems: [] });

    // A field that disables itself once focused: focus falls to body on the way.
    root.querySelector('input')!.addEventListener('focus', (e) => ((e.target as HTMLInputElement).disabled = true));
    const walk = await tabWalk(from, to);
    expect(walk.problems).to.deep.equal(['focus lost (on body) after Tab #1 (after the start)']);
  });

  it('(a) Tab walk: an open modal dialog keeps focus in its own cycle, which is not a loss', async function () {
    this.timeout(60_000);
    const root = await fixture<HTMLDivElement>(html`<div>
      <button id="from">from</button>
      <dialog><button>Annuler</button><button>Confirmer</button></dialog>
      <button id="to">to</button>
    </div>`);
    root.querySelector('dialog')!.showModal();
    const walk = await tabWalk(root.querySelector<HTMLElement>('#from')!, root.querySelector<HTMLElement>('#to')!);
    expect(walk.problems).to.deep.equal([]);
    expect(walk.stops).to.include('button');
    root.querySelector('dialog')!.close();
  });

  it('(b) forced colours: a box-shadow underline and a background bar vanish; borders stay', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <style>
        .shadow {
          border: 0;
          box-shadow: inset 0 -2px 0 0 black;
        }
        .bordered {
          border: 1px solid black;
        }
        .field--error {
          position: relative;
        }
        .field--error::before {
          content: '';
          position: absolute;
          top: 0;
          bottom: 0;
          width: 2px;
          background: red;
        }
        .bar--error::before {
          content: '';
          position: absolute;
          top: 0;
          bottom: 0;
          width: 0;
          border-left: 2px solid red;
        }
      </style>
      <input class="shadow" aria-label="a" />
      <select class="bordered" aria-label="b"></select>
      <div class="field--error">x</div>
      <div class="bar--error">y</div>
    </div>`);
    const problems = await withForcedColors(() => forcedColorsProblems(root));
    expect(problems).to.deep.equal([
      'input.shadow: no border or outline in forced colours',
      'div.field--error::before: error indicator drawn by its background only, gone in forced colours',
    ]);
    expect(matchMedia('(forced-colors: active)').matches, 'emulation turned off afterwards').to.equal(false);
  });

  it('(c) words cut letter by letter: a short word in a squeezed column is found; a long e-mail may wrap', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <p style="width: 3ch; overflow-wrap: anywhere">RITM0012345</p>
      <p style="width: 6ch; overflow-wrap: anywhere">claire.petit@terneuil-sur-seine.fr</p>
      <p style="width: 10ch">Terneuil-sur-Seine 29/10/2025</p>
    </div>`);
    const broken = brokenWords(root);
    expect(broken).to.have.length(1);
    expect(broken[0]).to.match(/^"RITM0012345" cut over \d lines$/);
  });

  it('(c) reflow at 320 px: a wide block scrolls the page, unless inside its own scroll box; absolute text escapes the box', async () => {
    const root = await fixture<HTMLDivElement>(html`<div>
      <div id="box" style="overflow-x: auto"><div style="width: 600px">table</div></div>
    </div>`);
    expect(await atWidth(320, reflowProblems)).to.deep.equal([]);

    const escaping = document.createElement('span');
    escaping.textContent = '– Pauline';
    escaping.style.cssText = 'position: absolute; left: 560px; width: 1px; overflow: hidden';
    root.querySelector('#box > div')!.append(escaping);
    const problems = await atWidth(320, reflowProblems);
    expect(problems[0]).to.match(/^page scrolls horizontally at \d+ px: \d+ px wide$/);
    expect(problems[1]).to.match(/^span reaches \d+ px$/);
  });

  it('(d) language: content rendered in English under a French page needs lang="en"', async () => {
    document.documentElement.lang = 'fr';
    const root = await fixture<HTMLDivElement>(html`<div><audit-probe></audit-probe></div>`);
    expect(languageProblems(root)).to.deep.equal([]);
    const probe = root.querySelector<AuditProbe>('audit-probe')!;
    probe.setAttribute('lang', 'en');
    await probe.updateComplete;
    expect(languageProblems(root)).to.deep.equal([]);

    // An element that renders in English with nothing saying so (its mark taken away).
    probe.removeAttribute('lang');
    setPageLocale('en');
    await probe.updateComplete;
    probe.removeAttribute('lang');
    expect(languageProblems(root)).to.deep.equal(['audit-probe renders in en under lang="fr"']);
    setPageLocale('fr');

    document.documentElement.lang = '';
    expect(languageProblems(root)).to.deep.equal(['the page has no lang (<html lang="">)']);
    document.documentElement.lang = 'fr';
  });
});
