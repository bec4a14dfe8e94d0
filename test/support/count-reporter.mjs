// A @web/test-runner reporter that writes the number of passed and failed tests to a JSON file
// (path in CP_TEST_COUNT_FILE) so test/support/test-all.mjs can print one closing line.
import { writeFileSync } from 'node:fs';

function tally(suite, counts) {
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites ?? []) tally(child, counts);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) tally(session.testResults, counts);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && (session.errors?.length ?? 0) > 0) counts.failed += 1;
      }
      const file = process.env.CP_TEST_COUNT_FILE;
      if (file) writeFileSync(file, JSON.stringify(counts));
    },
  };
}
