import { createServer, request as forward, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/**
 * What the proxy does to one request:
 * - `pass`: forwards it and its answer;
 * - `drop-request`: forwards the head and the first bytes of the body, then drops both connections
 *   (the client's upload is cut: nothing reaches the rules);
 * - `drop-answer`: forwards the whole request, then drops the client's connection halfway through the answer;
 * - `close-after-apply`: forwards the whole request, waits for the whole answer, then closes the
 *   client's connection without a byte of it (the write is applied, its answer lost);
 * - `delay`: forwards the request and holds the answer `ms` milliseconds (past the client's timeout);
 * - `502` / `503`: answers as a failing gateway, forwarding nothing.
 */
export type Fault =
  | { kind: 'pass' | 'drop-request' | 'drop-answer' | 'close-after-apply' | '502' | '503' }
  | { kind: 'delay'; ms: number };

/** A fault-injecting HTTP proxy in front of a server: each request takes the next queued fault (`pass` when none is queued). */
export interface FaultProxy {
  url: string;
  /** Queues faults for the next requests, in order. */
  next(...faults: Fault[]): void;
  /** How many requests reached the proxy. */
  readonly seen: number;
  close(): Promise<void>;
}

/** Starts a fault proxy on a free loopback port in front of `target` (`http://127.0.0.1:port`). */
export async function startFaultProxy(target: string): Promise<FaultProxy> {
  const upstream = new URL(target);
  const queue: Fault[] = [];
  let seen = 0;
  const pending = new Set<NodeJS.Timeout>();

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    seen += 1;
    const fault = queue.shift() ?? { kind: 'pass' };
    if (fault.kind === '502' || fault.kind === '503') {
      res.writeHead(Number(fault.kind), { 'content-type': 'text/html' }).end(`<h1>${fault.kind} from the gateway</h1>`);
      req.resume();
      return;
    }
    const out = forward(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const send = () => {
          if (fault.kind === 'close-after-apply') {
            answer.resume();
            answer.on('end', () => res.destroy());
            return;
          }
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          if (fault.kind === 'drop-answer') {
            answer.once('data', (chunk: Buffer) => {
              res.write(chunk.subarray(0, Math.max(1, chunk.length >> 1)));
              res.destroy();
              answer.destroy();
            });
            return;
          }
          answer.pipe(res);
        };
        if (fault.kind === 'delay') {
          answer.pause();
          const timer = setTimeout(() => {
            pending.delete(timer);
            send();
            answer.resume();
          }, fault.ms);
          pending.add(timer);
        } else send();
      },
    );
    out.on('error', () => res.destroy());
    res.on('error', () => undefined);
    if (fault.kind === 'drop-request') {
      req.once('data', (chunk: Buffer) => {
        out.write(chunk.subarray(0, Math.max(1, chunk.length >> 1)));
        out.destroy();
        res.destroy();
      });
      return;
    }
    req.pipe(out);
  };

  const server: Server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    next: (...faults) => void queue.push(...faults),
    get seen() {
      return seen;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of pending) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
