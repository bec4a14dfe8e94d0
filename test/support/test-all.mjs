// Runs the whole suite: type check, static checks (format, lint, import boundaries), Node tests (vitest), browser tests (@web/test-runner in
// Chromium), the packed package in host apps, then prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureChromium } from './chromium.mjs';

process.env.CHROME_PATH = ensureChromium();

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;

/** Runs vitest with `args` and adds its JSON report's counts. */
function vitestStage(name, args) {
  const file = `${out}/${name}.json`;
  const status = run('npx', [
    'vitest',
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ]);
  addCounts(status, file, (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }));
}

/**
 * Adds a stage's counts, read from its report `file` by `countsOf`; a stage that exits non-zero with
 * no failure counted (a crash, a missing report) counts as one failure.
 */
function addCounts(status, file, countsOf) {
  const counts = existsSync(file) ? countsOf(JSON.parse(readFileSync(file, 'utf8'))) : { passed: 0, failed: 0 };
  passed += counts.passed;
  failed += counts.failed;
  if (status !== 0 && counts.failed === 0) failed += 1;
}

console.log('\n== Type check ==');
const tsc = run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (tsc === 0) passed += 1;
else failed += 1;

console.log('\n== Static checks: Prettier, ESLint, import boundaries ==');
for (const [cmd, ...args] of [
  ['npx', 'prettier', '--check', '--log-level', 'warn', '.'],
  ['npx', 'eslint', '.'],
  ['npx', 'depcruise', '--config', '.dependency-cruiser.cjs', 'src', 'mock-api'],
]) {
  if (run(cmd, args) === 0) passed += 1;
  else failed += 1;
}

console.log('\n== Node tests (vitest) ==');
vitestStage('vitest', []);

console.log('\n== Browser tests (@web/test-runner, Chromium) ==');
const wtrFile = `${out}/wtr.json`;
const wtr = run('npx', ['web-test-runner'], { CP_TEST_COUNT_FILE: wtrFile });
addCounts(wtr, wtrFile, (counts) => counts);

console.log('\n== The packed package in host apps (npm pack, install, production build, Chromium) ==');
vitestStage('hosts', ['--config', 'test/hosts/vitest.config.ts']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
