import { http, type HttpHandler } from 'msw';
import type { MockApp } from '../http/app.js';
import { fromFetchRequest, toFetchResponse } from '../http/types.js';

/** Options of the MSW handlers. */
export interface HandlerOptions {
  /** Origin (and optional prefix) the API is served at, e.g. `https://portail.example`; any origin by default. */
  baseUrl?: string;
}

/**
 * MSW handlers of the mock: one per route of the routing table (so MSW lists them), each a thin
 * translation to the framework-free `app.handle`, plus a last one answering unknown `/api/...` paths
 * with a problem+json 404 instead of letting them through. Usable with `setupWorker` (browser) and
 * `setupServer` (Node).
 */
export function createHandlers(app: MockApp, options: HandlerOptions = {}): HttpHandler[] {
  const base = options.baseUrl?.replace(/\/$/, '') ?? '*';
  const answer = async ({ request }: { request: Request }) => toFetchResponse(app.handle(await fromFetchRequest(request)));
  const byMethod = { GET: http.get, POST: http.post, PUT: http.put, PATCH: http.patch, DELETE: http.delete } as const;
  return [...app.routes.map((route) => byMethod[route.method](`${base}${route.path}`, answer)), http.all(`${base}/api/*`, answer)];
}
