import { createContext } from '@lit/context';
import type { CpClient } from './cp-client.js';
import type { SessionClient } from './session-client.js';

/**
 * The @lit/context key under which a host (or a provider element) gives the client to every
 * element below it: `new ContextProvider(host, { context: cpClientContext, initialValue: client })`
 * with any `CpClient`. `<cp-session>` built from its attributes gives a `SessionClient` (the transport
 * only: each element builds the sections it calls); a host's own element reading the context with
 * `@consume({ context: cpClientContext, subscribe: true })` gets the whole client with `toCpClient`.
 */
export const cpClientContext = createContext<CpClient | SessionClient>(Symbol.for('cp-kit.client'));
