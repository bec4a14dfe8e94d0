import type { Check } from '../../../src/conformance/check.js';
import { createCheckContext } from '../../../src/conformance/context.js';
import { MOCK_CREDENTIALS } from '../../../src/conformance/credentials.js';
import { BASE_URL, type useMock } from './mock.js';

/**
 * Runs a conformance case (`src/conformance/cases/`) against the in-process mock of `useMock()`:
 * the same case the suite runs over HTTP against any backend, here with the manual clock and the
 * store's invariants checked after it. A rule's case is written once and runs in both.
 */
export async function runCase(mock: ReturnType<typeof useMock>, check: Check): Promise<void> {
  const ctx = createCheckContext({
    baseUrl: BASE_URL,
    credentials: MOCK_CREDENTIALS,
    now: mock.clock.now().toISOString(),
    advanceClock: async (minutes) => mock.clock.advance(minutes * 60_000),
  });
  await check.run(ctx);
  mock.expectInvariants();
}
