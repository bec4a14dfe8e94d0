import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { beforeAll, describe, expect, inject, it } from 'vitest';

const tarball = inject('tarball');
let files: string[] = [];

beforeAll(() => {
  files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
  console.log(`cp-kit tarball: ${(statSync(tarball).size / 1024).toFixed(1)} kB packed, ${files.length} files`);
});

describe('the packed package (what npm publish would ship)', () => {
  it('holds the built modules, their types, the CDN build, the manifest, the mock and the licence', () => {
    for (const path of [
      'package/LICENSE',
      'package/README.md',
      'package/CHANGELOG.md',
      'package/custom-elements.json',
      'package/dist/src/index.js',
      'package/dist/src/index.d.ts',
      'package/dist/src/elements/cp-iban-input/cp-iban-input.js',
      'package/dist/mock-api/cli.js',
      'package/dist/mock-api/node-entry.js',
      'package/cdn/cp-iban-input.js',
    ]) {
      expect(files, path).toContain(path);
    }
  });

  it('holds no sources, tests or stories', () => {
    const stray = files.filter(
      (path) => /\.test\.|\/(test|stories)\//.test(path) || (/\.ts$/.test(path) && !/\.d\.ts$/.test(path)),
    );
    expect(stray).toEqual([]);
  });

  it('passes publint with no error and no warning', async () => {
    const buffer = readFileSync(tarball);
    const tar = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball: tar }, level: 'warning', strict: true });
    expect(messages.map((message) => formatMessage(message, pkg))).toEqual([]);
  });

  it('passes Are the Types Wrong (ESM-only profile: every subpath resolves to its types)', () => {
    const run = spawnSync('npx', ['attw', tarball, '--profile', 'esm-only', '--format', 'json'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as {
      analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> };
    };
    expect(Object.keys(report.analysis.entrypoints).length).toBeGreaterThan(15);
    // The package is ESM only, like Lit: the profile leaves out CommonJS `require` and the
    // pre-exports `node10` resolution, which cannot load it by design.
    const esmProblems = report.analysis.problems.filter(
      (problem) => !['node10', 'node16-cjs'].includes(problem.resolutionKind ?? ''),
    );
    expect(esmProblems).toEqual([]);
    expect(run.status).toBe(0);
  });
});
