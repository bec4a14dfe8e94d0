import { createReadStream, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A running static site. */
export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Where a static host serves a site, and what it answers for a path that is no file. */
export interface StaticSiteOptions {
  /** The sub-path the site lives under (`/app/`): `root` is served there, anything else is 404. */
  subPath?: string;
  /** The file answered for a path that is no file (a single-page app's `index.html`), instead of 404. */
  fallback?: string;
}

/**
 * Serves `root` as a static host would (no bundler, no rewriting), on a free loopback port; with
 * `apiOrigin`, `/api/…` is passed to that server, as a host's reverse proxy does.
 */
export async function serveStatic(
  root: string,
  apiOrigin?: string,
  { subPath = '/', fallback }: StaticSiteOptions = {},
): Promise<StaticSite> {
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (apiOrigin && path.startsWith('/api/')) {
      const upstream = httpRequest(
        new URL(req.url ?? '/', apiOrigin),
        { method: req.method, headers: req.headers },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    if (!path.startsWith(subPath)) return void res.writeHead(404).end();
    const inSite = path.slice(subPath.length - 1);
    let file = normalize(join(root, inSite.endsWith('/') ? `${inSite}index.html` : inSite));
    const found = file.startsWith(root) && statSync(file, { throwIfNoEntry: false })?.isFile();
    if (!found && fallback) file = join(root, fallback);
    else if (!found) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
