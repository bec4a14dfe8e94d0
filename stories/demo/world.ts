/**
 * The simulated world behind the portal: the embedded mock (a service worker, data kept across
 * reloads), its clock that the visitor moves forward (STR-4's delayed effects, DEA's 60 days, NOT-1's
 * digests) and who is logged in. What a person would otherwise wait for or do in a test is a button.
 */
import { startMockWorker, type MockWorker } from '../../mock-api/browser.js';
import { systemClock } from '../../mock-api/clock.js';
import { shiftableClock } from '../../mock-api/http/routes/conformance-state.js';
import { replayFirstConnection } from '../../mock-api/seed/index.js';
import { CAST_MEMBERS } from './cast.js';

/** Options of the world: tests keep nothing across reloads. */
export interface WorldOptions {
  /** Where MSW's worker script is served (the site's root, which may be a sub-path). */
  serviceWorkerUrl: string;
  /** Keep the data, the clock and the user across reloads (default true). */
  persist?: boolean;
}

/** The running world. */
export interface World {
  readonly mock: MockWorker;
  /** The logged-in user's login. */
  user: string;
  /** The mock's "now". */
  now(): Date;
  /** Moves the mock's clock forward by `minutes`. */
  advance(minutes: number): void;
  /** Puts the data and the clock back to the guides' state. */
  reset(): void;
  /** Puts the logged-in user's account back to its state before the first connection (ACC-1, guide 002). */
  replayFirstConnection(): void;
  /** Stops the mock. */
  stop(): void;
}

const CLOCK_KEY = 'cp-demo-clock-minutes';
const USER_KEY = 'cp-demo-user';

/**
 * Starts the mock with a clock the visitor moves. Not in the mock's demo mode: each person's mailbox
 * holds their own e-mails only, as a real mailbox would (NOT-4).
 */
export async function startWorld(options: WorldOptions): Promise<World> {
  const persist = options.persist ?? true;
  const clock = shiftableClock(systemClock);
  let minutes = persist ? Number(localStorage.getItem(CLOCK_KEY) ?? 0) || 0 : 0;
  clock.advance(minutes);
  const mock = await startMockWorker({
    persist,
    clock,
    serviceWorkerUrl: options.serviceWorkerUrl,
  });
  const saveClock = () => {
    if (persist) localStorage.setItem(CLOCK_KEY, String(minutes));
  };
  let user = (persist && sessionStorage.getItem(USER_KEY)) || CAST_MEMBERS[0]!.login;
  return {
    mock,
    get user() {
      return user;
    },
    set user(login: string) {
      user = login;
      if (persist) sessionStorage.setItem(USER_KEY, login);
    },
    now: () => clock.now(),
    advance(step) {
      minutes += step;
      clock.advance(step);
      saveClock();
    },
    reset() {
      minutes = 0;
      clock.rewind();
      if (persist) localStorage.removeItem(CLOCK_KEY);
      mock.reset();
    },
    replayFirstConnection() {
      replayFirstConnection(mock.app.env.store, user);
    },
    stop: () => mock.stop(),
  };
}
