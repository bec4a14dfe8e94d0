/**
 * Base64 (RFC 4648) of file contents, the way the API carries pièces jointes (`pieceJointeFichier`,
 * PJ-1): the same synchronous code in browsers and Node (`btoa`/`atob` exist in both), in chunks so
 * that a 4 MB file does not overflow the call stack.
 */

const CHUNK = 0x8000;

/** The base64 text of bytes. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
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
