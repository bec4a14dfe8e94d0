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

/** A new random idempotency key (UUID v4), also where `crypto.randomUUID` is unavailable (plain http pages). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
