import type { SetupWorker } from 'msw/browser';
import { startMockWorker, type MockWorker, type MockWorkerOptions } from '../../../mock-api/browser.js';
import type { ManualClock } from '../../../mock-api/clock.js';
import type { MockApp } from '../../../mock-api/http/app.js';
import { setPageLocale, type Locale } from '../../../src/i18n/locale.js';

/** What a browser test file asks of the mock (the browser side of the Node tests' `useMock()`). */
export interface UseMockWorkerOptions extends Omit<MockWorkerOptions, 'persist' | 'clock'> {
  /** The mock's clock; set back to the real time after each test. */
  clock?: ManualClock;
  /**
   * The host's language, chosen before the tests and set again after each one (ACC-6 itself, the
   * user's saved language, is tested in cp-session, which leaves this out).
   */
  locale?: Locale;
  /** Sees every request the page sends, before the mock answers it (to prove what reached the network). */
  onRequest?: (event: { request: Request }) => void;
}

/** The running mock of a test file; usable from the tests and hooks, once `before` has run. */
export interface MockWorkerHandle {
  readonly app: MockApp;
  readonly worker: SetupWorker;
  /** Puts the data back to the seed (done after each test anyway). */
  reset(): void;
}

/**
 * The mock as a service worker for the tests of one `describe`: started once before its tests, not
 * persisted; after each test the handlers a test added (`worker.use`) are dropped, the data goes back
 * to the seed, the clock to now and the page to the host's language; stopped after the last test.
 */
export function useMockWorker(options: UseMockWorkerOptions = {}): MockWorkerHandle {
  const { clock, locale, onRequest, ...workerOptions } = options;
  let running: MockWorker | undefined;
  const mock = (): MockWorker => {
    if (!running) throw new Error('the mock worker starts in `before`: use it from a test or a hook');
    return running;
  };
  before(async () => {
    if (locale) setPageLocale(locale);
    running = await startMockWorker({ ...workerOptions, persist: false, ...(clock ? { clock } : {}) });
    if (onRequest) running.worker.events.on('request:start', onRequest);
  });
  afterEach(() => {
    mock().worker.resetHandlers();
    if (clock) clock.set(new Date());
    mock().reset();
    if (locale) setPageLocale(locale);
  });
  after(() => {
    if (onRequest) mock().worker.events.removeListener('request:start', onRequest);
    mock().stop();
    running = undefined;
  });
  return {
    get app() {
      return mock().app;
    },
    get worker() {
      return mock().worker;
    },
    reset: () => mock().reset(),
  };
}
