// Runs the whole suite: type check, Node tests (vitest), browser tests (@web/test-runner in
// Chromium), then prints one closing line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';

const out = '.test-results';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;

let passed = 0;
let failed = 0;

console.log('\n== Type check ==');
const tsc = run('npx', ['tsc', '-p', 'tsconfig.json', '--noEmit']);
if (tsc === 0) passed += 1;
else failed += 1;

console.log('\n== Node tests (vitest) ==');
const vitestFile = `${out}/vitest.json`;
const vitest = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestFile}`]);
if (existsSync(vitestFile)) {
  const report = JSON.parse(readFileSync(vitestFile, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (vitest !== 0 && report.numFailedTests === 0) failed += 1;
} else if (vitest !== 0) failed += 1;

console.log('\n== Browser tests (@web/test-runner, Chromium) ==');
const wtrFile = `${out}/wtr.json`;
const wtr = run('npx', ['web-test-runner'], { CP_TEST_COUNT_FILE: wtrFile });
if (existsSync(wtrFile)) {
  const counts = JSON.parse(readFileSync(wtrFile, 'utf8'));
  passed += counts.passed;
  failed += counts.failed;
  if (wtr !== 0 && counts.failed === 0) failed += 1;
} else if (wtr !== 0) failed += 1;

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
