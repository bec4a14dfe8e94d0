import { html, nothing, type TemplateResult } from 'lit';
import { isCpError } from '../../client/index.js';
import { defineMessages, type Translate } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';
import { refusalText } from './refusal-text.js';
import { renderRuleRef, type RuledText } from './rule-ref.js';

const t = defineMessages(
  {
    refused: 'Refusé. {message}',
    failed: 'L’opération a échoué. {message}',
    loadFailed: 'Le chargement a échoué. {message}',
  },
  {
    refused: 'Refused: {message}',
    failed: 'The operation failed: {message}',
    loadFailed: 'Loading failed: {message}',
  },
);

/**
 * The rule a refusal names (X-8): the server's, else `fallbackRule` (the rule of the action tried)
 * when the server refused the request itself (a 4xx without a rule, e.g. a field of the wrong
 * format); undefined for a failure that is no refusal (network, server error).
 */
export function refusalRule(error: unknown, fallbackRule?: string): string | undefined {
  if (!isCpError(error)) return undefined;
  if (error.rule) return error.rule;
  const refusedByServer = error.status !== undefined && error.status >= 400 && error.status < 500;
  return refusedByServer ? fallbackRule : undefined;
}

/**
 * A failed call as the managers' elements show it: "Refusé. …" when a rule refused it (the rule,
 * `refusalRule`, is shown apart as "Réf. STR-6", X-8), or "L'opération a échoué. …" (`loading`:
 * "Le chargement a échoué. …") when nothing refused it; the server's sentence alone when it is
 * about the user's account ({@link isAccountState}).
 */
export function refusalMessage(
  error: unknown,
  locale: Locale,
  options: { fallbackRule?: string; loading?: boolean } = {},
): string {
  const message = refusalText(error, locale);
  if (isAccountState(error)) return message;
  const rule = refusalRule(error, options.fallbackRule);
  if (rule) return t(locale, 'refused', { message });
  return t(locale, options.loading ? 'loadFailed' : 'failed', { message });
}

/**
 * A refusal the element words itself (a field the server refused, a lookup answered with a reason):
 * "Refusé. …", and its rule apart for the discreet reference (X-8).
 */
export const ruleRefusalText = (rule: string, message: string, locale: Locale): RuledText => ({
  text: t(locale, 'refused', { message }),
  rules: rule,
});

/**
 * Whether a refusal is about the state of the user's own account, not about what he tried: his
 * account is deactivated (ID-4: only its reactivation is possible) or his first connection is not
 * completed (ACC-1). No retry helps, and nothing failed to load: an element says that state as it
 * is, the server's sentence alone.
 */
export const isAccountState = (error: unknown): boolean =>
  isCpError(error, 'ACCOUNT_DEACTIVATED', 'FIRST_CONNECTION_REQUIRED');

/** What {@link renderLoadFailure} shows. */
export interface LoadFailure {
  error: unknown;
  locale: Locale;
  /**
   * The element's own sentence around the server's message ("Vos rattachements n'ont pas pu être
   * chargés. {message}"); by default "Refusé. …" or "Le chargement a échoué. …" (`refusalMessage`).
   */
  sentence?: (message: string) => string;
  /** Why, and who can help, when the server forbade the read (X-8). */
  forbiddenHelp?: string;
  /** The buttons under the alert (retry, back), or `nothing` when there is none. */
  actions: TemplateResult | typeof nothing;
}

/**
 * A read that failed, the same way in every element: an alert with the sentence and the rule's
 * discreet reference (X-8), the help for a forbidden read, then the actions (retry) outside the alert.
 * A refusal about the user's account ({@link isAccountState}: deactivated, first connection not
 * completed) is no failure: its sentence alone, as a notice, and no action, which could not help.
 */
export function renderLoadFailure({ error, locale, sentence, forbiddenHelp, actions }: LoadFailure): TemplateResult {
  if (isAccountState(error))
    return html`<div class="notice notice--warning" role="status">
      <p>${refusalText(error, locale)}${renderRuleRef(refusalRule(error), locale)}</p>
    </div>`;
  const text = sentence ? sentence(refusalText(error, locale)) : refusalMessage(error, locale, { loading: true });
  return html`<div class="notice notice--error" role="alert">
      <p>${text}${renderRuleRef(refusalRule(error), locale)}</p>
      ${forbiddenHelp && isCpError(error, 'FORBIDDEN') ? html`<p>${forbiddenHelp}</p>` : nothing}
    </div>
    ${actions === nothing ? nothing : html`<div class="actions" part="actions">${actions}</div>`}`;
}

/** An element's catalogue, for the two messages it tells a failed read of its data with. */
export type ReadFailureMessages = Translate<'loadFailed' | 'retry'>;

/**
 * A read of the element's data that failed (X-1), as {@link renderLoadFailure} shows it: the
 * element's own sentence (its `loadFailed` message around the server's), then its `retry` button
 * ("Réessayer"), which runs `retry` (the session's refresh: the element reads again).
 */
export function renderReadFailure(
  error: unknown,
  locale: Locale,
  t: ReadFailureMessages,
  retry: () => void,
): TemplateResult {
  return renderLoadFailure({
    error,
    locale,
    sentence: (message) => t(locale, 'loadFailed', { message }),
    actions: html`<button type="button" class="secondary" @click=${retry}>${t(locale, 'retry')}</button>`,
  });
}
