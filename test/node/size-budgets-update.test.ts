import { describe, expect, it } from 'vitest';
import { budgetFor, updateBudgets } from '../bench/size-budgets.js';

// `npm run bench:size -- --update` sets each budget to the measured initial load rounded up to
// 0.1 kB, in the file's own format, so a reader's diff shows only the figures that moved.
describe('size budgets update (npm run bench:size -- --update)', () => {
  it('rounds the measured kB up to the next 0.1, never down; an exact tenth stays', () => {
    expect(budgetFor(36_865)).toBe(36.1); // 36.001 kB
    expect(budgetFor(37_478)).toBe(36.6); // 36.5996 kB
    expect(budgetFor(36_864)).toBe(36); // 36 kB exactly
    expect(budgetFor(32_268)).toBe(31.6); // 31.512 kB
  });

  it('rewrites only the budgets of the entries measured, with one decimal, keeping goals, order and layout', () => {
    const text = `{
  "cp-iban-input": { "budget": 19.6, "goal": 14 },
  "cp-session": { "budget": 16.9 },
  "host page": { "budget": 50.0, "goal": 45 }
}
`;
    const measured = new Map([
      ['cp-iban-input', 19_999], // 19.53 kB
      ['host page', 36_813], // 35.95 kB
      ['lion-input-iban', 32_051], // no budget: stays out
    ]);
    expect(updateBudgets(text, measured)).toBe(`{
  "cp-iban-input": { "budget": 19.6, "goal": 14 },
  "cp-session": { "budget": 16.9 },
  "host page": { "budget": 36.0, "goal": 45 }
}
`);
  });
});
