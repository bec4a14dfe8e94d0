import { setupServer, type SetupServer } from 'msw/node';
import { createHandlers, type HandlerOptions } from './handlers/index.js';
import { createMockApp, type MockApp, type MockAppOptions } from './http/app.js';

/** The mock in Node through `msw/node`: intercepts `fetch` of the process, the way an integrator's tests use it. */
export interface MockServer {
  app: MockApp;
  server: SetupServer;
}

/**
 * Creates (does not start) the mock for Node: call `server.listen()` before the tests and
 * `server.close()` after; `app.env` gives the store and clock to arrange and inspect data.
 */
export function createMockServer(options: MockAppOptions & HandlerOptions = {}): MockServer {
  const app = createMockApp(options);
  return { app, server: setupServer(...createHandlers(app, options)) };
}
