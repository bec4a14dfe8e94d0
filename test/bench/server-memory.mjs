// Transport benchmark (a script, not a test): starts `mock-api/serve.ts` in a child process and
// sends it five 50 MB request bodies in parallel, twice: once declared by Content-Length (refused
// from the head, 413) and once chunked (refused while streaming, 413). Prints the server's resident
// memory before, and its peak (VmHWM of /proc) after each round, and whether it still answers.
// Before issue 12 the server buffered every body whole: five in parallel peaked at 509 MB.
// Run: npm run bench:transport (Linux: reads /proc/<pid>/status)
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';

const BODY = 50 * 1024 * 1024;
const PARALLEL = 5;
const JEANE = 'jeane.chaource@cc-chaourcois.fr';

const child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'mock-api/serve.ts', '--port', '0'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
let output = '';
while (!/listening on (\S+)\/api/.test(output)) output += (await once(child.stdout, 'data'))[0].toString();
const base = new URL(/listening on (\S+)\/api/.exec(output)[1]);

// tsx runs the server in a grandchild node process: measure the biggest node process under the child.
const memoryOf = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (name) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
};
const descendants = (pid) => {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(descendants)];
};
const serverPid = () => descendants(child.pid).sort((a, b) => memoryOf(b).rss - memoryOf(a).rss)[0];

/** Sends one 50 MB body and resolves with the status the server answered (or 'closed'). */
function send(chunked) {
  return new Promise((resolve) => {
    const socket = connect(Number(base.port), base.hostname);
    let answer = '';
    socket.on('data', (data) => (answer += data.toString('latin1')));
    socket.on('error', () => undefined);
    socket.on('close', () => resolve(/^HTTP\/1\.1 (\d+)/.exec(answer)?.[1] ?? 'closed'));
    socket.write(
      `POST /api/me/attachments HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\n${chunked ? 'Transfer-Encoding: chunked' : `Content-Length: ${BODY}`}\r\n\r\n`,
    );
    const piece = Buffer.alloc(1024 * 1024, 'A');
    let sent = 0;
    const pump = () => {
      while (sent < BODY && !socket.destroyed) {
        sent += piece.length;
        const ok = socket.write(
          chunked
            ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
            : piece,
        );
        if (!ok) return void socket.once('drain', pump);
      }
      if (!socket.destroyed) socket.end(chunked ? '0\r\n\r\n' : undefined);
    };
    pump();
  });
}

const pid = serverPid();
console.log(`server RSS at rest: ${memoryOf(pid).rss.toFixed(0)} MB`);
for (const chunked of [false, true]) {
  const statuses = await Promise.all(Array.from({ length: PARALLEL }, () => send(chunked)));
  const alive = (await fetch(`${base.origin}/api/me`, { headers: { 'x-cp-user': JEANE } })).status;
  console.log(
    `${PARALLEL} × 50 MB ${chunked ? 'chunked' : 'with Content-Length'}: answers ${statuses.join(', ')}; peak server RSS so far ${memoryOf(pid).peak.toFixed(0)} MB; GET /api/me after: ${alive}`,
  );
}
child.kill('SIGTERM');
await once(child, 'exit');
