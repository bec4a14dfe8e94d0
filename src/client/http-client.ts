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
import { createStructureApi } from './structure-api.js';
import { HttpTransport, type HttpClientOptions } from './transport.js';

/**
 * Creates the HTTP implementation of `CpClient` (see `HttpClientOptions`: base URL, fetch, token
 * getter or user header, credentials, timeout, retries). A new section adds one line here.
 */
export function createHttpClient(options: HttpClientOptions = {}): CpClient {
  const http = new HttpTransport(options);
  return {
    onChange: (listener) => http.onChange(listener),
    ...createAccountApi(http),
    ...createDeactivationApi(http),
    ...createStructureApi(http),
    ...createServiceApi(http),
    ...createRattachementApi(http),
    ...createHabilitationApi(http),
    ...createApprobationApi(http),
    ...createGpTransferApi(http),
    ...createInseeApi(http),
    ...createAttachmentApi(http),
    ...createBankDetailsApi(http),
    ...createNotificationApi(http),
  };
}
