import { html, type TemplateResult } from 'lit';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';

/**
 * ACC-8: what an account initialised from MADRHAS sees where a portal account has its password,
 * secret question and deactivation blocks: where those are done (the PIGP, the DGFiP referent in
 * MADRHAS, guide 002), under a heading of the blocks' level so the page outline stays the same.
 */
export function renderPigpAccountNote(locale: Locale, level: number): TemplateResult {
  return html`<section class="pigp" part="pigp" aria-labelledby="pigp-title">
    <p class="title title--block" role="heading" aria-level=${level} id="pigp-title">${t(locale, 'pigpTitle')}</p>
    <p>${t(locale, 'pigpSecrets')}</p>
    <p>${t(locale, 'pigpDeactivation')}</p>
  </section>`;
}
