// The size budgets of test/bench/size-budgets.json, as `npm run bench:size -- --update` rewrites
// them: each entry's budget becomes its measured initial load rounded up to the next 0.1 kB.

/** The budget that an initial load of `bytes` (gzip) just fits: kB rounded up to 0.1. */
export const budgetFor = (bytes: number): number => Math.ceil((bytes / 1024) * 10) / 10;

/**
 * `text` (the budgets file) with the budget of each entry in `initial` (name → gzip bytes of its
 * initial load) set to {@link budgetFor} it, written with one decimal (`36.0`, not `36`). Every
 * other byte stays: the order of the entries, their goals, entries not measured, the layout.
 */
export function updateBudgets(text: string, initial: ReadonlyMap<string, number>): string {
  return text.replace(/^(\s*"([^"]+)":\s*\{\s*"budget":\s*)(\d+(?:\.\d+)?)/gm, (line, head: string, name: string) => {
    const bytes = initial.get(name);
    return bytes === undefined ? line : `${head}${budgetFor(bytes).toFixed(1)}`;
  });
}
