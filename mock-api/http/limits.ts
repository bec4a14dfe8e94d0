import type { MockConfig } from '../rules/context.js';
import type { Route } from './route.js';

/**
 * Largest body of a route that carries no file: 64 KiB. The largest legitimate request of the
 * contract (an account or structure form, a list of profiles) is a few KiB; anything bigger is a
 * mistake or an attack, refused before it is read.
 */
export const SMALL_BODY_LIMIT_BYTES = 64 * 1024;

/** Room for the JSON around a file's base64 content (name, désignation, type, punctuation). */
export const UPLOAD_ENVELOPE_BYTES = 16 * 1024;

/** Length of the base64 text of `bytes` bytes (4 characters per 3 bytes, padded). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/**
 * The largest body `route` takes, in bytes: none for a route that declares no body, the PJ-1 file
 * limit in base64 plus its envelope for a route that carries a file (4 MiB → 5.6 MB), 64 KiB
 * elsewhere. Checked from `Content-Length` before reading and again while the body streams.
 */
export function bodyLimitOf(route: Route, config: Pick<MockConfig, 'maxAttachmentBytes'>): number {
  if (!route.body) return 0;
  return route.carriesFile ? base64Length(config.maxAttachmentBytes) + UPLOAD_ENVELOPE_BYTES : SMALL_BODY_LIMIT_BYTES;
}

/** UTF-8 length of a text, in bytes, without encoding it when its length alone decides. */
export function utf8Length(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length;
  return new TextEncoder().encode(text).byteLength;
}
