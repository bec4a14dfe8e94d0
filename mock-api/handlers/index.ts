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
 * The MSW handler of the mock: one for every `/api/...` path, a thin translation to the
 * framework-free `app.handle`, whose routing table answers unknown paths with a problem+json 404
 * and wrong methods with a 405 (`GET /api/openapi` lists the routes). One handler rather than one per
 * route: MSW reads the cookies and matches each handler in turn for every request, which cost more
 * than the mock's own work on a page of a long list. Usable with `setupWorker` (browser) and
 * `setupServer` (Node). A request is admitted from its head first (`app.admit`: 404, 405, 401, body
 * size by `Content-Length`), so a refused body is never read; `app.handle` checks the read body's size again.
 */
export function createHandlers(app: MockApp, options: HandlerOptions = {}): HttpHandler[] {
  const base = options.baseUrl ? escape(options.baseUrl.replace(/\/$/, '')) : '[a-z]+://[^/]+';
  const answer = async ({ request }: { request: Request }) => {
    const admission = app.admit({
      method: request.method.toUpperCase(),
      path: new URL(request.url).pathname,
      headers: headersToRecord(request.headers),
    });
    if ('refusal' in admission) return toFetchResponse(admission.refusal);
    return toFetchResponse(app.handle(await fromFetchRequest(request)));
  };
  // A regular expression rather than a `:name` path: MSW decodes named parameters itself and fails
  // with a 500 on a malformed escape (`%E0%A4%A`); the app decodes them (400).
  return [http.all(new RegExp(`^${base}/api/.*$`), answer)];
}
