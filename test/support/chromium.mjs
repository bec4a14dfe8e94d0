// Finds Debian's Chromium for the browser tests; installs it when it can (root with apt-get), as
// `.ci/run` does, or says the one command to run. No browser is ever downloaded.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const INSTALL = 'apt-get update && apt-get install -y chromium';

/** Returns the path of a Chromium to use, or exits with the command that installs one. */
export function ensureChromium() {
  const path = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  if (existsSync(path)) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  const apt = spawnSync('sh', ['-c', 'command -v apt-get'], { encoding: 'utf8' }).status === 0;
  if (!process.env.CHROME_PATH && root && apt) {
    console.log(`\n== Installing Debian's Chromium (${INSTALL}) ==`);
    const install = spawnSync('sh', ['-c', INSTALL], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (install.status === 0 && existsSync(path)) return path;
  }
  console.error(
    `\nNo Chromium at ${path}. Install Debian's Chromium first:\n\n  sudo ${INSTALL}\n\n(or set CHROME_PATH to a Chromium binary)`,
  );
  process.exit(1);
}
