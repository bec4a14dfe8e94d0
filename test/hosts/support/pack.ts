import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Packs the package as `npm publish` would (its `prepack` builds `dist/` and `cdn/`) into a fresh
 * folder outside the repository, and returns the tarball's path.
 */
export function packTarball(root: string): string {
  const destination = mkdtempSync(join(tmpdir(), 'cp-kit-pack-'));
  const output = execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // The build's own output (prepack) comes first on stdout; npm's JSON report is the last block.
  const report = output.slice(output.lastIndexOf('\n[\n') + 1);
  const [info] = JSON.parse(report) as [{ filename: string }];
  return join(destination, info.filename);
}
