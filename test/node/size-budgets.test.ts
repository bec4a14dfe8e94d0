import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  autoloadedHostPage,
  autoloaderEntry,
  elementEntries,
  hostPageEntry,
  measureEntry,
  root,
  type EntrySize,
} from '../bench/bundle-size.js';

// Issue 16: sizes are deterministic, so each entry's initial load (gzip, built as a host's
// production build would) has a budget in test/bench/size-budgets.json; growing past it fails here.
// A budget is lowered when a cut lands and raised only on purpose, in the same commit as the growth.
const budgets = JSON.parse(readFileSync(join(root, 'test/bench/size-budgets.json'), 'utf8')) as Record<
  string,
  { budget: number; goal?: number }
>;

/** Name, entry, and the lazy modules the page loads before it works (see `measureEntry`). */
const entries: [string, string | typeof hostPageEntry, ((moduleId: string) => boolean)?][] = [
  ...elementEntries(),
  ['host page', hostPageEntry],
  ['whole library', join(root, 'src/index.ts')],
  ['autoloader', autoloaderEntry],
  ['autoloaded host page', autoloaderEntry, autoloadedHostPage],
];

describe(
  'size budgets (gzip kB of the initial load, npm run bench:size prints the breakdown)',
  { timeout: 600_000 },
  () => {
    const sizes = new Map<string, EntrySize>();

    beforeAll(async () => {
      for (const [name, entry, loaded] of entries) sizes.set(name, await measureEntry(entry, loaded));
    }, 600_000);

    it('gives every entry a budget', () => {
      expect(entries.map(([name]) => name).filter((name) => !budgets[name])).toEqual([]);
    });

    it.each(entries.map(([name]) => name))('%s stays within its budget', (name) => {
      const kB = sizes.get(name)!.initial / 1024;
      expect(kB, `${name}: ${kB.toFixed(1)} kB gzip`).toBeLessThanOrEqual(budgets[name]!.budget);
    });
  },
);
