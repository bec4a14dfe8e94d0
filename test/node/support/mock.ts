import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { manualClock } from '../../../mock-api/clock.js';
import { createMockServer } from '../../../mock-api/node.js';
import { invariantViolations } from '../../../mock-api/rules/invariants.js';
import { CpError, type CpErrorCode } from '../../../src/client/errors.js';
import { createHttpClient, type CpClient, type HttpClientOptions } from '../../../src/client/index.js';

/** Origin the tests' client talks to; MSW intercepts it in the process. */
export const BASE_URL = 'http://cp-kit.test';

/** The instant the tests' clock starts at. */
export const T0 = '2026-03-02T09:00:00.000Z';

/** Seed first names that have a `token-<name>` session. */
export type CastMember =
  'pauline' | 'jeane' | 'marc' | 'sophie' | 'lucas' | 'claire' | 'nicolas' | 'henri' | 'denise' | 'paul';

/**
 * The mock through `msw/node`, the way an integrator's tests use it: seeded with the guides' cast, a
 * manual clock at `T0`, invariants checked after each write; data reset after every test.
 */
export function useMock() {
  const clock = manualClock(T0);
  const mock = createMockServer({ clock, config: { checkInvariants: true } });
  beforeAll(() => mock.server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    mock.server.resetHandlers();
    clock.set(T0);
    mock.app.reset();
  });
  afterAll(() => mock.server.close());
  return {
    ...mock,
    clock,
    store: mock.app.env.store,
    /** A client acting as a member of the cast (bearer token handed by the host, ID-1). */
    clientAs: (who: CastMember, options: HttpClientOptions = {}): CpClient =>
      createHttpClient({ baseUrl: BASE_URL, getToken: () => `token-${who}`, retryDelayMs: 0, ...options }),
    /** Asserts that the store's invariants hold (one GP per structure, no dangling reference…). */
    expectInvariants: () => expect(invariantViolations(mock.app.env.store)).toEqual([]),
  };
}

/** Awaits a call expected to fail and returns its `CpError`, checking its code (and rule when given). */
export async function refusal(call: Promise<unknown>, code: CpErrorCode, rule?: string): Promise<CpError> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'the call should have been refused').toBeInstanceOf(CpError);
  const cpError = error as CpError;
  expect({ code: cpError.code, rule: cpError.rule }).toEqual({ code, rule });
  return cpError;
}
