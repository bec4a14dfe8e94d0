import type { Bilingual } from '../domain/schemas/index.js';
import { CheckFailure, NotApplicable, type Check, type Exchange } from './check.js';
import { createCheckContext } from './context.js';
import type { Credentials } from './credentials.js';
import type { ProviderState } from './provider-state.js';

/** The outcome of one check. */
export interface CheckResult {
  check: Check;
  status: 'passed' | 'failed' | 'not-applicable';
  durationMs: number;
  /** Why it failed or was not applicable. */
  reason?: string;
  expected?: string;
  received?: string;
  /** The FR and EN messages of the problem+json that came instead of what was expected. */
  problemText?: Bilingual;
  /** The last exchanges before the failure (request sent, answer received). */
  exchanges?: readonly Exchange[];
}

/** How to run checks against a backend. */
export interface RunOptions {
  baseUrl: string;
  credentials: Credentials;
  state: ProviderState;
  /** Whether the provider state can move the backend's clock (default true). */
  clock?: boolean;
  fetch?: typeof fetch;
  /** Told of each result as it comes (console progress). */
  onResult?: (result: CheckResult) => void;
}

/** Exchanges kept in a failure's report. */
const EXCHANGES_SHOWN = 3;

/**
 * Runs checks one after another, each from the fixture state (the provider state is set before each),
 * and gives one result per check. A check throwing something other than `CheckFailure` or
 * `NotApplicable` fails with that error as the reason.
 */
export async function runChecks(checks: readonly Check[], options: RunOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const check of checks) {
    const started = performance.now();
    const result = await runOne(check, options);
    const done: CheckResult = { ...result, check, durationMs: Math.round(performance.now() - started) };
    results.push(done);
    options.onResult?.(done);
  }
  return results;
}

async function runOne(check: Check, options: RunOptions): Promise<Omit<CheckResult, 'check' | 'durationMs'>> {
  if (check.needs?.includes('clock') && options.clock === false)
    return {
      status: 'not-applicable',
      reason: 'not checked: needs a clock (the backend has no provider state that moves its clock)',
    };
  const { now } = await options.state.set();
  const ctx = createCheckContext({
    now,
    baseUrl: options.baseUrl,
    credentials: options.credentials,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.clock === false
      ? {}
      : {
          advanceClock: async (minutes: number) =>
            void (await options.state.set({ reset: false, advanceMinutes: minutes })),
        }),
  });
  try {
    await check.run(ctx);
    return { status: 'passed' };
  } catch (error) {
    if (error instanceof NotApplicable) return { status: 'not-applicable', reason: error.message };
    const exchanges = ctx.exchanges.slice(-EXCHANGES_SHOWN);
    if (error instanceof CheckFailure) {
      return {
        status: 'failed',
        reason: error.message,
        expected: error.expected,
        received: error.received,
        exchanges,
        ...(error.problemText ? { problemText: error.problemText } : {}),
      };
    }
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const problemText = (error as { text?: Bilingual } | null)?.text;
    return {
      status: 'failed',
      reason,
      expected: 'the check to run to its end',
      received: reason,
      exchanges,
      ...(problemText?.fr ? { problemText } : {}),
    };
  }
}

/** Counts of a run. */
export const tally = (results: readonly CheckResult[]) => ({
  passed: results.filter((r) => r.status === 'passed').length,
  failed: results.filter((r) => r.status === 'failed').length,
  notApplicable: results.filter((r) => r.status === 'not-applicable').length,
});
