import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Copies the host app `name` (a folder of `test/hosts/`) outside the repository, so that nothing of
 * ours resolves from it but the package, points its `cp-kit` dependency at the tarball, and installs
 * it with npm as a host team would. Returns the app's folder.
 */
export function installHost(name: string, tarball: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), `cp-kit-host-${name}-`)), name);
  cpSync(new URL(`../${name}`, import.meta.url), dir, { recursive: true });
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { dependencies: Record<string, string> };
  manifest.dependencies['cp-kit'] = `file:${tarball}`;
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return dir;
}

/**
 * Runs an npm script of a host app (its build: type check, then production bundle) in a host's
 * environment: without the test runner's NODE_ENV=test, which would make Vite bundle React's
 * development build.
 */
export function runScript(dir: string, script: string): void {
  const { NODE_ENV: _testRunner, ...env } = process.env;
  execFileSync('npm', ['run', '--silent', script], { cwd: dir, env, stdio: ['ignore', 'inherit', 'inherit'] });
}
