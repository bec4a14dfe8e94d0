// Property-based fuzzing of every write operation of the mock (a script: `npm run fuzz`).
// In process: ≥ 10,000 generated calls per write operation (`--runs N`, `--seed S`), as every seeded
// user and no one; then a smaller sample over real HTTP against the loopback server (`--http-runs N`).
// Prints per operation: calls, statuses, 5xx, invariant breaks, changes on refusals, errors that are
// not problem+json, rule refusals without a rule id. Exits 1 when any of those is not 0.
import { parseArgs } from 'node:util';
import { manualClock } from '../../mock-api/clock.js';
import { createMockApp } from '../../mock-api/http/app.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { startMockHttpServer } from '../../mock-api/serve.js';
import { fuzzOperation, inProcess, overHttp, writeOperations, type OperationFigures } from './harness.js';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10000' },
    'http-runs': { type: 'string', default: '200' },
    seed: { type: 'string', default: '20261202' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const httpRuns = Number(values['http-runs']);
const seed = Number(values.seed);
const T0 = '2026-03-02T09:00:00.000Z';

const failures = (f: OperationFigures) =>
  f.serverErrors + f.invariantBreaks + f.changesOnRefusal + f.errorsNotProblem + f.ruleRefusalsWithoutRule;
const row = (f: OperationFigures, ms: number) =>
  `${f.operationId.padEnd(28)} ${String(f.calls).padStart(6)}  5xx=${f.serverErrors} inv=${f.invariantBreaks} chg=${f.changesOnRefusal} notProblem=${f.errorsNotProblem} noRule=${f.ruleRefusalsWithoutRule}  ${Object.entries(
    f.statuses,
  )
    .map(([s, n]) => `${s}:${n}`)
    .join(' ')}  (${(ms / 1000).toFixed(1)} s)`;

async function fuzzAll(
  label: string,
  count: number,
  transportOf: (app: ReturnType<typeof createMockApp>) => Promise<{
    transport: Parameters<typeof fuzzOperation>[0]['transport'];
    app: ReturnType<typeof createMockApp>;
    close(): Promise<void>;
  }>,
) {
  console.log(`\n== ${label}: ${count} calls per write operation, seed ${seed} ==`);
  const probe = createMockApp({ seed: guidesCast(new Date(T0)) });
  let total = 0;
  const broken: OperationFigures[] = [];
  for (const route of writeOperations(probe).filter((r) => !values.only || r.operationId === values.only)) {
    const clock = manualClock(T0);
    const app = createMockApp({ seed: guidesCast(clock.now()), clock, onInternalError: () => undefined });
    const target = await transportOf(app);
    const started = performance.now();
    const figures = await fuzzOperation({ app: target.app, transport: target.transport, route, runs: count, seed });
    await target.close();
    console.log(row(figures, performance.now() - started));
    total += figures.calls;
    if (failures(figures) > 0) broken.push(figures);
  }
  console.log(`${label}: ${total} calls, ${broken.length} operation(s) with findings`);
  for (const f of broken)
    for (const e of f.examples)
      console.log(
        `  ${f.operationId} ${e.kind}${e.detail ? ` (${e.detail})` : ''}: ${JSON.stringify(e.call)} → ${e.answer.status} ${e.answer.text.slice(0, 300)}`,
      );
  return broken.length;
}

const inProcessBroken = await fuzzAll('in process (app.admit + app.handle)', runs, async (app) => ({
  app,
  transport: inProcess(app),
  close: async () => undefined,
}));
const httpBroken =
  httpRuns === 0
    ? 0
    : await fuzzAll('over HTTP (loopback server)', httpRuns, async () => {
        const clock = manualClock(T0);
        const running = await startMockHttpServer({
          seed: guidesCast(clock.now()),
          clock,
          onInternalError: () => undefined,
        });
        return { app: running.app, transport: overHttp(running.url), close: () => running.close() };
      });
process.exitCode = inProcessBroken + httpBroken > 0 ? 1 : 0;
