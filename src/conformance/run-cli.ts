/**
 * The command line of the conformance suite, `npx cp-kit-conformance --base-url URL [--credentials file.json] [--junit report.xml] [--no-clock] [--only RAT-7,APR-2]`:
 * prints how many checks each SPEC section has and which rules are not checkable over HTTP (and why),
 * runs the contract's checks against a backend over HTTP and exits non-zero when one fails.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHECKS } from './cases/index.js';
import { coverageReport } from './coverage.js';
import { MOCK_CREDENTIALS, parseCredentials } from './credentials.js';
import { httpProviderState } from './provider-state.js';
import { consoleReport } from './report-console.js';
import { junitReport } from './report-junit.js';
import { runChecks, tally } from './runner.js';

const USAGE =
  'usage: cp-kit-conformance --base-url URL [--credentials file.json] [--junit report.xml] [--no-clock] [--only RULE,RULE]';

/** Runs the command line; resolves with the exit code. */
export async function runConformanceCli(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    options: {
      'base-url': { type: 'string' },
      credentials: { type: 'string' },
      junit: { type: 'string' },
      'no-clock': { type: 'boolean', default: false },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const baseUrl = values['base-url'];
  if (values.help || !baseUrl) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  const credentials = values.credentials
    ? parseCredentials(readFileSync(values.credentials, 'utf8'))
    : MOCK_CREDENTIALS;
  const only = values.only?.split(',').map((rule) => rule.trim().toUpperCase());
  const checks = only ? CHECKS.filter((check) => only.includes(check.rule)) : CHECKS;
  console.log(coverageReport(CHECKS));
  const results = await runChecks(checks, {
    baseUrl,
    credentials,
    state: httpProviderState(baseUrl),
    clock: !values['no-clock'],
  });
  console.log(consoleReport(results));
  if (values.junit) writeFileSync(values.junit, junitReport(results));
  return tally(results).failed > 0 ? 1 : 0;
}
