import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../mock-api/clock.js';
import { createMockApp } from '../../mock-api/http/app.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { startMockHttpServer, type MockHttpServer } from '../../mock-api/serve.js';
import { fuzzOperation, inProcess, overHttp, writeOperations, type OperationFigures } from '../fuzz/harness.js';
import { T0 } from './support/mock.js';

/** Seeded, so a finding replays; `npm run fuzz` runs ≥ 10,000 calls per operation. */
const SEED = 20261202;
const IN_PROCESS_RUNS = 60;
const HTTP_RUNS = 4;

const quiet = () => undefined;
const newApp = () => {
  const clock = manualClock(T0);
  return createMockApp({ seed: guidesCast(clock.now()), clock, onInternalError: quiet });
};

/** What must be 0 after fuzzing, with the first failing calls to reproduce them. */
const findings = (f: OperationFigures) => ({
  serverErrors: f.serverErrors,
  invariantBreaks: f.invariantBreaks,
  changesOnRefusal: f.changesOnRefusal,
  errorsNotProblem: f.errorsNotProblem,
  ruleRefusalsWithoutRule: f.ruleRefusalsWithoutRule,
  examples: f.examples,
});
const NONE = {
  serverErrors: 0,
  invariantBreaks: 0,
  changesOnRefusal: 0,
  errorsNotProblem: 0,
  ruleRefusalsWithoutRule: 0,
  examples: [],
};

describe('fuzzing every write operation in process (X-1, X-2, X-5, invariants; issue 12)', () => {
  const app = newApp();
  for (const route of writeOperations(app)) {
    it(`${route.operationId} (${route.rules.join(', ')}): ${IN_PROCESS_RUNS} generated calls as every seeded user give no 5xx, problem+json errors naming their rule, no invariant broken, nothing changed by a refusal`, async () => {
      const figures = await fuzzOperation({ app, transport: inProcess(app), route, runs: IN_PROCESS_RUNS, seed: SEED });
      expect(figures.calls).toBe(IN_PROCESS_RUNS);
      expect(findings(figures)).toEqual(NONE);
    });
  }
});

describe('fuzzing every write operation over the loopback server (issue 12)', () => {
  let running: MockHttpServer;
  beforeAll(async () => {
    const clock = manualClock(T0);
    running = await startMockHttpServer({ seed: guidesCast(clock.now()), clock, onInternalError: quiet });
  });
  afterAll(() => running.close());

  for (const route of writeOperations(newApp())) {
    it(`${route.operationId}: ${HTTP_RUNS} generated calls over real HTTP give the same guarantees`, async () => {
      const figures = await fuzzOperation({
        app: running.app,
        transport: overHttp(running.url),
        route,
        runs: HTTP_RUNS,
        seed: SEED,
      });
      expect(figures.calls).toBe(HTTP_RUNS);
      expect(findings(figures)).toEqual(NONE);
    });
  }
});
