import { html, nothing, type TemplateResult } from 'lit';
import { defineMessages } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { renderRuledText, renderRuleRef, type RuledText, type RuleRefs } from './rule-ref.js';

const t = defineMessages({ errorPrefix: 'Erreur :' }, { errorPrefix: 'Error:' });

/** What a notice says: an outcome (success), a refusal (error), or information (a veto, a cancel). */
export type NoticeKind = 'success' | 'error' | 'info' | 'warning';

/** The message above an element's screen, rendered in the reader's language. */
export interface Notice {
  kind: NoticeKind;
  text: (locale: Locale) => string;
  /** An error starts with "Erreur :" in bold, so that it is not told by colour alone. */
  prefixed?: boolean;
  /** The rule(s) behind the text, shown apart as "Réf. RAT-5" (X-8). */
  rules?: RuleRefs;
  /** Lines listed under the text (one per result of a batch), each with its own rule reference. */
  lines?: readonly (string | RuledText)[];
}

/**
 * The message above an element's screen (DSFR alert look): an error is an alert (`role="alert"`),
 * anything else a status region. It is focusable (`tabindex="-1"`, `id="notice"`, `part="notice"`)
 * so that a write can move focus to its outcome (`WriteController.focusOutcome`) instead of leaving
 * it on a disabled button or on the page.
 */
export function renderNotice(notice: Notice | undefined, locale: Locale): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const { kind, lines } = notice;
  const prefix = notice.prefixed && kind === 'error' ? html`<strong>${t(locale, 'errorPrefix')}</strong> ` : nothing;
  return html`<div class="notice notice--${kind}" part="notice" id="notice" tabindex="-1" role=${kind === 'error' ? 'alert' : 'status'}><p>${prefix}${notice.text(locale)}${renderRuleRef(notice.rules, locale)}</p>${lines?.length ? html`<ul class="results">${lines.map((line) => html`<li>${typeof line === 'string' ? line : renderRuledText(line, locale)}</li>`)}</ul>` : nothing}</div>`;
}
