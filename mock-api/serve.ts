import { createServer, type IncomingMessage, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
import { wireBody, type HttpRequest } from './http/types.js';
import { guidesCast, withLargeSet } from './seed/index.js';

/** A running loopback HTTP server of the mock. */
export interface MockHttpServer {
  /** Base URL, e.g. `http://127.0.0.1:41234`. */
  url: string;
  app: MockApp;
  server: Server;
  close(): Promise<void>;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key, if-match, x-cp-user',
  'access-control-expose-headers': 'etag, idempotent-replayed, location, content-disposition',
};

const readBody = (request: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });

/**
 * Serves the mock over plain `node:http` (no MSW), for non-browser clients and other languages.
 * Port 0 picks a free port. CORS is open so that a page on another loopback port can call it.
 */
export async function startMockHttpServer(options: MockAppOptions & { port?: number; host?: string } = {}): Promise<MockHttpServer> {
  const app = createMockApp(options);
  const server = createServer((req, res) => {
    void (async () => {
      if (req.method === 'OPTIONS') {
        res.writeHead(204, CORS).end();
        return;
      }
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
      const bodyText = await readBody(req);
      const request: HttpRequest = { method: (req.method ?? 'GET').toUpperCase(), path: url.pathname, query: url.searchParams, headers, bodyText: bodyText || undefined };
      const response = app.handle(request);
      res.writeHead(response.status, { ...CORS, ...response.headers });
      res.end(wireBody(response));
    })();
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://${host}:${port}`,
    app,
    server,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}

/** `npm run mock:serve -- [--port 8787] [--host 127.0.0.1] [--large]`: serves the seeded mock until stopped. */
async function main(args: readonly string[]): Promise<void> {
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  const now = new Date();
  const seed = args.includes('--large') ? withLargeSet(guidesCast(now), now) : guidesCast(now);
  const running = await startMockHttpServer({ seed, port: Number(option('port') ?? 8787), host: option('host') ?? '127.0.0.1' });
  console.log(`cp-kit mock API listening on ${running.url}/api (OpenAPI: ${running.url}/api/openapi)`);
  const stop = () => void running.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) void main(process.argv.slice(2));
