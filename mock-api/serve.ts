import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
import { asRuleError, logInternalError, problemResponse } from './http/problem.js';
import { wireBody, type HttpRequest, type HttpResponse } from './http/types.js';
import { answerClientError } from './node-http/client-errors.js';
import { corsHeaders } from './node-http/cors.js';
import { readBody } from './node-http/read-body.js';
import { refuse } from './rules/errors.js';
import { guidesCast, withLargeSet } from './seed/index.js';

/** A running loopback HTTP server of the mock. */
export interface MockHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  app: MockApp;
  server: Server;
  close(): Promise<void>;
}

/**
 * Timeouts and sizes of the loopback server's transport (the body limits are per route, in
 * `http/limits.ts`). Each one bounds what a slow or hostile client can hold.
 */
export interface TransportLimits {
  /** Time to receive a request's headers (slowloris): 10 s; then 408 problem+json and the connection closed. */
  headersTimeoutMs: number;
  /** Time to receive a whole request, body included: 60 s (a 5.6 MB upload at 1 Mbit/s takes ~45 s); then 408. */
  requestTimeoutMs: number;
  /** Time an idle keep-alive connection stays open: 5 s (Node's default). */
  keepAliveTimeoutMs: number;
  /** Request line and headers together: 16 KiB (Node's default); longer gives 431 problem+json. */
  maxHeaderBytes: number;
}

/** The limits `npm run mock:serve` runs with. */
export const DEFAULT_TRANSPORT_LIMITS: TransportLimits = {
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 60_000,
  keepAliveTimeoutMs: 5_000,
  maxHeaderBytes: 16 * 1024,
};

/** Options of `startMockHttpServer`. */
export interface MockHttpServerOptions extends MockAppOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default `127.0.0.1`: loopback only). */
  host?: string;
  /** Transport timeouts and sizes, over `DEFAULT_TRANSPORT_LIMITS`. */
  limits?: Partial<TransportLimits>;
  /** Browser origins besides loopback ones whose pages may call the server (CORS, `node-http/cors.ts`). */
  corsOrigins?: readonly string[];
}

/** Path and query of a request target, whether origin-form (`/api/me?x=1`) or absolute-form; never throws. */
function targetOf(url: string): { path: string; query: URLSearchParams } {
  const [beforeFragment = ''] = url.split('#');
  const mark = beforeFragment.indexOf('?');
  let path = mark >= 0 ? beforeFragment.slice(0, mark) : beforeFragment;
  if (!path.startsWith('/')) path = URL.canParse(path) ? new URL(path).pathname : '/';
  return { path, query: new URLSearchParams(mark >= 0 ? beforeFragment.slice(mark + 1) : '') };
}

const headersOf = (req: IncomingMessage): Record<string, string> => {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  return headers;
};

/** Sends an answer; `close` asks the client to open a new connection (the rest of its body is not read). */
function send(res: ServerResponse, response: HttpResponse, close = false): void {
  // Merged by Node with the CORS headers set on arrival.
  res.writeHead(response.status, { ...response.headers, ...(close ? { connection: 'close' } : {}) });
  res.end(wireBody(response));
}

/** Whether a body follows the head (then a refusal closes the connection rather than read it). */
const hasBody = (req: IncomingMessage): boolean =>
  Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * One request: admitted from its head (404, 405, 400, 401, 413 by `Content-Length`, without reading
 * the body), then its body read within the route's limit, then answered by the app. A client that
 * goes away mid-body gets nothing and changes nothing.
 */
async function respond(
  app: MockApp,
  req: IncomingMessage,
  res: ServerResponse,
  expectsContinue: boolean,
): Promise<void> {
  if (req.method === 'OPTIONS') {
    res.writeHead(204).end();
    return;
  }
  const { path, query } = targetOf(req.url ?? '/');
  const head = { method: (req.method ?? 'GET').toUpperCase(), path, headers: headersOf(req) };
  const admission = app.admit(head);
  if ('refusal' in admission) {
    send(res, admission.refusal, hasBody(req));
    return;
  }
  if (expectsContinue) res.writeContinue();
  const read = await readBody(req, admission.bodyLimit);
  if (read.kind === 'aborted') return;
  if (read.kind === 'too-large') {
    send(res, admission.overLimit, true);
    return;
  }
  let bodyText: string;
  try {
    bodyText = utf8.decode(read.bytes);
  } catch {
    send(
      res,
      problemResponse(
        refuse('INVALID', undefined, {
          fr: 'Le corps de la demande n’est pas de l’UTF-8.',
          en: 'The request body is not UTF-8.',
        }),
        path,
      ),
    );
    return;
  }
  const request: HttpRequest = { ...head, query, bodyText: bodyText || undefined };
  send(res, app.handle(request));
}

