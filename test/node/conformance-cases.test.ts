import { describe, it } from 'vitest';
import { CHECKS } from '../../src/conformance/cases/index.js';
import { runCase } from './support/conformance.js';
import { useMock } from './support/mock.js';

const mock = useMock();

/**
 * Every case of the conformance suite, in-process through MSW with the manual clock and the
 * store's invariants checked: the rule tests that used to live in the section files (ACC-7's stale
 * save, X-5's replay and reuse, APR-2's second decision, ID-3's login, RAT-3's warning, ACC-2's field messages,
 * ACC-5's current password, ACC-6's parameters, RAT-4's request fields, RAT-6's MADRHAS rattachement) are these cases now.
 */
describe('conformance cases against the in-process mock', () => {
  // PJ-1 sends two 4 MB files through MSW: a generous limit for loaded machines, not a timing assertion.
  it.each(CHECKS.map((check) => [check.id, check] as const))(
    '%s',
    async (_, check) => {
      await runCase(mock, check);
    },
    30_000,
  );
});
