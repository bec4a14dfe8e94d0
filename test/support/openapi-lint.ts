/**
 * Lints an OpenAPI document with `@redocly/cli` and the repository's `redocly.yaml` (the recommended
 * ruleset plus a few stricter rules). Used by test/node/openapi-*.test.ts and, run directly, by
 * `npm run lint:openapi` (lints the document the mock serves, stylish output, exit 1 on errors).
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(dirname(createRequire(import.meta.url).resolve('@redocly/cli/package.json')), 'bin/cli.js');

/** One problem redocly reports. */
export interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  /** JSON pointer of the problem in the document (`#/paths/~1api~1me/get`). */
  pointer: string;
}

/** What redocly reports on one document. */
export interface LintReport {
  errors: number;
  warnings: number;
  problems: LintProblem[];
}

/** Runs redocly's `lint` on a document written to a temporary file; resolves with its output. */
async function runLint(
  document: unknown,
  format: 'json' | 'stylish',
  stdio: 'pipe' | 'inherit',
): Promise<{ code: number; stdout: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'cp-kit-openapi-'));
  const file = join(dir, 'openapi.json');
  try {
    await writeFile(file, JSON.stringify(document, null, 2));
    const child = spawn(
      process.execPath,
      [cli, 'lint', file, '--config', join(root, 'redocly.yaml'), `--format=${format}`],
      {
        cwd: root,
        stdio: ['ignore', stdio, stdio],
        // No telemetry, no update notice (also `telemetry: off` in redocly.yaml).
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      },
    );
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr?.resume();
    const code = await new Promise<number>((done, fail) =>
      child.on('error', fail).on('close', (status) => done(status ?? 1)),
    );
    return { code, stdout };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Lints a document and returns redocly's counts and problems. */
export async function lintOpenApi(document: unknown): Promise<LintReport> {
  const { stdout } = await runLint(document, 'json', 'pipe');
  const report = JSON.parse(stdout) as {
    totals: { errors: number; warnings: number };
    problems: { ruleId: string; severity: 'error' | 'warn'; message: string; location: { pointer: string }[] }[];
  };
  return {
    errors: report.totals.errors,
    warnings: report.totals.warnings,
    problems: report.problems.map(({ ruleId, severity, message, location }) => ({
      ruleId,
      severity,
      message,
      pointer: location[0]?.pointer ?? '',
    })),
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { createMockApp } = await import('../../mock-api/http/app.js');
  const { generateOpenApi } = await import('../../mock-api/openapi.js');
  const { code } = await runLint(generateOpenApi(createMockApp().routes), 'stylish', 'inherit');
  process.exit(code);
}
