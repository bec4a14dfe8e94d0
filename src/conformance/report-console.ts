import type { Exchange } from './check.js';
import { tally, type CheckResult } from './runner.js';

const exchangeLines = (exchange: Exchange): string[] => {
  const { request, response } = exchange;
  const lines = [`    → ${request.method} ${request.url}`];
  const sentHeaders = Object.entries(request.headers).filter(([name]) =>
    ['authorization', 'x-cp-user', 'if-match', 'idempotency-key', 'accept'].includes(name),
  );
  for (const [name, value] of sentHeaders) lines.push(`      ${name}: ${value}`);
  if (request.body !== undefined) lines.push(`      ${request.body}`);
  if (!response) return [...lines, '    ← (no answer)'];
  lines.push(`    ← ${response.status} ${response.headers['content-type'] ?? ''}`.trimEnd());
  if (response.body) lines.push(`      ${response.body}`);
  return lines;
};

/** The report of one failed check: rule id, what was expected, what came (FR and EN), the exchanges. */
export function failureText(result: CheckResult): string {
  const lines = [
    `✗ ${result.check.id} [${result.check.rule}] ${result.check.title}`,
    `  expected: ${result.expected ?? ''}`,
    `  received: ${result.received ?? result.reason ?? ''}`,
  ];
  if (result.problemText) lines.push(`  FR: ${result.problemText.fr}`, `  EN: ${result.problemText.en}`);
  if (result.exchanges?.length)
    lines.push('  exchanges (last first):', ...[...result.exchanges].reverse().flatMap(exchangeLines));
  return lines.join('\n');
}

/** The console report: one line per check, every failure in full, and the summary line last. */
export function consoleReport(results: readonly CheckResult[]): string {
  const lines = results.map(
    (r) =>
      `${r.status === 'passed' ? '✓' : r.status === 'failed' ? '✗' : '-'} ${r.check.id} (${r.durationMs} ms)${r.status === 'not-applicable' ? `: ${r.reason}` : ''}`,
  );
  const failures = results.filter((r) => r.status === 'failed').map(failureText);
  const { passed, failed, notApplicable } = tally(results);
  return [
    ...lines,
    ...(failures.length ? ['', 'Failures:', ...failures] : []),
    '',
    `${passed} passed, ${failed} failed, ${notApplicable} not applicable`,
  ].join('\n');
}
