import { isCpError } from '../../client/index.js';
import type { Locale } from '../../i18n/locale.js';

/**
 * The text of a refused or failed call as a manager reads it: the server's message in the
 * page language followed by the rule that refused it, e.g. "Cette demande a déjà été décidée. (règle APR-2)".
 */
export function refusalText(error: unknown, locale: Locale): string {
  if (!isCpError(error)) return String(error);
  const text = error.messageIn(locale);
  if (!error.rule) return text;
  return `${text} (${locale === 'fr' ? 'règle' : 'rule'} ${error.rule})`;
}

/** A server refusal given as its parts (bulk outcomes), written like {@link refusalText}. */
export function outcomeText(
  message: { fr: string; en: string } | undefined,
  rule: string | undefined,
  locale: Locale,
): string {
  const text = message?.[locale] ?? '';
  return rule ? `${text} (${locale === 'fr' ? 'règle' : 'rule'} ${rule})` : text;
}
