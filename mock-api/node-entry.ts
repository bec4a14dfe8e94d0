/**
 * `cp-kit/mock` in Node: the mock backend through `msw/node` (intercepts the process's `fetch`, for
 * an integrator's tests) and as a loopback HTTP server (for any client, in any language).
 */
export { createMockServer, type MockServer } from './node.js';
export { startMockHttpServer, type MockHttpServer } from './serve.js';
export { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';
export { guidesCast, withLargeSet, replayFirstConnection, CAST, SEED_PASSWORD, type SeedData, type LargeSetOptions } from './seed/index.js';