/**
 * Serves the mock over plain `node:http` (no MSW), for non-browser clients and other languages.
 * Port 0 picks a free port. CORS lets pages on loopback origins (a dev server on another port) and
 * `corsOrigins` call it, no others (`node-http/cors.ts`).
 *
 * Transport guarantees: every request is handled on its own and no failure of one stops the
 * process; body sizes are limited per route from `Content-Length` and while streaming (413 without
 * buffering); headers and requests are timed (408); malformed requests, long addresses and unknown
 * methods get problem+json (400, 431, 405); an internal error answers 500 problem+json with a
 * correlation id and no internal text.
 */
export async function startMockHttpServer(options: MockHttpServerOptions = {}): Promise<MockHttpServer> {
  const onInternal = options.onInternalError ?? logInternalError;
  const app = createMockApp({ ...options, onInternalError: onInternal });
  const limits = { ...DEFAULT_TRANSPORT_LIMITS, ...options.limits };
  const corsOrigins = options.corsOrigins ?? [];
  const handle = (req: IncomingMessage, res: ServerResponse, expectsContinue: boolean) => {
    // A client gone mid-answer makes the socket fail: nothing to tell it, the server goes on.
    res.on('error', () => undefined);
    for (const [name, value] of Object.entries(corsHeaders(req, corsOrigins))) res.setHeader(name, value);
    respond(app, req, res, expectsContinue).catch((error: unknown) => {
      if (res.headersSent) res.destroy();
      else send(res, problemResponse(asRuleError(error, onInternal), req.url), true);
    });
  };
  const server = createServer(
    {
      headersTimeout: limits.headersTimeoutMs,
      requestTimeout: limits.requestTimeoutMs,
      keepAliveTimeout: limits.keepAliveTimeoutMs,
      maxHeaderSize: limits.maxHeaderBytes,
      // How often Node looks for requests past their timeouts.
      connectionsCheckingInterval: Math.min(1_000, limits.headersTimeoutMs / 2),
    },
    (req, res) => handle(req, res, false),
  );
  // `Expect: 100-continue`: the body is asked for only once the head is admitted.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => handle(req, res, true));
  server.on('clientError', (error: Error & { code?: string }, socket) => answerClientError(error, socket, {}));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    app,
    server,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeIdleConnections();
      }),
  };
}

/** Reads `--name value` from command-line arguments. */
const optionOf = (args: readonly string[], name: string): string | undefined => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : undefined;
};

/** Every value of a repeatable `--name value` option. */
const optionsOf = (args: readonly string[], name: string): string[] =>
  args.flatMap((arg, index) => (arg === `--${name}` && args[index + 1] !== undefined ? [args[index + 1]!] : []));

/**
 * The command line of the mock server: `[--port 8787] [--host 127.0.0.1] [--large] [--demo]
 * [--cors-origin https://portail.example]… [--conformance]`. `--demo`: the outbox lists every user's
 * e-mails (for a demo page; never on a shared machine). `--conformance`: the provider-state endpoint
 * of `cp-kit-conformance` (test environments only). Serves the seeded mock until SIGINT or SIGTERM;
 * resolves once it listens (with the running server).
 */
export async function runMockServerCli(args: readonly string[]): Promise<MockHttpServer> {
  const now = new Date();
  const seed = args.includes('--large') ? withLargeSet(guidesCast(now), now) : guidesCast(now);
  const conformance = args.includes('--conformance');
  const demoMode = args.includes('--demo');
  const running = await startMockHttpServer({
    seed,
    conformance,
    demoMode,
    corsOrigins: optionsOf(args, 'cors-origin'),
    port: Number(optionOf(args, 'port') ?? 8787),
    host: optionOf(args, 'host') ?? '127.0.0.1',
  });
  console.log(
    `cp-kit mock API listening on ${running.url}/api (OpenAPI: ${running.url}/api/openapi)${demoMode ? ' — demo mode: the outbox shows every user’s e-mails' : ''}`,
  );
  const stop = () => {
    void running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
    // Stopping ends the requests still open too (a stalled upload), not only the idle connections.
    running.server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return running;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  runMockServerCli(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`cp-kit mock API could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
