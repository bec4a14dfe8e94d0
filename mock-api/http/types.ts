/**
 * The framework-free shape of an HTTP exchange: MSW handlers, the `node:http` server and tests all
 * translate to and from it, so the routing, errors, ETags and idempotency are written once.
 */
export interface HttpRequest {
  method: string;
  /** The path, without query string (`/api/me`). */
  path: string;
  query: URLSearchParams;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The raw body, if any. */
  bodyText?: string;
}

/** An answer: status, headers, and a JSON body (absent for 204), or `raw` bytes or text (a file, a CSV export). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body?: unknown;
  /** A non-JSON body sent as it is; its media type is in `headers`. */
  raw?: string | Uint8Array<ArrayBuffer>;
}

/** The body of an answer as sent on the wire: the raw bytes or text, or the JSON text, or nothing. */
export const wireBody = (response: HttpResponse): string | Uint8Array<ArrayBuffer> | undefined =>
  response.raw ?? (response.body === undefined ? undefined : JSON.stringify(response.body));

/** Reads the headers of a Fetch API `Headers` into the lower-case record of `HttpRequest`. */
export const headersToRecord = (headers: Headers): Record<string, string> => {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name.toLowerCase()] = value;
  });
  return out;
};

/** Builds the Fetch API `Response` of an `HttpResponse`. */
export const toFetchResponse = (response: HttpResponse): Response =>
  new Response(wireBody(response) ?? null, { status: response.status, headers: response.headers });

/** Builds an `HttpRequest` from a Fetch API `Request`. */
export async function fromFetchRequest(request: Request): Promise<HttpRequest> {
  const url = new URL(request.url);
  const bodyText = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text();
  return {
    method: request.method.toUpperCase(),
    path: url.pathname,
    query: url.searchParams,
    headers: headersToRecord(request.headers),
    bodyText: bodyText || undefined,
  };
}
