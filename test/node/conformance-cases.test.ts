import { describe, it } from 'vitest';
import { CHECKS } from '../../src/conformance/cases/index.js';
import { runCase } from './support/conformance.js';
import { useMock } from './support/mock.js';

const mock = useMock();

/**
 * Every case of the conformance suite, in-process through MSW with the manual clock and the
 * store's invariants checked: the rule tests that used to live in the section files (ACC-7's stale
 * save, X-5's replay and reuse, APR-2's second decision, ID-3's login, RAT-3's warning) are these cases now.
 */
describe('conformance cases against the in-process mock', () => {
  it.each(CHECKS.map((check) => [check.id, check] as const))('%s', async (_, check) => {
    await runCase(mock, check);
  });
});
