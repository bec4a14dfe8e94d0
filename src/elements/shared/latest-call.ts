/**
 * Runs the latest of a stream of calls: each `schedule()` waits `delayMs` of quiet before starting
 * (debounce), and starting a call aborts the one still in flight (its `AbortSignal`). So typing in a
 * search field never leaves one request per keystroke in flight, and an older answer never replaces
 * a newer one.
 */
export class LatestCall {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #controller: AbortController | undefined;

  constructor(private readonly delayMs: number) {}

  /** Runs `call` after `delayMs` without another `schedule()`/`run()`; cancels the pending and in-flight ones. */
  schedule(call: (signal: AbortSignal) => Promise<void>): void {
    this.cancel();
    this.#timer = setTimeout(() => void this.run(call), this.delayMs);
  }

  /** Runs `call` now, aborting the pending and in-flight ones. */
  run(call: (signal: AbortSignal) => Promise<void>): Promise<void> {
    this.cancel();
    const controller = new AbortController();
    this.#controller = controller;
    return call(controller.signal);
  }

  /** Forgets the pending call and aborts the one in flight. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#controller?.abort();
    this.#controller = undefined;
  }
}
