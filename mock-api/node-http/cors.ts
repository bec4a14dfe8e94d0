import type { IncomingMessage } from 'node:http';

/** Pages on the same machine: `http(s)://localhost`, `127.0.0.1` or `[::1]`, any port. */
const LOOPBACK_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

const ALWAYS = {
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type, idempotency-key, if-match, x-cp-user',
  'access-control-expose-headers':
    'etag, idempotent-replayed, location, content-disposition, retry-after, x-correlation-id',
  vary: 'Origin',
};

/**
 * CORS of the loopback server. The mock's credentials are assertions (`X-CP-User: <login>`,
 * `Bearer token-<name>`): with `Access-Control-Allow-Origin: *` any web page the developer opens
 * could call the mock on his machine as any user. So only pages on the same machine (a dev server on
 * another loopback port) and the origins given (`--cors-origin`) may read its answers; other
 * browser origins get no CORS headers and their preflights fail. Non-browser clients send no Origin
 * and are not concerned.
 */
export function corsHeaders(
  request: Pick<IncomingMessage, 'headers'>,
  allowedOrigins: readonly string[],
): Record<string, string> {
  const origin = request.headers.origin;
  if (origin === undefined) return ALWAYS;
  const allowed = LOOPBACK_ORIGIN.test(origin) || allowedOrigins.includes(origin);
  return allowed ? { ...ALWAYS, 'access-control-allow-origin': origin } : { vary: 'Origin' };
}
