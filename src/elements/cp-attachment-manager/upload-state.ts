import type { CpError } from '../../client/index.js';
import { newIdempotencyKey } from '../../client/index.js';
import type { AttachmentTypeCode } from '../../domain/schemas/index.js';

/** One upload the user asked for: the file, its désignation and type, and the Idempotency-Key of that write. */
export interface UploadAttempt {
  readonly file: File;
  readonly designation: string;
  readonly type: AttachmentTypeCode;
  readonly key: string;
}

/** Where the current upload stands (PJ-3): sending with its progress, cancelled, or failed with the reason. */
export type UploadState =
  | { phase: 'sending'; attempt: UploadAttempt; percent: number; controller: AbortController }
  | { phase: 'cancelled'; attempt: UploadAttempt }
  | { phase: 'failed'; attempt: UploadAttempt; error: CpError };

/**
 * The attempt for this file, désignation and type: the previous one (same Idempotency-Key) when it
 * is the same write tried again after a cancel or a failure, so a write the server did accept is
 * replayed instead of added twice; a new key otherwise.
 */
export function attemptFor(
  previous: UploadAttempt | undefined,
  file: File,
  designation: string,
  type: AttachmentTypeCode,
): UploadAttempt {
  if (previous && previous.file === file && previous.designation === designation && previous.type === type)
    return previous;
  return { file, designation, type, key: newIdempotencyKey() };
}

/** The share of the upload sent, 0 to 100. */
export const percentOf = (loaded: number, total: number | undefined, fallback: number): number =>
  Math.min(100, Math.round((loaded / Math.max(1, total ?? fallback)) * 100));
