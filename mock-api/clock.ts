/**
 * The mock's notion of "now", injected everywhere a rule needs time (delayed effects of STR-4, the
 * 60-day window of DEA-3, link expiry), so tests move time instead of waiting.
 */
export interface Clock {
  /** The current instant. */
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that only moves when told to: for tests and reproducible demos. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void;
  /** Sets the current instant. */
  set(instant: Date | string): void;
}

/** Creates a manual clock starting at `start`. */
export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance: (ms) => {
      current += ms;
    },
    set: (instant) => {
      current = new Date(instant).getTime();
    },
  };
}

/** One day in milliseconds. */
export const DAY_MS = 24 * 60 * 60 * 1000;
