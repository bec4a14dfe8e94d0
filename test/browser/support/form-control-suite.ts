import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { CpFormControl, ValidateOn } from '../../../src/elements/shared/form-control.js';
import { deepActive } from '../shared-focus.js';
import { emulateForcedColors, fieldsWithoutBoundary } from './forced-colors.js';

/** A form-associated control as the suite sees it: the base's API plus a string `value`. */
export type Control = CpFormControl & { value: string };

/** A value of the control: as the `value` attribute or property takes it, as it reads back, and the form entries it submits. */
export interface ControlValue {
  readonly set: string;
  readonly value: string;
  /** The `[name, value]` entries of the form, the control being named `field`. */
  readonly entries: ReadonlyArray<readonly [string, string]>;
}

/** The attributes the suite mounts the control with (always `name="field"`). */
export interface ControlAttributes {
  value?: string;
  required?: boolean;
  disabled?: boolean;
  validateOn?: ValidateOn;
}

/** What the suite needs to know of one control. */
export interface FormControlCase {
  /** The tag, for the titles. */
  readonly tag: string;
  /** The control's markup, `name="field"` and the given attributes. */
  render(attributes: ControlAttributes): TemplateResult;
  /** Hooks of the suite's `describe` (e.g. the mock for a control that loads data). */
  setup?(): void;
  /** Mounts the form (default: a plain fixture) and waits until the control is ready. */
  mount?(form: TemplateResult): Promise<HTMLFormElement>;
  /** Two different valid values; made for each test (a control may need data on the server first). */
  values(): Promise<{ initial: ControlValue; other: ControlValue }>;
  /** The error shown for a missing required value, in French, as on screen ("Erreur : …"). */
  readonly valueMissing: string;
  /** Keys that, from the control's first focusable field, enter a valid value; returns that value. */
  typeValue(el: Control): Promise<ControlValue>;
  /** Keys that, from the control's first focusable field, empty a required control that holds `initial`. */
  clearValue(el: Control): Promise<void>;
}

/** The control's error messages on screen (`part="error"`), spaces collapsed ('' when none). */
const errorText = (el: Control): string =>
  [...el.shadowRoot!.querySelectorAll('[part~="error"]')]
    .map((error) => error.textContent!)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Selects the focused field's text and deletes it, as a keyboard user empties a field. */
export async function clearByKeyboard(): Promise<void> {
  await sendKeys({ down: 'Control' });
  await sendKeys({ press: 'a' });
  await sendKeys({ up: 'Control' });
  await sendKeys({ press: 'Backspace' });
}

const entriesOf = (form: HTMLFormElement) =>
  [...new FormData(form)].map(([name, value]) => [name, typeof value === 'string' ? value : value.name]);

const within = (el: Element) => el.shadowRoot!.contains(deepActive());

/** Presses Tab until focus has left the control (as a keyboard user moving on). */
async function tabOut(el: Element): Promise<void> {
  for (let i = 0; i < 20 && within(el); i += 1) await sendKeys({ press: 'Tab' });
  expect(within(el), 'Tab leaves the control').to.equal(false);
}

/**
 * The behaviour every cp-kit form control shares, run for each of them (after Web Awesome's
 * `runFormControlBaseTests` and Material Web's form tests): value, FormData, required, disabled
 * (own or from a `<fieldset>`), reset, state restoration, `setCustomValidity()`, when errors show
 * (`validate-on`) with `:state(user-invalid)`, keyboard use, axe, and a visible boundary of its fields
 * in forced colours. What is particular to one control stays in its own test file.
 */
