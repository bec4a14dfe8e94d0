import { base64ToBytes, bytesToBase64 } from '../../src/domain/base64.js';
import type { Store } from '../store.js';

/** The bytes of pièces jointes, kept apart from their metadata (base64 in the store, JSON-serialisable). */

/** Stores the bytes of an attachment. */
export function storeContent(store: Store, pieceJointeId: number, bytes: Uint8Array): void {
  store.attachmentContents.insert({ pieceJointeId, base64: bytesToBase64(bytes) });
}

/** The bytes of an attachment. */
export function contentOf(store: Store, pieceJointeId: number): Uint8Array<ArrayBuffer> {
  const record = store.attachmentContents.get(pieceJointeId);
  if (!record) throw new Error(`No content for attachment ${pieceJointeId}`);
  return base64ToBytes(record.base64);
}

/** Forgets the bytes of an attachment. */
export function deleteContent(store: Store, pieceJointeId: number): void {
  if (store.attachmentContents.get(pieceJointeId)) store.attachmentContents.delete(pieceJointeId);
}
