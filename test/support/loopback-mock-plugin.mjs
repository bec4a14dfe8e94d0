// A @web/test-runner plugin that gives browser tests the mock's real loopback HTTP server
// (`mock-api/serve.ts`, no MSW) behind a throttling proxy, so that an upload takes long enough to be
// cancelled by the user while its body is still on the way (issue 12: aborted uploads).
// Browser tests call `executeServerCommand('loopback-mock')` → { url } (the proxy's base URL).
// The server is started on the first call only, in a child process, and stopped with the runner.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent, createServer, request as forward } from 'node:http';

/** Bytes forwarded per step and the pause between steps: ~2.5 MB/s, a 5.6 MB upload takes ~2 s. */
const STEP_PAUSE_MS = 25;

/** Forwards every request to `target`, reading request bodies slowly; a client that goes away cuts the upstream request too. */
function startThrottlingProxy(target) {
  const upstream = new URL(target);
  // One connection per request: nothing kept open to the server once an answer is through.
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    const out = forward(
      { agent, host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    res.on('error', () => undefined);
    req.on('data', (chunk) => {
      out.write(chunk);
      req.pause();
      setTimeout(() => req.resume(), STEP_PAUSE_MS);
    });
    req.on('end', () => out.end());
    req.on('close', () => {
      if (!req.complete) out.destroy();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export function loopbackMockPlugin() {
  let started;
  let child;
  let proxy;
  const start = async () => {
    child = spawn(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'mock-api/serve.ts', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    while (!/listening on (\S+)\/api/.test(output)) output += (await once(child.stdout, 'data'))[0].toString();
    const serverUrl = /listening on (\S+)\/api/.exec(output)[1];
    proxy = await startThrottlingProxy(serverUrl);
    return { url: `http://127.0.0.1:${proxy.address().port}`, server: serverUrl };
  };
  return {
    name: 'cp-loopback-mock',
    async executeCommand({ command }) {
      if (command !== 'loopback-mock') return undefined;
      started ??= start();
      return started;
    },
    async serverStop() {
      proxy?.closeAllConnections();
      proxy?.close();
      if (child && child.exitCode === null) {
        const exited = once(child, 'exit');
        child.kill('SIGTERM');
        // A server that does not stop within 5 s is killed: the runner must never hang on it.
        const stuck = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(stuck);
      }
    },
  };
}
