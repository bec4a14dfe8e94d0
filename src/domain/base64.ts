/**
 * Base64 (RFC 4648) of file contents, the way the API carries pièces jointes (`pieceJointeFichier`,
 * PJ-1): the same synchronous code in browsers and Node (`btoa`/`atob` exist in both), in chunks so
 * that a 4 MB file neither overflows the call stack nor builds one huge binary string.
 */

/** Bytes encoded per `btoa` call: a multiple of 3, so that the pieces join without padding in between. */
const CHUNK = 3 * 1024;

/** The base64 text of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) {
    parts.push(btoa(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[])));
  }
  return parts.join('');
}

/** The bytes of a base64 text (throws a `DOMException` on characters outside the alphabet). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The number of bytes a padded base64 text decodes to, without decoding it (size checks before work). */
export const base64ByteLength = (base64: string): number => {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
};
