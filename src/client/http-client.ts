import { createAccountApi } from './account-api.js';
import { createApprobationApi } from './approbation-api.js';
import { createAttachmentApi } from './attachment-api.js';
import { createBankDetailsApi } from './bank-details-api.js';
import type { CpClient } from './cp-client.js';
import { createDeactivationApi } from './deactivation-api.js';
import { createGpTransferApi } from './gp-transfer-api.js';
import { createHabilitationApi } from './habilitation-api.js';
import { createInseeApi } from './insee-api.js';
import { createNotificationApi } from './notification-api.js';
import { createRattachementApi } from './rattachement-api.js';
import { createServiceApi } from './service-api.js';
import { createSessionClient, sectionsOf, type SessionClient } from './session-client.js';
import { createStructureApi } from './structure-api.js';
import type { HttpClientOptions } from './transport.js';

/** Every section of `CpClient`; a new section adds one line here. */
const everySection = [
  createAccountApi,
  createDeactivationApi,
  createStructureApi,
  createServiceApi,
  createRattachementApi,
  createHabilitationApi,
  createApprobationApi,
  createGpTransferApi,
  createInseeApi,
  createAttachmentApi,
  createBankDetailsApi,
  createNotificationApi,
] as const;

/**
 * Creates the HTTP implementation of `CpClient` (see `HttpClientOptions`: base URL, fetch, token
 * getter or user header, credentials, timeout, retries).
 */
export function createHttpClient(options: HttpClientOptions = {}): CpClient {
  return toCpClient(createSessionClient(options));
}

/**
 * The whole `CpClient` of what `cpClientContext` holds: a `CpClient` as is, or every section over the
 * transport of the session client `<cp-session>` gives (the same section instances its elements use,
 * so writes through it refresh them, X-7). For a host's own element that reads the context.
 */
export function toCpClient(client: CpClient | SessionClient): CpClient {
  return sectionsOf(client, everySection);
}
