import { css, html, nothing, type TemplateResult } from 'lit';
import { defineMessages } from '../../i18n/catalog.js';
import type { Locale } from '../../i18n/locale.js';

const t = defineMessages({ ref: 'Réf. {rules}' }, { ref: 'Ref. {rules}' });

/** The rule id(s) behind a message: one id, several, or none. */
export type RuleRefs = string | readonly string[] | undefined;

/** A user-visible sentence and the rule(s) behind it, kept apart. */
export interface RuledText {
  text: string;
  rules?: RuleRefs;
}

const list = (rules: RuleRefs): readonly string[] =>
  rules === undefined ? [] : typeof rules === 'string' ? [rules] : rules;

/** The discreet reference for support, "Réf. RAT-5" (EN "Ref. RAT-5"); '' when no rule is given. */
export function ruleRefText(rules: RuleRefs, locale: Locale): string {
  const ids = list(rules);
  return ids.length === 0 ? '' : t(locale, 'ref', { rules: ids.join(', ') });
}

/**
 * The rule id behind a message, shown apart from its plain sentence: a small muted
 * `<span class="rule-ref" part="rule-ref">Réf. RAT-5</span>` placed after the sentence, read by
 * screen readers. A host hides every reference with `<cp-session hide-rule-refs>` (or by setting
 * `--cp-rule-ref-display: none` on any ancestor).
 */
export function renderRuleRef(rules: RuleRefs, locale: Locale): TemplateResult | typeof nothing {
  const text = ruleRefText(rules, locale);
  return text ? html` <span class="rule-ref" part="rule-ref">${text}</span>` : nothing;
}

/** A sentence followed by its discreet rule reference. */
export const renderRuledText = ({ text, rules }: RuledText, locale: Locale): TemplateResult =>
  html`${text}${renderRuleRef(rules, locale)}`;

/**
 * The look of a rule reference, part of every element's shared styles: smaller and muted after the
 * sentence; `--cp-rule-ref-display` (inherited through shadow roots) hides it when set to `none`.
 */
export const ruleRefStyles = css`
  .rule-ref {
    display: var(--cp-rule-ref-display, inline);
    margin-inline-start: 0.25em;
    font-size: 0.875em;
    font-weight: normal;
    color: var(--_cp-text-mention);
    white-space: nowrap;
  }
`;
