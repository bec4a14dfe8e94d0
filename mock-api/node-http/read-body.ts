import type { IncomingMessage } from 'node:http';

/** What reading a request body gave: the bytes, or why there are none. */
export type BodyRead = { kind: 'body'; bytes: Buffer } | { kind: 'too-large' } | { kind: 'aborted' };

/**
 * Reads a request body of at most `limit` bytes, counted while it streams. Never rejects: a client
 * that goes away mid-body gives `aborted` (nothing to answer, nothing applied); a body that grows
 * past the limit gives `too-large` at once, what was read is dropped and the rest is not kept.
 */
export function readBody(request: IncomingMessage, limit: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    let chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      chunks = [];
      request.off('data', onData);
      request.pause();
      resolve({ kind: 'too-large' });
    };
    request.on('data', onData);
    request.once('end', () => resolve({ kind: 'body', bytes: Buffer.concat(chunks, size) }));
    // An aborted request emits 'error' (ECONNRESET) then 'close' before 'end': the first settles.
    request.once('error', () => resolve({ kind: 'aborted' }));
    request.once('close', () => {
      if (!request.complete) resolve({ kind: 'aborted' });
    });
  });
}
