/** The typed client of the cp-kit API. */
export type { AccountApi } from './account-api.js';
export type { ApprobationApi, ApprobationQuery } from './approbation-api.js';
export type {
  AttachmentApi,
  AttachmentListQuery,
  AttachmentScope,
  AttachmentUploadInput,
  UploadOptions,
} from './attachment-api.js';
export type { BankDetailsApi, BankDetailsListQuery, BankDetailsRef } from './bank-details-api.js';
export { newIdempotencyKey, type CallOptions, type ChangeEvent, type ChangeFeed } from './call-options.js';
export { cpClientContext } from './client-context.js';
export type { CpClient } from './cp-client.js';
export type { DeactivationApi } from './deactivation-api.js';
export { CpError, isCpError, type CpErrorCode, type CpErrorInit } from './errors.js';
export type { GpTransferApi, PrincipalStructuresQuery } from './gp-transfer-api.js';
export type { AbonnementQuery, HabilitationApi, HabilitationQuery } from './habilitation-api.js';
export { createHttpClient, toCpClient } from './http-client.js';
export type { InseeApi } from './insee-api.js';
export type { NotificationApi } from './notification-api.js';
export { createOutboxApi, createOutboxClient, type OutboxApi } from './outbox-api.js';
export type {
  MyRattachementsQuery,
  RattachementApi,
  RattachementRef,
  StructureRattachementsQuery,
} from './rattachement-api.js';
export type { ServiceApi, ServiceListQuery } from './service-api.js';
export type { SessionClient } from './session-client.js';
export type { StructureApi, StructureListQuery } from './structure-api.js';
export { HttpTransport, type HttpClientOptions, type Operation } from './transport.js';
export type { UploadProgress } from './xhr-fetch.js';
