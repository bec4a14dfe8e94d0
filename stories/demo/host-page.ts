/**
 * The demo host page: what a portal such as the PIGP does with cp-kit. It loads the elements, hands
 * them the language, and uses them inside its own forms.
 */
import '../../src/elements/cp-iban-input/cp-iban-input.js';
import { setPageLocale, toLocale } from '../../src/i18n/locale.js';

const lang = document.querySelector<HTMLSelectElement>('#lang')!;
lang.addEventListener('change', () => {
  const locale = toLocale(lang.value) ?? 'fr';
  document.documentElement.lang = locale;
  setPageLocale(locale);
});

const form = document.querySelector<HTMLFormElement>('#bank-form')!;
const output = document.querySelector<HTMLPreElement>('#bank-output')!;
form.addEventListener('submit', (event) => {
  event.preventDefault();
  if (!form.reportValidity()) {
    output.textContent = 'Formulaire invalide : voir les erreurs affichées à côté des champs.';
    return;
  }
  output.textContent = JSON.stringify(Object.fromEntries(new FormData(form)), null, 2);
});
form.addEventListener('reset', () => {
  output.textContent = '(rien encore)';
});
