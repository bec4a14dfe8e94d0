import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/shared/cp-date-input.js';
import type { CpDateInput } from '../../src/elements/shared/cp-date-input.js';
import { deepActive } from './shared-focus.js';
import { clearByKeyboard, runFormControlSuite } from './support/form-control-suite.js';

const inner = (el: CpDateInput) => el.shadowRoot!.querySelector('input')!;
const errorText = (el: CpDateInput) =>
  el.shadowRoot!.querySelector('[part="error"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('cp-date-input (X-6: dd/mm/yyyy on screen, ISO 8601 in the value and the form)', () => {
  it('X-6 shows an ISO value as dd/mm/yyyy with the expected format in the hint', async () => {
    const el = await fixture<CpDateInput>(
      html`<cp-date-input label="Date de début" value="2025-01-31"></cp-date-input>`,
    );
    expect(inner(el).value).to.equal('31/01/2025');
    expect(el.value).to.equal('2025-01-31');
    expect(el.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(
      'Format attendu : JJ/MM/AAAA, par exemple 31/01/2025',
    );
    expect(inner(el).getAttribute('aria-describedby')).to.equal('input-hint input-messages');
    await expect(el).to.be.accessible();
  });

  it('X-6 keyboard only: types 1/2/2025, leaves the field, sees 01/02/2025 and submits 2025-02-01', async () => {
    const form = await fixture<HTMLFormElement>(
      html`<form><cp-date-input name="debut" label="Date de début"></cp-date-input></form>`,
    );
    const el = form.querySelector<CpDateInput>('cp-date-input')!;
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(inner(el));
    await sendKeys({ type: '1/2/2025' });
    expect(el.value).to.equal('2025-02-01');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inner(el).value).to.equal('01/02/2025');
    expect(new FormData(form).get('debut')).to.equal('2025-02-01');
    expect(errorText(el)).to.equal('');
  });

  it('X-6 keyboard only: a date that does not exist is kept as typed and explained on leaving the field', async () => {
    const form = await fixture<HTMLFormElement>(html`<form><cp-date-input name="debut"></cp-date-input></form>`);
    const el = form.querySelector<CpDateInput>('cp-date-input')!;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '31/02/2025' });
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(inner(el).value).to.equal('31/02/2025');
    expect(el.value).to.equal('');
    expect(el.validity.badInput).to.equal(true);
    expect(errorText(el)).to.equal('Erreur : Saisissez une date réelle au format JJ/MM/AAAA, par exemple 31/01/2025.');
    expect(inner(el).getAttribute('aria-invalid')).to.equal('true');
    expect(el.matches(':state(user-invalid)')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('X-6 enforces min and max (ISO) and says the bound as dd/mm/yyyy', async () => {
    const el = await fixture<CpDateInput>(
      html`<cp-date-input min="2025-01-01" max="2025-12-31" value="2024-12-31"></cp-date-input>`,
    );
    expect(el.validity.rangeUnderflow).to.equal(true);
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Erreur : Saisissez une date égale ou postérieure au 01/01/2025.');
    el.value = '2026-01-01';
    await el.updateComplete;
    expect(el.validity.rangeOverflow).to.equal(true);
    el.value = '2025-06-15';
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(errorText(el)).to.equal('');
  });

  it('EN keeps the day-first order and says so in the hint and the errors', async () => {
    const el = await fixture<CpDateInput>(html`<cp-date-input lang="en" required></cp-date-input>`);
    expect(el.shadowRoot!.querySelector('label')!.textContent!.trim()).to.match(/^Date/);
    expect(el.shadowRoot!.querySelector('[part="hint"]')!.textContent).to.equal(
      'Expected format: DD/MM/YYYY, for example 31/01/2025',
    );
    el.reportValidity();
    await el.updateComplete;
    expect(errorText(el)).to.equal('Error: This field is required.');
    await expect(el).to.be.accessible();
  });
});

/** A date: the ISO value set, read back and submitted under `field`. */
const isoDate = (value: string) => ({ set: value, value, entries: [['field', value]] as const });

runFormControlSuite({
  tag: 'cp-date-input',
  render: (a) =>
    html`<cp-date-input name="field" value=${ifDefined(a.value)} ?required=${a.required} ?disabled=${a.disabled} validate-on=${ifDefined(a.validateOn)}></cp-date-input>`,
  values: async () => ({ initial: isoDate('2025-01-31'), other: isoDate('2025-02-01') }),
  valueMissing: 'Erreur : Ce champ est obligatoire.',
  typeValue: async () => {
    await sendKeys({ type: '1/3/2025' });
    return isoDate('2025-03-01');
  },
  clearValue: clearByKeyboard,
});
