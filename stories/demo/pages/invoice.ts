/**
 * Saisie de facture: a form of the host portal. The invoice number is the host's own field; the
 * attachments come from `<cp-attachment-picker>` (PJ-4) and the payment IBAN from `<cp-iban-input>`,
 * both form-associated: the form sends their values with its own and `reportValidity` checks them.
 */
import { html, type TemplateResult } from 'lit';
import { t } from '../i18n.js';
import type { PageContext } from '../page-context.js';

/** The invoice page: what the form would send is shown under it. */
export function invoicePage(ctx: PageContext): TemplateResult {
  const sent = ctx.once('sent', () => ({ text: '' }));
  const show = (text: string) => {
    sent.text = text;
    ctx.update();
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    if (!form.reportValidity()) return show(t('invoiceInvalid'));
    const data = new FormData(form);
    show(
      JSON.stringify(
        {
          numeroFacture: data.get('numeroFacture'),
          pieceJointeId: data.getAll('pieceJointeId'),
          iban: data.get('iban'),
        },
        null,
        2,
      ),
    );
  };
  return html`<p>${t('invoiceIntro')}</p>
    <form class="portal-form" novalidate @submit=${submit} @reset=${() => show('')}>
      <p class="portal-field">
        <label for="invoice-number">${t('invoiceNumber')}</label>
        <input id="invoice-number" name="numeroFacture" required value="F-2026-0042" />
      </p>
      <cp-attachment-picker name="pieceJointeId" required heading-level="2"></cp-attachment-picker>
      <cp-iban-input name="iban" required payment-note></cp-iban-input>
      <div class="portal-actions">
        <button type="submit">${t('invoiceSubmit')}</button>
        <button type="reset" class="portal-secondary">${t('invoiceReset')}</button>
      </div>
    </form>
    <h2>${t('invoiceSent')}</h2>
    <pre aria-live="polite">${sent.text || t('invoiceNothing')}</pre>`;
}
