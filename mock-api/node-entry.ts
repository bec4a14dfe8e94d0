/**
 * `cp-kit/mock` in Node: the mock backend through `msw/node` (intercepts the process's `fetch`, for
 * an integrator's tests) and as a loopback HTTP server (for any client, in any language).
 */
export { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
export { createMockServer, type MockServer } from './node.js';
export {
  CAST,
  SEED_PASSWORD,
  guidesCast,
  replayFirstConnection,
  withLargeSet,
  type LargeSetOptions,
  type SeedData,
} from './seed/index.js';
export { startMockHttpServer, type MockHttpServer } from './serve.js';
