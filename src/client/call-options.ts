import { randomUuid } from '../domain/random-uuid.js';
/** Per-call options every client method accepts. */
export interface CallOptions {
  /** Cancels the call; it then rejects with a `CpError` of code `ABORTED`. */
  signal?: AbortSignal;
  /**
   * Idempotency-Key of a write. Generated per call when absent; pass the same key to retry a
   * write whose answer was lost: the server replays its first answer instead of writing twice.
   */
  idempotencyKey?: string;
  /** Timeout of this call in ms, overriding the client's. */
  timeoutMs?: number;
}

/** A change the client made on the server, reported to listeners so elements refresh. */
export interface ChangeEvent {
  /** The operation that changed something (`updateMyAccount`). */
  operationId: string;
}

/** Listens to the changes a client makes. */
export interface ChangeFeed {
  /** Calls `listener` after each successful write; returns the function that stops listening. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

/** A new random idempotency key (a UUID v4), also where `crypto.randomUUID` is unavailable (plain http pages). */
export const newIdempotencyKey: () => string = randomUuid;
