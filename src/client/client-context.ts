import { createContext } from '@lit/context';
import type { CpClient } from './cp-client.js';

/**
 * The @lit/context key under which a host (or a provider element) gives the client to every
 * element below it: `new ContextProvider(host, { context: cpClientContext, initialValue: client })`;
 * elements read it with `@consume({ context: cpClientContext, subscribe: true })`.
 */
export const cpClientContext = createContext<CpClient>(Symbol.for('cp-kit.client'));
