import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../src/elements/cp-iban-input/cp-iban-input.js';
import type { CpIbanChangeDetail, CpIbanInput } from '../../src/elements/cp-iban-input/cp-iban-input.js';
import { renderField } from '../../src/elements/shared/field.js';
import { setPageLocale } from '../../src/i18n/locale.js';
import { clearByKeyboard, runFormControlSuite } from './support/form-control-suite.js';

// Test vectors (research/chorus-pro-api.md §2.2, checked with ibantools).
const FR_IBAN = 'FR7630006000011234567890189';
const FR_IBAN_BAD_KEY = 'FR7630006000011234567890188';
const FR_IBAN_SHORT = 'FR763000600001123456789018';
const DE_IBAN = 'DE89370400440532013000';
const FR_BIC = 'BNPAFRPP';
const DE_BIC = 'COBADEFFXXX';

const part = <T extends Element = HTMLInputElement>(el: CpIbanInput, selector: string): T =>
  el.shadowRoot!.querySelector<T>(selector)!;
const errorText = (el: CpIbanInput, region: string): string =>
  part(el, `#${region}`).textContent!.replace(/\s+/g, ' ').trim();
const focused = (el: CpIbanInput): string | undefined => el.shadowRoot!.activeElement?.id;

/** Focuses an inner field and types on the real keyboard. */
async function type(el: CpIbanInput, selector: string, text: string): Promise<void> {
  part<HTMLInputElement>(el, selector).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

/** Pastes text into the IBAN field as the browser does (replaces its content, fires an `insertFromPaste` input). */
async function paste(el: CpIbanInput, text: string): Promise<void> {
  const input = part<HTMLInputElement>(el, '#iban');
  input.focus();
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(
    new InputEvent('input', { inputType: 'insertFromPaste', data: text, bubbles: true, composed: true }),
  );
  await el.updateComplete;
}

/** Moves focus out of the element. */
async function leave(el: CpIbanInput): Promise<void> {
  (el.shadowRoot!.activeElement as HTMLElement | null)?.blur();
  await el.updateComplete;
}

describe('cp-iban-input', () => {
  afterEach(() => setPageLocale('fr'));

  describe('typing and pasting (BNK-2)', () => {
    it('BNK-2: groups the IBAN by four while typing and stores it without separators', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      await type(el, '#iban', 'fr7630006000011234567890189');
      expect(part(el, '#iban').value).to.equal('FR76 3000 6000 0112 3456 7890 189');
      expect(el.value).to.equal(FR_IBAN);
    });

    it('BNK-2: keeps the caret after the same character when typing in the middle of a group', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      await type(el, '#iban', 'FR7630006000');
      const input = part(el, '#iban');
      expect(input.value).to.equal('FR76 3000 6000');
      input.setSelectionRange(7, 7); // "FR76 30|00 6000"
      await sendKeys({ type: '9' });
      await el.updateComplete;
      expect(input.value).to.equal('FR76 3090 0600 0');
      expect(input.selectionStart).to.equal(8, 'right after the 9, not at the end');
      await sendKeys({ type: '8' });
      await el.updateComplete;
      expect(input.value).to.equal('FR76 3098 0060 00');
      expect(input.selectionStart).to.equal(9, 'at the end of the group');
      await sendKeys({ type: '7' });
      await el.updateComplete;
      expect(input.value).to.equal('FR76 3098 7006 000');
      expect(input.selectionStart).to.equal(11, 'the 7 went to the next group and the caret after it');
    });

    it('BNK-2: Backspace just after a space deletes the character before it', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      await type(el, '#iban', 'FR7630006000');
      const input = part(el, '#iban');
      input.setSelectionRange(5, 5); // "FR76 |3000 6000"
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(input.value).to.equal('FR73 0006 000');
      expect(input.selectionStart).to.equal(3);
    });

    it('BNK-2: normalises a pasted IBAN with spaces, dashes, dots and lower case, and selects its country', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      await paste(el, ' de89-3704.0044 0532\u00a00130 00 ');
      expect(el.value).to.equal(DE_IBAN);
      expect(part(el, '#iban').value).to.equal('DE89 3704 0044 0532 0130 00');
      expect(part<HTMLSelectElement>(el, '#country').value).to.equal('DE');
      expect(errorText(el, 'iban-hint')).to.contain('22 caractères').and.contain('DE');
    });

    it('BNK-2: offers every registry country, France first, names in the current language', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      const select = part<HTMLSelectElement>(el, '#country');
      expect(select.value).to.equal('FR');
      expect(select.options[0]!.textContent).to.equal('France');
      expect(select.options.length).to.be.greaterThan(70);
      expect([...select.options].find((option) => option.value === 'DE')!.textContent).to.equal('Allemagne');
    });

    it('BNK-2: the country attribute chooses the country shown first', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input country="de"></cp-iban-input>`);
      expect(part<HTMLSelectElement>(el, '#country').value).to.equal('DE');
      expect(errorText(el, 'iban-hint')).to.equal(
        'Un IBAN du pays Allemagne compte 22 caractères et commence par DE. Espaces et tirets sont acceptés.',
      );
    });

    it('BNK-2: picking a country sets the code of an IBAN already typed and the expected length', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input value="FR76 3000"></cp-iban-input>`);
      const select = part<HTMLSelectElement>(el, '#country');
      select.value = 'BE';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(el.value).to.equal('BE763000');
      expect(errorText(el, 'iban-hint')).to.contain('16 caractères');
    });
  });

  describe('validation messages (BNK-2, BNK-3)', () => {
    it('BNK-2: a valid FR IBAN is valid, with its RIB parts in cp-iban-input-changed', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      const input = part(el, '#iban');
      input.focus();
      const event = oneEvent(el, 'cp-iban-input-changed');
      await paste(el, FR_IBAN);
      const { detail } = (await event) as CustomEvent<CpIbanChangeDetail>;
      expect(detail.value).to.equal(FR_IBAN);
      expect(detail.valid).to.equal(true);
      expect(detail.reason).to.equal(undefined);
      expect(detail.parts).to.include({
        countryCode: 'FR',
        bankCode: '30006',
        branchCode: '00001',
        accountNumber: '12345678901',
        nationalKey: '89',
      });
      expect(el.checkValidity()).to.equal(true);
      expect(el.validationMessage).to.equal('');
    });

    it('BNK-2/BNK-4: an FR IBAN with a wrong RIB key shows why on blur, with aria-invalid and an "Erreur :" prefix', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      await type(el, '#iban', FR_IBAN_BAD_KEY);
      expect(errorText(el, 'iban-messages')).to.equal(
        '',
        'no error while the user is still typing (validate-on="blur")',
      );
      await leave(el);
      expect(errorText(el, 'iban-messages')).to.equal(
        "Erreur : La clé RIB (les deux derniers chiffres) ne correspond pas au reste de l'IBAN : vérifiez votre saisie.",
      );
      const input = part(el, '#iban');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.contain('iban-messages');
      expect(part(el, '#iban-messages').getAttribute('aria-live')).to.equal('polite');
      expect(part(el, '#iban-messages svg').getAttribute('aria-hidden')).to.equal('true');
      expect(el.matches(':state(user-invalid)')).to.equal(true);
      expect(el.validity.typeMismatch).to.equal(true);
      expect(el.validationMessage).to.contain('clé RIB');
    });

    it('BNK-2: a wrong length says how many characters the country expects and how many were typed', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input validate-on="input"></cp-iban-input>`);
      await type(el, '#iban', FR_IBAN_SHORT);
      expect(errorText(el, 'iban-messages')).to.equal(
        'Erreur : Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26.',
      );
      expect(el.validity.tooShort).to.equal(true);
    });

    it('BNK-2: a foreign IBAN (DE) is valid and its BIC must be German (BNK-3)', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input value=${DE_IBAN} bic=${DE_BIC}></cp-iban-input>`);
      expect(part<HTMLSelectElement>(el, '#country').value).to.equal('DE');
      expect(el.checkValidity()).to.equal(true);
      expect(el.details.bic).to.include({ bic: DE_BIC, countryCode: 'DE' });
    });

    it('BNK-3: a BIC of another country than the IBAN is refused next to the BIC field', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input value=${FR_IBAN}></cp-iban-input>`);
      await type(el, '#bic', DE_BIC);
      await leave(el);
      expect(errorText(el, 'bic-messages')).to.equal(
        "Erreur : Ce BIC est celui d'une banque du pays Allemagne (DE), mais l'IBAN est du pays France (FR) : vérifiez l'un ou l'autre.",
      );
      expect(errorText(el, 'iban-messages')).to.equal('');
      expect(part(el, '#bic').getAttribute('aria-invalid')).to.equal('true');
      expect(el.checkValidity()).to.equal(false);
      expect(el.details).to.include({ valid: false, reason: 'bic-country-mismatch', bicValue: DE_BIC });
    });

    it('BNK-2: allowed-countries limits the picker and refuses an IBAN of another country', async () => {
      const el = await fixture<CpIbanInput>(
        html`<cp-iban-input allowed-countries="FR BE" validate-on="input"></cp-iban-input>`,
      );
      const select = part<HTMLSelectElement>(el, '#country');
      expect([...select.options].map((option) => option.value)).to.deep.equal(['FR', 'BE']);
      await paste(el, DE_IBAN);
      expect(errorText(el, 'iban-messages')).to.equal(
        'Erreur : Les IBAN du pays Allemagne (DE) ne sont pas acceptés ici ; pays acceptés : FR, BE.',
      );
      expect(el.checkValidity()).to.equal(false);
    });
  });

  describe('RIB mode (BNK-4)', () => {
    it('BNK-4: builds the IBAN from a RIB whose key is right', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input name="account"></cp-iban-input>`);
      part(el, '#mode-rib').click();
      await el.updateComplete;
      expect(part(el, '#iban')).to.equal(null);
      await type(el, '#rib-bank', '30006');
      await type(el, '#rib-branch', '00001');
      await type(el, '#rib-account', '12345678901');
      await type(el, '#rib-key', '89');
      expect(el.value).to.equal(FR_IBAN);
      expect(part(el, '[part="rib-iban"]').textContent).to.contain('FR76 3000 6000 0112 3456 7890 189');
      expect(el.checkValidity()).to.equal(true);
    });

    it('BNK-4: a wrong RIB key is refused with the expected key, once the user leaves the RIB', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input mode="rib"></cp-iban-input>`);
      await type(el, '#rib-bank', '30006');
      await type(el, '#rib-branch', '00001');
      expect(errorText(el, 'rib-messages')).to.equal('', 'moving between RIB fields does not show errors');
      await type(el, '#rib-account', '12345678901');
      await type(el, '#rib-key', '88');
      await leave(el);
      expect(errorText(el, 'rib-messages')).to.equal(
        'Erreur : La clé RIB ne correspond pas au code banque, au code guichet et au numéro de compte (clé attendue : 89) : vérifiez votre saisie.',
      );
      expect(part(el, '#rib-key').getAttribute('aria-invalid')).to.equal('true');
      expect(part(el, '#rib-bank').hasAttribute('aria-invalid')).to.equal(false);
      expect(el.value).to.equal('');
    });

    it('BNK-4: a whole RIB pasted into a RIB field fills the four fields', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input mode="rib"></cp-iban-input>`);
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', '30006 00001 12345678901 89');
      const pasted = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true, composed: true });
      part(el, '#rib-branch').dispatchEvent(pasted);
      await el.updateComplete;
      expect(pasted.defaultPrevented).to.equal(true);
      expect(['#rib-bank', '#rib-branch', '#rib-account', '#rib-key'].map((id) => part(el, id).value)).to.deep.equal([
        '30006',
        '00001',
        '12345678901',
        '89',
      ]);
      expect(el.value).to.equal(FR_IBAN);
    });

    it('BNK-4: switching modes carries the account over both ways', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input value=${FR_IBAN}></cp-iban-input>`);
      const changed = oneEvent(el, 'cp-iban-input-changed');
      part(el, '#mode-rib').click();
      expect(((await changed) as CustomEvent<CpIbanChangeDetail>).detail).to.include({
        mode: 'rib',
        value: FR_IBAN,
        valid: true,
      });
      await el.updateComplete;
      expect(part(el, '#rib-bank').value).to.equal('30006');
      expect(part(el, '#rib-key').value).to.equal('89');
      part(el, '#mode-iban').click();
      await el.updateComplete;
      expect(part(el, '#iban').value).to.equal('FR76 3000 6000 0112 3456 7890 189');
    });
  });

  describe('form participation', () => {
    it('submits the IBAN and the BIC as <name> and <name>-bic', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><cp-iban-input name="account" value="fr76 3000 6000 0112 3456 7890 189" bic="bnpafrpp"></cp-iban-input></form>
      `);
      const data = new FormData(form);
      expect(data.get('account')).to.equal(FR_IBAN);
      expect(data.get('account-bic')).to.equal(FR_BIC);
      expect(form.querySelector('cp-iban-input')!.form).to.equal(form);
    });

    it('required: reportValidity() focuses the IBAN field, not the mode or the country', async () => {
      const form = await fixture<HTMLFormElement>(
        html`<form><cp-iban-input name="account" required></cp-iban-input></form>`,
      );
      const el = form.querySelector('cp-iban-input')!;
      expect(el.validationMessage).to.equal('Saisissez un IBAN.');
      expect(el.reportValidity()).to.equal(false);
      await el.updateComplete;
      expect(focused(el)).to.equal('iban');
      expect(errorText(el, 'iban-messages')).to.equal('Erreur : Saisissez un IBAN.');
    });

    it('reset restores the value attribute and hides errors', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form><cp-iban-input name="account" value=${FR_IBAN} bic=${FR_BIC}></cp-iban-input></form>
      `);
      const el = form.querySelector('cp-iban-input')!;
      part(el, '#iban').select();
      await sendKeys({ type: DE_IBAN.slice(0, 10) });
      await leave(el);
      expect(errorText(el, 'iban-messages')).to.not.equal('');
      form.reset();
      await el.updateComplete;
      expect(el.value).to.equal(FR_IBAN);
      expect(el.bic).to.equal(FR_BIC);
      expect(part(el, '#iban').value).to.equal('FR76 3000 6000 0112 3456 7890 189');
      expect(part<HTMLSelectElement>(el, '#country').value).to.equal('FR');
      expect(errorText(el, 'iban-messages')).to.equal('');
      expect(el.matches(':state(user-invalid)')).to.equal(false);
    });

    it('X-1: a form’s error summary gets one problem per part (issues), the inner field to focus (partInput) and, on every edit, the part changed', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input required bic-required></cp-iban-input>`);
      expect(el.issues.map((issue) => [issue.field, issue.reason])).to.deep.equal([
        ['iban', 'iban-empty'],
        ['bic', 'bic-empty'],
      ]);
      expect(el.partInput('account')).to.equal(part(el, '#iban'));
      expect(el.partInput('bic')).to.equal(part(el, '#bic'));
      const changes: CpIbanChangeDetail[] = [];
      el.addEventListener('cp-iban-input-changed', (event) => changes.push(event.detail));
      await type(el, '#bic', 'B');
      await type(el, '#iban', 'F');
      expect(changes.map((change) => change.part)).to.deep.equal(['bic', 'account']);
      el.mode = 'rib';
      await el.updateComplete;
      expect(el.partInput('account'), 'the code banque in RIB mode').to.equal(part(el, '#rib-bank'));
    });

    it('formStateRestoreCallback: the browser restores the mode, the RIB and the BIC it saved', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      const saved = {
        mode: 'rib',
        iban: '',
        rib: { codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' },
        bic: FR_BIC,
      };
      el.formStateRestoreCallback(JSON.stringify(saved));
      await el.updateComplete;
      expect(el.mode).to.equal('rib');
      expect(part(el, '#rib-account').value).to.equal('12345678901');
      expect(el.value).to.equal(FR_IBAN);
      expect(el.bic).to.equal(FR_BIC);
    });

    it('keyboard only: Tab through mode, country, IBAN and BIC, type, and submit with Enter', async () => {
      const form = await fixture<HTMLFormElement>(html`
        <form>
          <input aria-label="before" id="before" />
          <cp-iban-input name="account"></cp-iban-input>
          <button>Enregistrer</button>
        </form>
      `);
      const el = form.querySelector('cp-iban-input')!;
      form.querySelector<HTMLInputElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('mode-iban');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('country');
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('iban');
      await sendKeys({ type: 'FR76 3000 6000 0112 3456 7890 189' });
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal('bic');
      await sendKeys({ type: 'bnpafrpp' });
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement).to.equal(form.querySelector('button'));
      const submitted = oneEvent(form, 'submit');
      form.addEventListener('submit', (event) => event.preventDefault());
      await sendKeys({ press: 'Enter' });
      await submitted;
      const data = new FormData(form);
      expect(data.get('account')).to.equal(FR_IBAN);
      expect(data.get('account-bic')).to.equal(FR_BIC);
    });

    it('keyboard only: arrow keys switch the mode radio group to RIB', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      part(el, '#mode-iban').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.mode).to.equal('rib');
      expect(part(el, '#rib-bank')).to.not.equal(null);
    });
  });

  describe('languages', () => {
    it('speaks English with lang="en": labels, country names and the validator reason', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input lang="en" value=${FR_IBAN_SHORT}></cp-iban-input>`);
      expect(el.validationMessage).to.equal('An IBAN from France (FR) has 27 characters; you entered 26.');
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el, 'iban-messages')).to.equal(
        'Error: An IBAN from France (FR) has 27 characters; you entered 26.',
      );
      expect(part(el, 'label[for="country"]').textContent).to.equal('Country of the account');
      expect([...part<HTMLSelectElement>(el, '#country').options].find((o) => o.value === 'DE')!.textContent).to.equal(
        'Germany',
      );
      el.setAttribute('lang', 'fr');
      await aTimeout(0); // the locale controller observes the attribute
      await el.updateComplete;
      expect(errorText(el, 'iban-messages')).to.equal(
        'Erreur : Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26.',
      );
    });

    it('switches to English when the page locale changes (setPageLocale), and back', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input required></cp-iban-input>`);
      expect(el.validationMessage).to.equal('Saisissez un IBAN.');
      setPageLocale('en');
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Enter an IBAN.');
      expect(part(el, 'legend').textContent).to.equal('Enter the bank details as');
      setPageLocale('fr');
      await el.updateComplete;
      expect(el.validationMessage).to.equal('Saisissez un IBAN.');
    });

    it('BNK-5: can say that payment on these bank details is not guaranteed', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input payment-note></cp-iban-input>`);
      expect(part(el, '[part="note"]').textContent).to.contain("Le paiement n'est pas garanti");
    });
  });

  describe('accessibility (RGAA)', () => {
    /** The required marker after a label, or null. */
    const markerOf = (el: CpIbanInput, id: string) =>
      part(el, `label[for="${id}"]`).querySelector('.cp-field__required');

    /** The marker renderField draws after the label of a required field of a form (shared/field.ts). */
    function fieldMarker(): Element {
      const host = document.createElement('div');
      const control = () => html`<input id="x" required />`;
      render(renderField({ id: 'x', label: 'Nom', required: true, locale: 'fr', control }), host);
      return host.querySelector('.cp-field__required')!;
    }

    it('BNK-1 / BNK-2 / BNK-3 (WCAG 3.3.2, RGAA 11.10): required and bic-required put the form’s asterisk after the country, IBAN and BIC labels, hidden from screen readers, which hear "required"', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input required bic-required></cp-iban-input>`);
      const same = fieldMarker().outerHTML;
      for (const id of ['country', 'iban', 'bic']) {
        const marker = markerOf(el, id);
        expect(marker?.outerHTML, `the ${id} label ends with the marker of the other fields`).to.equal(same);
        expect(marker!.getAttribute('aria-hidden')).to.equal('true');
        expect(getComputedStyle(marker!).color, 'in the error colour, as elsewhere').to.equal('rgb(206, 5, 0)');
      }
      expect(part(el, 'label[for="bic"]').textContent, 'no "(facultatif)" on a required BIC').not.to.contain(
        'facultatif',
      );
      expect(part(el, '#iban').required && part(el, '#bic').required, 'said by the controls').to.equal(true);
      expect(part(el, '#country').getAttribute('aria-required')).to.equal('true');
      await expect(el).to.be.accessible();

      el.mode = 'rib';
      await el.updateComplete;
      for (const id of ['rib-bank', 'rib-branch', 'rib-account', 'rib-key']) {
        expect(markerOf(el, id)?.outerHTML, `BNK-4: the ${id} label`).to.equal(same);
      }
      await expect(el).to.be.accessible();
    });

    it('BNK-1 (WCAG 3.3.2): without required, no asterisk; without bic-required the BIC says "(facultatif)"', async () => {
      const optional = await fixture<CpIbanInput>(html`<cp-iban-input></cp-iban-input>`);
      expect(optional.shadowRoot!.querySelectorAll('.cp-field__required')).to.have.length(0);
      expect(part(optional, '#country').hasAttribute('aria-required')).to.equal(false);
      await expect(optional).to.be.accessible();

      const accountOnly = await fixture<CpIbanInput>(html`<cp-iban-input required></cp-iban-input>`);
      expect(markerOf(accountOnly, 'iban')).not.to.equal(null);
      expect(markerOf(accountOnly, 'bic')).to.equal(null);
      expect(part(accountOnly, 'label[for="bic"]').textContent).to.contain('(facultatif)');
      await expect(accountOnly).to.be.accessible();
    });

    it('is accessible when empty', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input required payment-note></cp-iban-input>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible with an error shown', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input value=${FR_IBAN_BAD_KEY} bic="XX"></cp-iban-input>`);
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el, 'iban-messages')).to.not.equal('');
      expect(errorText(el, 'bic-messages')).to.not.equal('');
      await expect(el).to.be.accessible();
    });

    it('is accessible in RIB mode with an error', async () => {
      const el = await fixture<CpIbanInput>(html`<cp-iban-input mode="rib" required></cp-iban-input>`);
      el.reportValidity();
      await el.updateComplete;
      expect(errorText(el, 'rib-messages')).to.contain('code banque');
      await expect(el).to.be.accessible();
    });
  });
});

/** An IBAN as set (any formatting), read back electronic, and submitted with an empty BIC. */
const account = (set: string, iban: string) => ({
  set,
  value: iban,
  entries: [
    ['field', iban],
    ['field-bic', ''],
  ] as const,
});

runFormControlSuite({
  tag: 'cp-iban-input',
  render: (a) =>
    html`<cp-iban-input name="field" value=${ifDefined(a.value)} ?required=${a.required} ?disabled=${a.disabled} validate-on=${ifDefined(a.validateOn)}></cp-iban-input>`,
  values: async () => ({
    initial: account('fr76 3000 6000 0112 3456 7890 189', FR_IBAN),
    other: account(DE_IBAN, DE_IBAN),
  }),
  valueMissing: 'Erreur : Saisissez un IBAN.',
  // From the mode radio group: Tab to the country, Tab to the IBAN.
  typeValue: async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: 'FR76 3000 6000 0112 3456 7890 189' });
    return account(FR_IBAN, FR_IBAN);
  },
  clearValue: async (el) => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el as CpIbanInput)).to.equal('iban');
    await clearByKeyboard();
  },
});
