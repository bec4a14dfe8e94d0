import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/shared/cp-error-summary.js';
import type { CpErrorSummary, FieldError } from '../../src/elements/shared/cp-error-summary.js';
import { deepActive } from './shared-focus.js';

const errors: FieldError[] = [
  { field: 'siret', label: 'SIRET', message: 'Le SIRET doit comporter 14 chiffres.' },
  { field: 'iban', label: 'IBAN', message: 'La clé de contrôle est fausse.' },
];

describe('cp-error-summary (errors focused and announced, DESIGN accessibility)', () => {
  it('renders nothing and stays accessible while there is no error', async () => {
    const el = await fixture<CpErrorSummary>(html`<cp-error-summary></cp-error-summary>`);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a DSFR alert titled with the error count, lists each field, and takes focus when the form asks', async () => {
    const el = await fixture<CpErrorSummary>(html`<cp-error-summary></cp-error-summary>`);
    el.errors = errors;
    await el.updateComplete;
    el.focus();
    const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.querySelector('[role="heading"]')!.textContent).to.equal('Le formulaire contient 2 erreurs');
    const links = [...alert.querySelectorAll('button')].map((b) => b.textContent!.trim());
    expect(links).to.deep.equal([
      'SIRET : Le SIRET doit comporter 14 chiffres.',
      'IBAN : La clé de contrôle est fausse.',
    ]);
    expect(deepActive()).to.equal(alert);
    await expect(el).to.be.accessible();
  });

  it('says "1 erreur" in the singular and speaks English when asked', async () => {
    const el = await fixture<CpErrorSummary>(
      html`<cp-error-summary lang="en" .errors=${errors.slice(0, 1)}></cp-error-summary>`,
    );
    expect(el.shadowRoot!.querySelector('[role="heading"]')!.textContent).to.equal('The form contains 1 error');
    expect(el.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal(
      'SIRET: Le SIRET doit comporter 14 chiffres.',
    );
    await expect(el).to.be.accessible();
  });

  it('keyboard only: Tab to the second field link, Enter asks the form to focus that field', async () => {
    const focused: string[] = [];
    const el = await fixture<CpErrorSummary>(
      html`<cp-error-summary .errors=${errors} .focusField=${(f: string) => focused.push(f)}></cp-error-summary>`,
    );
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(deepActive()!.textContent).to.contain('IBAN');
    const event = oneEvent(el, 'cp-field-focus-requested');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ field: 'iban' });
    expect(focused).to.deep.equal(['iban']);
  });

  it('leaves the focus where the user types, whether the errors stay, change or appear (a field being fixed)', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><input id="typing" /><cp-error-summary .errors=${errors}></cp-error-summary></form>`,
    );
    const el = form.querySelector('cp-error-summary')!;
    const input = form.querySelector('input')!;
    input.focus();
    el.errors = errors.map((e) => ({ ...e }));
    await el.updateComplete;
    expect(deepActive(), 'a new array with the same errors is no change').to.equal(input);
    el.errors = errors.slice(1);
    await el.updateComplete;
    expect(deepActive(), 'one error fixed').to.equal(input);
    el.errors = [];
    await el.updateComplete;
    el.errors = errors;
    await el.updateComplete;
    expect(deepActive(), 'errors appearing').to.equal(input);
  });
});
