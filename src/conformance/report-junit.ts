import { failureText } from './report-console.js';
import { tally, type CheckResult } from './runner.js';

/** Escapes text for an XML attribute or text node (and drops characters XML 1.0 cannot hold). */
const xml = (text: string) =>
  text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/**
 * The JUnit XML of a run, for the integrator's CI: one `testsuite` per SPEC section, one
 * `testcase` per check (classname = rule id), failures with the full report, not-applicable checks
 * as `skipped` with the reason.
 */
export function junitReport(results: readonly CheckResult[], name = 'cp-kit-conformance'): string {
  const sections = [...new Set(results.map((r) => r.check.section))];
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const suites = sections.map((section) => {
    const own = results.filter((r) => r.check.section === section);
    const counts = tally(own);
    const cases = own.map((r) => {
      const head = `    <testcase classname="${xml(r.check.rule)}" name="${xml(`${r.check.id}: ${r.check.title}`)}" time="${seconds(r.durationMs)}"`;
      if (r.status === 'passed') return `${head}/>`;
      if (r.status === 'not-applicable')
        return `${head}>\n      <skipped message="${xml(r.reason ?? '')}"/>\n    </testcase>`;
      return `${head}>\n      <failure message="${xml(`${r.check.rule}: ${r.reason ?? ''}`)}" type="${xml(r.check.rule)}">${xml(failureText(r))}</failure>\n    </testcase>`;
    });
    const time = own.reduce((sum, r) => sum + r.durationMs, 0);
    return `  <testsuite name="${xml(section)}" tests="${own.length}" failures="${counts.failed}" skipped="${counts.notApplicable}" time="${seconds(time)}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const all = tally(results);
  const time = results.reduce((sum, r) => sum + r.durationMs, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="${xml(name)}" tests="${results.length}" failures="${all.failed}" skipped="${all.notApplicable}" time="${seconds(time)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
