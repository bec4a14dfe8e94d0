import { isCpError, newIdempotencyKey } from '../../client/index.js';

/**
 * The Idempotency-Key of an element's writes: a retry of the same write (same request) after
 * a failure that may not have reached the server reuses the key of the failed attempt, so the
 * server never applies it twice; any other write gets a new key.
 */
export class RetryKey {
  #last: { body: string; key: string } | undefined;

  /** The key to send for `write` (anything JSON-serialisable that identifies the request). */
  keyFor(write: unknown): string {
    const body = JSON.stringify(write);
    const key = this.#last?.body === body ? this.#last.key : newIdempotencyKey();
    this.#last = { body, key };
    return key;
  }

  /** After an attempt: the key is kept only when the error says trying again may succeed. */
  settle(error?: unknown): void {
    if (!(isCpError(error) && error.retryable)) this.#last = undefined;
  }

  /** Runs one attempt of `write` under its key (`keyFor`), then settles the key with the outcome (`settle`). */
  async attempt<T>(write: unknown, call: (idempotencyKey: string) => Promise<T>): Promise<T> {
    try {
      const result = await call(this.keyFor(write));
      this.settle();
      return result;
    } catch (error) {
      this.settle(error);
      throw error;
    }
  }

  /** Forgets the last attempt (the user left the form). */
  forget(): void {
    this.#last = undefined;
  }
}