export function runFormControlSuite(control: FormControlCase): void {
  const mountForm = control.mount ?? ((form: TemplateResult) => fixture<HTMLFormElement>(form));
  const mount = async (attributes: ControlAttributes = {}, around?: (c: TemplateResult) => TemplateResult) => {
    const content = control.render(attributes);
    const form = await mountForm(html`<form>
      <input id="before" aria-label="Champ précédent" />
      ${around ? around(content) : content}
      <button>Envoyer</button>
    </form>`);
    const el = form.querySelector<Control>(control.tag)!;
    await el.updateComplete;
    return { form, el };
  };

  describe(`${control.tag}: the shared form-control behaviour`, () => {
    control.setup?.();

    it('value: the attribute is the initial value; the property reads and sets the current one', async () => {
      const { initial, other } = await control.values();
      const { el } = await mount({ value: initial.set });
      expect(el.value).to.equal(initial.value);
      el.value = other.set;
      await el.updateComplete;
      expect(el.value).to.equal(other.value);
      expect(el.getAttribute('value'), 'the attribute stays the initial value').to.equal(initial.set);
    });

    it('FormData: a native form submits the value under the name; no name, no entry', async () => {
      const { initial, other } = await control.values();
      const { form, el } = await mount({ value: initial.set });
      expect(el.form).to.equal(form);
      expect(entriesOf(form)).to.deep.equal(initial.entries);
      el.value = other.set;
      await el.updateComplete;
      expect(entriesOf(form)).to.deep.equal(other.entries);
      el.name = '';
      await el.updateComplete;
      expect(entriesOf(form)).to.deep.equal([]);
    });

    it('required: blocks the submit, says why with an icon and aria-invalid, and reportValidity() focuses the field', async () => {
      const { other } = await control.values();
      const { form, el } = await mount({ required: true });
      let submitted = false;
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        submitted = true;
      });
      expect(el.validity.valueMissing).to.equal(true);
      expect(el.checkValidity()).to.equal(false);
      form.requestSubmit();
      expect(submitted, 'the browser blocks the submit').to.equal(false);
      await el.updateComplete;
      expect(errorText(el)).to.equal(control.valueMissing);
      expect(el.shadowRoot!.querySelector('[part~="error"] svg[aria-hidden="true"]'), 'an icon, not colour alone').to
        .exist;
      expect(el.shadowRoot!.querySelector('[aria-invalid="true"]'), 'the faulty field says so').to.exist;
      (document.activeElement as HTMLElement | null)?.blur();
      expect(el.reportValidity()).to.equal(false);
      expect(within(el), 'reportValidity() focuses the faulty inner field').to.equal(true);
      el.value = other.set;
      await el.updateComplete;
      expect(el.checkValidity()).to.equal(true);
      expect(errorText(el)).to.equal('');
      form.requestSubmit();
      expect(submitted).to.equal(true);
    });

    it('disabled, by its attribute or by a fieldset: neither validated nor submitted, its fields disabled', async () => {
      const { initial } = await control.values();
      const { form, el } = await mount({ value: initial.set, required: true, disabled: true });
      expect(el.willValidate).to.equal(false);
      expect(form.checkValidity()).to.equal(true);
      expect(entriesOf(form)).to.deep.equal([]);
      const fields = [...el.shadowRoot!.querySelectorAll('input, select, button')];
      expect(fields.length).to.be.greaterThan(0);
      expect(fields.filter((field) => !field.matches(':disabled'))).to.deep.equal([]);
      el.disabled = false;
      await el.updateComplete;
      expect(el.willValidate).to.equal(true);
      expect(entriesOf(form)).to.deep.equal(initial.entries);

      const inFieldset = await mount({ value: initial.set }, (c) => html`<fieldset disabled>${c}</fieldset>`);
      expect(inFieldset.el.willValidate).to.equal(false);
      expect(entriesOf(inFieldset.form)).to.deep.equal([]);
      inFieldset.form.querySelector('fieldset')!.disabled = false;
      await inFieldset.el.updateComplete;
      expect(inFieldset.el.willValidate).to.equal(true);
      expect(entriesOf(inFieldset.form)).to.deep.equal(initial.entries);
    });

    it('reset: brings the initial value back and hides the errors', async () => {
      const { initial, other } = await control.values();
      const { form, el } = await mount({ value: initial.set, required: true });
      el.value = other.set;
      await el.updateComplete;
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(initial.value);
      el.value = '';
      await el.updateComplete;
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.equal(control.valueMissing);
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(initial.value);
      expect(entriesOf(form)).to.deep.equal(initial.entries);
      expect(errorText(el)).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('state restoration: the state the control hands the browser restores its value (formStateRestoreCallback)', async () => {
      const { other } = await control.values();
      const { el } = await mount();
      const states: unknown[] = [];
      const setFormValue = ElementInternals.prototype.setFormValue;
      ElementInternals.prototype.setFormValue = function (value, state) {
        states.push(state);
        return setFormValue.call(this, value, state);
      };
      try {
        el.value = other.set;
        await el.updateComplete;
      } finally {
        ElementInternals.prototype.setFormValue = setFormValue;
      }
      const saved = states.at(-1) as string | FormData | null;
      const restored = await mount();
      restored.el.formStateRestoreCallback(saved, 'restore');
      await restored.el.updateComplete;
      expect(restored.el.value).to.equal(other.value);
      expect(entriesOf(restored.form)).to.deep.equal(other.entries);
    });

    it('setCustomValidity(): an error from the host (e.g. the server) makes it invalid until cleared', async () => {
      const { initial } = await control.values();
      const { el } = await mount({ value: initial.set });
      el.setCustomValidity('Déjà enregistré.');
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal('Déjà enregistré.');
      expect(el.checkValidity()).to.equal(false);
      el.setCustomValidity('');
      expect(el.checkValidity()).to.equal(true);
    });

    describe(':state(user-invalid), per validate-on', () => {
      /** Mounts a required control holding a value, focuses its first field and empties it with the keyboard. */
      const emptied = async (validateOn?: ValidateOn) => {
        const { initial } = await control.values();
        const mounted = await mount({ value: initial.set, required: true, ...(validateOn ? { validateOn } : {}) });
        expect(mounted.el.matches(':state(user-invalid)'), 'not before the user did anything').to.equal(false);
        mounted.form.querySelector<HTMLInputElement>('#before')!.focus();
        await sendKeys({ press: 'Tab' });
        await control.clearValue(mounted.el);
        await mounted.el.updateComplete;
        expect(mounted.el.validity.valueMissing).to.equal(true);
        return mounted;
      };

      it('blur: the error shows once the user leaves the part they changed', async () => {
        const { el } = await emptied('blur');
        expect(el.matches(':state(user-invalid)'), 'not while the user is still there').to.equal(false);
        expect(errorText(el)).to.equal('');
        await tabOut(el);
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        expect(errorText(el)).to.equal(control.valueMissing);
      });

      it('input: the error follows the typing', async () => {
        const { el } = await emptied('input');
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        expect(errorText(el)).to.equal(control.valueMissing);
      });

      it('submit: nothing shows on leaving; the submit shows it', async () => {
        const { form, el } = await emptied('submit');
        await tabOut(el);
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(false);
        expect(errorText(el)).to.equal('');
        form.requestSubmit();
        await el.updateComplete;
        expect(el.matches(':state(user-invalid)')).to.equal(true);
        expect(errorText(el)).to.equal(control.valueMissing);
      });
    });

    it('keyboard only: Tab reaches it, the user enters a value, Tab goes on and Enter submits it', async () => {
      await control.values();
      const { form, el } = await mount();
      form.querySelector<HTMLInputElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(within(el), 'Tab enters the control').to.equal(true);
      const typed = await control.typeValue(el);
      await tabOut(el);
      expect(deepActive()).to.equal(form.querySelector('button'));
      expect(el.value).to.equal(typed.value);
      expect(errorText(el)).to.equal('');
      const submitted = oneEvent(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault());
      await sendKeys({ press: 'Enter' });
      await submitted;
      expect(entriesOf(form)).to.deep.equal(typed.entries);
    });

    it('axe: accessible empty, with its error shown, and disabled', async () => {
      const { initial } = await control.values();
      const { el } = await mount({ required: true });
      await expect(el).to.be.accessible();
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el)).to.not.equal('');
      await expect(el).to.be.accessible();
      const disabled = await mount({ value: initial.set, disabled: true });
      await expect(disabled.el).to.be.accessible();
    });

    it('forced colours (WCAG 1.4.11): every field keeps a visible boundary, with and without an error', async () => {
      await control.values();
      const { el } = await mount({ required: true });
      await emulateForcedColors(true);
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        expect(fieldsWithoutBoundary(el)).to.deep.equal([]);
        el.reportValidity();
        await el.updateComplete;
        expect(fieldsWithoutBoundary(el)).to.deep.equal([]);
      } finally {
        await emulateForcedColors(false);
      }
    });
  });
}
