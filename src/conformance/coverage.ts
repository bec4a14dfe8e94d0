import type { Check } from './check.js';

/**
 * What the suite covers of the rules book (SPEC sections 1-13): the rule ids of each section, the
 * ones no check can take over HTTP and why, and the count of checks per section. The runner prints
 * it; `test/node/conformance.test.ts` requires every rule id to be checked or listed here.
 */

/** The SPEC sections and their rule ids. */
export const SPEC_SECTIONS: readonly { section: string; rules: readonly string[] }[] = [
  { section: '1. Identity and session', rules: ['ID-1', 'ID-2', 'ID-3', 'ID-4'] },
  { section: '2. Mon compte', rules: ['ACC-1', 'ACC-2', 'ACC-3', 'ACC-4', 'ACC-5', 'ACC-6', 'ACC-7', 'ACC-8'] },
  { section: '3. Rattachements', rules: range('RAT', 10) },
  { section: '4. Habilitations', rules: range('HAB', 9) },
  { section: '5. Deactivation', rules: range('DEA', 4) },
  { section: '6. Structures', rules: range('STR', 8) },
  { section: '7. Services', rules: range('SRV', 3) },
  { section: '8. Gestionnaire principal transfer', rules: range('GP', 5) },
  { section: '9. Pièces jointes', rules: range('PJ', 4) },
  { section: '10. Coordonnées bancaires', rules: range('BNK', 5) },
  { section: '11. Approbations', rules: range('APR', 2) },
  { section: '12. Notifications', rules: range('NOT', 4) },
  { section: '13. Cross-cutting', rules: range('X', 8) },
];

function range(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
}

/** Why a rule has no check over HTTP. */
export type UncheckedReason =
  /** Only an element does it (display, focus, wording). */
  | 'element only'
  /** Outside the kit (DGFiP, invoices). */
  | 'outside the kit'
  /** Needs the backend's mailbox, which the contract does not expose (and a clock the provider state has, for digests). */
  | 'needs the mailbox';

/** A rule of sections 1-13 without a check of its own over HTTP. */
export interface UncheckedRule {
  rule: string;
  reason: UncheckedReason;
  detail: string;
}

/** The rules the suite does not check, with the reason (printed by the runner, listed in the README). */
export const NOT_CHECKED: readonly UncheckedRule[] = [
  { rule: 'ID-2', reason: 'outside the kit', detail: 'accounts are created and deleted by DGFiP correspondents' },
  {
    rule: 'ACC-3',
    reason: 'element only',
    detail: 'Valider/Annuler, error summary, focus; the backend’s half (nothing saved partially) is in ID-3 and X-1',
  },
  {
    rule: 'PJ-4',
    reason: 'element only',
    detail: 'where the attachments are offered (invoice entry, frais de justice, TIC)',
  },
  {
    rule: 'NOT-1',
    reason: 'needs the mailbox',
    detail:
      'daily and weekly digests: the mailbox and a clock (the provider state’s clock covers the time, not the mailbox)',
  },
  { rule: 'NOT-3', reason: 'needs the mailbox', detail: 'who receives the digests' },
  { rule: 'NOT-4', reason: 'needs the mailbox', detail: 'the outbox is a facility of the mock, not of the contract' },
  { rule: 'X-4', reason: 'element only', detail: 'user-provided strings rendered as text' },
  { rule: 'X-6', reason: 'element only', detail: 'date display (storage as ISO 8601 is checked by the schemas)' },
  { rule: 'X-7', reason: 'element only', detail: 'elements refresh when rights change' },
  { rule: 'X-8', reason: 'element only', detail: 'saying why and who can unblock' },
];

/**
 * Parts of checked rules that stay unchecked, for the README and the report: an element's part, or a
 * time the provider state's clock must move (checked with it, "not applicable" without).
 */
export const PARTLY_CHECKED: readonly UncheckedRule[] = [
  { rule: 'ID-1', reason: 'element only', detail: 'no login form' },
  { rule: 'ACC-7', reason: 'element only', detail: 'the reload offer keeping what was typed' },
  { rule: 'RAT-1', reason: 'element only', detail: 'tick boxes and the confirmation listing the structures' },
  { rule: 'RAT-4', reason: 'element only', detail: '"Structure 2 sur 3" screens' },
  {
    rule: 'DEA-3',
    reason: 'needs the mailbox',
    detail: 'following the single-use link; its 24 h expiry also needs a clock',
  },
  {
    rule: 'PJ-3',
    reason: 'element only',
    detail: 'upload progress and cancel (list, edit, download, delete are the contract’s)',
  },
  { rule: 'BNK-5', reason: 'element only', detail: 'the notice that paying on them is not guaranteed' },
  { rule: 'X-5', reason: 'element only', detail: 'a failed write leaves the form filled' },
];

/** The SPEC section of a rule id (undefined for an id outside sections 1-13). */
export const sectionOf = (rule: string): string | undefined =>
  SPEC_SECTIONS.find((s) => s.rules.includes(rule))?.section;

/** How many checks each SPEC section has (sections without one count 0), in SPEC order. */
export const checksPerSection = (checks: readonly Check[]): { section: string; checks: number }[] =>
  SPEC_SECTIONS.map(({ section }) => ({ section, checks: checks.filter((c) => sectionOf(c.rule) === section).length }));

/** The rule ids of sections 1-13 that neither a check nor `NOT_CHECKED` covers (empty when complete). */
export const uncoveredRules = (checks: readonly Check[]): string[] =>
  SPEC_SECTIONS.flatMap((s) => s.rules).filter(
    (rule) => !checks.some((c) => c.rule === rule) && !NOT_CHECKED.some((n) => n.rule === rule),
  );

/** The coverage part of the console report: checks per section, then the rules not checkable over HTTP. */
export function coverageReport(checks: readonly Check[]): string {
  return [
    'Checks per SPEC section:',
    ...checksPerSection(checks).map(({ section, checks: n }) => `  ${section}: ${n}`),
    'Not checkable over HTTP:',
    ...NOT_CHECKED.map((n) => `  ${n.rule} (${n.reason}): ${n.detail}`),
  ].join('\n');
}
