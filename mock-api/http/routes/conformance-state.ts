import * as z from 'zod/mini';
import type { Clock } from '../../clock.js';
import { defineRoute, type Route } from '../route.js';

/** A clock that follows another one, moved forward by whole minutes (provider states of the conformance suite). */
export interface ShiftableClock extends Clock {
  /** Moves "now" forward by `minutes`. */
  advance(minutes: number): void;
  /** Back to the underlying clock. */
  rewind(): void;
}

/** Wraps `base` in a clock that provider states can move forward. */
export function shiftableClock(base: Clock): ShiftableClock {
  let offsetMs = 0;
  return {
    now: () => new Date(base.now().getTime() + offsetMs),
    advance: (minutes) => {
      offsetMs += minutes * 60_000;
    },
    rewind: () => {
      offsetMs = 0;
    },
  };
}

/** What a provider state request asks: the reset to the fixture (by default) and/or moving the backend's clock. */
const StateRequest = z.optional(
  z.object({
    /** Back to the fixture and to the real time (default true); `false` only moves the clock. */
    reset: z.optional(z.boolean()),
    /** Minutes to move the backend's clock forward after the reset (STR-4's delay, DEA's 60 days). */
    advanceMinutes: z.optional(z.int().check(z.minimum(0), z.maximum(366 * 24 * 60))),
  }),
);

/** What the backend says once in the state: its "now" (ISO 8601). */
const StateAnswer = z.object({ now: z.string() });

/**
 * `POST /api/__conformance/state`: the provider state of the conformance suite (`cp-kit-conformance`).
 * Puts the backend back to its fixture (the guides' cast) and its clock back to the real time, unless
 * `reset` is `false`; then, when `advanceMinutes` is given, moves its clock forward that far. Test environments only: the mock registers it only when started with
 * `--conformance` (`conformance: true`); a real backend exposes it only in its test environment.
 */
export function conformanceStateRoute(reset: () => void, clock: ShiftableClock): Route {
  return defineRoute({
    method: 'POST',
    path: '/api/__conformance/state',
    operationId: 'setConformanceState',
    summary:
      'Test environments only: resets the backend to the conformance fixture (unless reset is false) and moves its clock forward by advanceMinutes.',
    tag: 'Mock',
    rules: [],
    access: { public: true },
    body: StateRequest,
    response: StateAnswer,
    handle: ({ body }) => {
      if (body?.reset !== false) {
        clock.rewind();
        reset();
      }
      if (body?.advanceMinutes) clock.advance(body.advanceMinutes);
      return { now: clock.now().toISOString() };
    },
  });
}
