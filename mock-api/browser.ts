import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type HandlerOptions } from './handlers/index.js';
import { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
import type { SeedData } from './seed/index.js';

/** Options of the browser mock. */
export interface MockWorkerOptions extends MockAppOptions, HandlerOptions {
  /** Keep the data in `localStorage` across reloads (default true). */
  persist?: boolean;
  /** `localStorage` key of the persisted data. */
  storageKey?: string;
  /** Log intercepted requests in the console (default false). */
  verbose?: boolean;
  /**
   * URL of MSW's worker script (default `/mockServiceWorker.js`, at the site root); a site served under
   * a sub-path gives its own (`/demo/mockServiceWorker.js`), the worker then controls that sub-path.
   */
  serviceWorkerUrl?: string;
}

/** The running browser mock. */
export interface MockWorker {
  app: MockApp;
  worker: SetupWorker;
  /** Puts the data back to the seed and forgets the persisted copy. */
  reset(): void;
  /** Stops intercepting. */
  stop(): void;
}

/**
 * Starts the mock as a service worker (`/mockServiceWorker.js` must be served at the site root,
 * see TOOLCHAIN.md, or where `serviceWorkerUrl` says). With `persist`, the data survives reloads through `localStorage`.
 */
export async function startMockWorker(options: MockWorkerOptions = {}): Promise<MockWorker> {
  const key = options.storageKey ?? 'cp-kit-mock';
  const persist = options.persist ?? true;
  let app: MockApp | undefined;
  const save = () => {
    if (!persist || !app) return;
    try {
      localStorage.setItem(
        key,
        JSON.stringify({ snapshot: app.env.store.snapshot(), insee: app.env.insee.all() } satisfies SeedData),
      );
    } catch (error) {
      // Over the storage quota (large attachments): the write stands in memory, only the copy for the
      // next reload is skipped.
      console.warn('cp-kit mock: the data could not be kept for the next reload', error);
    }
  };
  app = createMockApp({ ...options, onCommit: save });
  const saved = persist ? localStorage.getItem(key) : null;
  if (saved) {
    const data = JSON.parse(saved) as SeedData;
    app.env.store.restore(data.snapshot);
    app.env.insee.reset(data.insee);
  }
  const worker = setupWorker(...createHandlers(app, options));
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: !options.verbose,
    serviceWorker: { url: options.serviceWorkerUrl ?? '/mockServiceWorker.js' },
  });
  const running = app;
  return {
    app: running,
    worker,
    reset() {
      running.reset();
      localStorage.removeItem(key);
    },
    stop: () => worker.stop(),
  };
}
