import { http, type HttpHandler } from 'msw';
import type { MockApp } from '../http/app.js';
import { fromFetchRequest, headersToRecord, toFetchResponse } from '../http/types.js';

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Options of the MSW handlers. */
export interface HandlerOptions {
  /** Origin (and optional prefix) the API is served at, e.g. `https://portail.example`; any origin by default. */
  baseUrl?: string;
}

/**
 * MSW handlers of the mock: one per route of the routing table (so MSW lists them), each a thin
 * translation to the framework-free `app.handle`, plus a last one answering unknown `/api/...` paths
 * with a problem+json 404 instead of letting them through. Usable with `setupWorker` (browser) and
 * `setupServer` (Node). A request is admitted from its head first (`app.admit`: 404, 405, 401, body
 * size by `Content-Length`), so a refused body is never read; `app.handle` checks the read body's size again.
 */
export function createHandlers(app: MockApp, options: HandlerOptions = {}): HttpHandler[] {
  const base = options.baseUrl ? escape(options.baseUrl.replace(/\/$/, '')) : '[a-z]+://[^/]+';
  // Regular expressions without groups rather than `:name` paths: MSW decodes named parameters
  // itself and fails with a 500 on a malformed escape (`%E0%A4%A`); the app decodes them (400).
  const pattern = (path: string) => new RegExp(`^${base}${escape(path).replace(/:\w+/g, '[^/]+')}/?$`);
  const answer = async ({ request }: { request: Request }) => {
    const admission = app.admit({
      method: request.method.toUpperCase(),
      path: new URL(request.url).pathname,
      headers: headersToRecord(request.headers),
    });
    if ('refusal' in admission) return toFetchResponse(admission.refusal);
    return toFetchResponse(app.handle(await fromFetchRequest(request)));
  };
  const byMethod = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;
  return [
    ...app.routes.map((route) => byMethod[route.method](pattern(route.path), answer)),
    http.all(new RegExp(`^${base}/api/.*$`), answer),
  ];
}
