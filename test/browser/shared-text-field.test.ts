import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/shared/cp-text-field.js';
import type { CpTextField } from '../../src/elements/shared/cp-text-field.js';
import { deepActive } from './shared-focus.js';
import { clearByKeyboard, runFormControlSuite } from './support/form-control-suite.js';

const inner = (el: CpTextField) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: CpTextField) =>
  el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('cp-text-field and renderField (labelled, described, errors never by colour alone)', () => {
  it('wires the label, the hint and the messages to the input; required marker hidden from screen readers', async () => {
    const el = await fixture<CpTextField>(
      html`<cp-text-field label="Courriel" hint="Exemple : nom@domaine.fr" type="email" required></cp-text-field>`,
    );
    const input = inner(el);
    const label = el.shadowRoot!.querySelector('label')!;
    expect(label.htmlFor).to.equal(input.id);
    expect(label.querySelector('[aria-hidden="true"]')!.textContent).to.contain('*');
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy.map((id) => el.shadowRoot!.getElementById(id)!.id)).to.deep.equal([
      'input-hint',
      'input-messages',
    ]);
    expect(el.shadowRoot!.getElementById('input-hint')!.textContent).to.equal('Exemple : nom@domaine.fr');
    expect(input.required).to.equal(true);
    expect(input.getAttribute('aria-invalid')).to.equal('false');
    expect(errorText(el)).to.equal('');
    await expect(el).to.be.accessible();
  });

  it('keyboard only: typing a bad address shows the error on leaving the field; reset restores the initial value', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <cp-text-field name="email" type="email" label="Courriel" value="a@b.fr"></cp-text-field>
      <button type="reset">Réinitialiser</button>
    </form>`);
    const el = form.querySelector<CpTextField>('cp-text-field')!;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(inner(el));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    expect(errorText(el)).to.equal('', 'no error while typing');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Saisissez une adresse électronique valide, par exemple nom@domaine.fr.');
    expect(el.validity.typeMismatch).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.value).to.equal('a@b.fr');
    expect(errorText(el)).to.equal('');
  });

  it('shows a server error at once, in English when asked, and follows a disabled fieldset', async () => {
    const form = await fixture<HTMLFormElement>(html`<form>
      <fieldset><cp-text-field lang="en" name="siret" label="SIRET" minlength="14" value="123"></cp-text-field></fieldset>
    </form>`);
    const el = form.querySelector<CpTextField>('cp-text-field')!;
    await el.updateComplete; // its first render (validity included) waits for the EN catalogues
    expect(el.validity.tooShort).to.equal(true);
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: Enter at least 14 characters (currently 3).');
    el.error = 'This SIRET is already attached.';
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: This SIRET is already attached.');
    expect(el.validity.customError).to.equal(true);
    await expect(el).to.be.accessible();
    form.querySelector('fieldset')!.disabled = true;
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
    expect(el.willValidate).to.equal(false);
    expect([...new FormData(form).keys()]).to.deep.equal([]);
  });
});

/** A text value: what is set, read back and submitted under `field`. */
const text = (value: string) => ({ set: value, value, entries: [['field', value]] as const });

runFormControlSuite({
  tag: 'cp-text-field',
  render: (a) =>
    html`<cp-text-field name="field" label="Nom" value=${ifDefined(a.value)} ?required=${a.required} ?disabled=${a.disabled} validate-on=${ifDefined(a.validateOn)}></cp-text-field>`,
  values: async () => ({ initial: text('DUFOUR'), other: text('CHAOURCE') }),
  valueMissing: 'Erreur : Ce champ est obligatoire.',
  typeValue: async () => {
    await sendKeys({ type: 'LEROY' });
    return text('LEROY');
  },
  clearValue: clearByKeyboard,
});
