import { isCpError } from '../../client/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { RuledText } from './rule-ref.js';

/**
 * The text of a refused or failed call as a manager reads it: the server's message in the
 * page language, a plain sentence such as "Cette demande a déjà été décidée."; the rule that refused
 * it is data apart (`refusalRule`), shown as a discreet "Réf. APR-2".
 */
export function refusalText(error: unknown, locale: Locale): string {
  return isCpError(error) ? error.messageIn(locale) : String(error);
}

/** A server refusal given as its parts (bulk outcomes): its sentence in the page language and its rule, apart. */
export function outcomeText(
  message: { fr: string; en: string } | undefined,
  rule: string | undefined,
  locale: Locale,
): RuledText {
  return { text: message?.[locale] ?? '', rules: rule };
}
