import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The mock started from an installed package's `cp-kit-mock` command. */
export interface MockProcess {
  url: string;
  stop(): Promise<void>;
}

/** Runs `cp-kit-mock --port 0` as a host's script would (`npx cp-kit-mock`) and waits for its address. */
export async function startMockBin(hostDir: string): Promise<MockProcess> {
  const child: ChildProcess = spawn(join(hostDir, 'node_modules', '.bin', 'cp-kit-mock'), ['--port', '0'], {
    cwd: hostDir,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  let url = '';
  for await (const line of lines) {
    const found = /https?:\/\/[^\s/]+/.exec(line);
    if (found) {
      url = found[0];
      break;
    }
  }
  if (!url) throw new Error('cp-kit-mock exited without printing its address');
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}
