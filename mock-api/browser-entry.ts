/**
 * `cp-kit/mock` in a browser: the mock backend as a service worker (MSW), for a host's dev server,
 * Storybook or browser tests. Serve MSW's worker at the site root first (`npx msw init public`).
 */
export { startMockWorker, type MockWorker, type MockWorkerOptions } from './browser.js';
export { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
export {
  CAST,
  SEED_PASSWORD,
  guidesCast,
  replayFirstConnection,
  withLargeSet,
  type LargeSetOptions,
  type SeedData,
} from './seed/index.js';
