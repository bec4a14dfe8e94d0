import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { IdempotencyRecord } from '../records.js';
import { refuse } from '../rules/errors.js';
import type { Store } from '../store.js';
import type { HttpRequest, HttpResponse } from './types.js';

/** How long an answer is kept for its Idempotency-Key. */
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;

/** Header telling a client that the answer is a replay of an earlier one (X-5). */
export const REPLAYED_HEADER = 'idempotent-replayed';

/** The cache key of a write: who, what, which key. */
export const idempotencyKeyOf = (request: HttpRequest, callerId: number | undefined, key: string): string =>
  `${callerId ?? 'anonymous'} ${request.method} ${request.path} ${key}`;

/** JSON with object keys sorted at every depth: the same value whatever the order its keys were written in. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The canonical text of a body: its canonical JSON, or the text itself when it is not JSON. */
function canonicalBody(text: string | undefined): string {
  if (text === undefined) return '';
  try {
    return canonicalJson(JSON.parse(text));
  } catch {
    return text;
  }
}

/**
 * The fingerprint of a request, to tell a retry from a different request under the same key: the
 * canonical JSON of its body (key order and spacing do not count), its query parameters sorted and
 * its If-Match. Method, path and caller are in the key itself.
 */
export function fingerprintOf(request: HttpRequest): string {
  const query = [...request.query.entries()].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1));
  const text = canonicalJson({
    body: canonicalBody(request.bodyText),
    query,
    ifMatch: request.headers['if-match'] ?? null,
  });
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/**
 * X-5: the answer already given to this key, replayed; or undefined for a new key. The same key
 * with a different body is refused (422).
 */
export function replay(store: Store, key: string, fingerprint: string): HttpResponse | undefined {
  const entry = store.idempotency.find((e) => e.cle === key);
  if (!entry) return undefined;
  if (entry.empreinte !== fingerprint) {
    throw refuse('IDEMPOTENCY_KEY_REUSED', 'X-5', {
      fr: 'Cette clé d’idempotence a déjà servi pour une autre demande.',
      en: 'This idempotency key was already used for another request.',
    });
  }
  return { status: entry.status, headers: { ...entry.headers, [REPLAYED_HEADER]: 'true' }, body: entry.body };
}

/** Keeps the answer of a write under its key, and forgets answers older than the TTL. */
export function remember(store: Store, key: string, fingerprint: string, response: HttpResponse, now: Date): void {
  const limit = now.getTime() - IDEMPOTENCY_TTL_MS;
  for (const old of store.idempotency.filter((e) => new Date(e.date).getTime() < limit))
    store.idempotency.delete(old.idEntree);
  const entry: Omit<IdempotencyRecord, 'idEntree'> = {
    cle: key,
    empreinte: fingerprint,
    status: response.status,
    headers: response.headers,
    body: response.body,
    date: now.toISOString(),
  };
  store.idempotency.insert(entry);
}
