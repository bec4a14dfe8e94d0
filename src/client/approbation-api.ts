import {
  ApprobationBulkResult,
  ApprobationCount,
  ApprobationView,
  pageOf,
  type ApprobationBulkDecision,
  type ApprobationDecision,
  type ApprobationState,
  type ApprobationType,
  type Page,
  type PageQueryInput,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

const ApprobationPage = pageOf(ApprobationView);

/** Filters of the approvals inbox (APR-1). */
export interface ApprobationQuery extends PageQueryInput {
  etat?: ApprobationState;
  type?: ApprobationType;
  idStructureCPP?: number;
}

/** The approvals inbox of managers (SPEC §11). */
export interface ApprobationApi {
  /**
   * The requests addressed to the caller as a manager (APR-1), each with its number (`numero`,
   * "RITM0012345") and, once decided, its approver (`decideur`) and `dateDecision`; sort on
   * `dateCreation`, `etat`, `type`, `demandeur`, `designationStructure`, `numero`, `decideur`, `dateDecision`.
   */
  listApprobations(query?: ApprobationQuery, options?: CallOptions): Promise<Page<ApprobationView>>;
  /** How many requests wait for the caller's decision, for a host badge "APPROBATIONS n" (APR-1). */
  countApprobations(options?: CallOptions): Promise<ApprobationCount>;
  /** One request with its details (APR-2), for those who decide it and its demandeur. */
  getApprobation(input: { idApprobation: number }, options?: CallOptions): Promise<ApprobationView>;
  /**
   * Approves or refuses (APR-2): a comment is required to refuse (`INVALID` on `commentaire`);
   * deciding twice rejects with `STATE_CONFLICT` (409); only the structure's managers decide (`FORBIDDEN`).
   */
  decideApprobation(
    input: ApprobationDecision & { idApprobation: number },
    options?: CallOptions,
  ): Promise<ApprobationView>;
  /** The same decision on several requests; each outcome is reported, one refusal does not stop the others (APR-2). */
  decideApprobations(input: ApprobationBulkDecision, options?: CallOptions): Promise<ApprobationBulkResult>;
}

/** The HTTP implementation of `ApprobationApi`. */
export const createApprobationApi = (http: HttpTransport): ApprobationApi => ({
  listApprobations: (query = {}, options) =>
    http.request(
      {
        operationId: 'listApprobations',
        method: 'GET',
        path: '/api/approbations',
        query: { ...query },
        response: ApprobationPage,
      },
      options,
    ),
  countApprobations: (options) =>
    http.request(
      { operationId: 'countApprobations', method: 'GET', path: '/api/approbations/count', response: ApprobationCount },
      options,
    ),
  getApprobation: ({ idApprobation }, options) =>
    http.request(
      {
        operationId: 'getApprobation',
        method: 'GET',
        path: `/api/approbations/${idApprobation}`,
        response: ApprobationView,
      },
      options,
    ),
  decideApprobation: ({ idApprobation, ...input }, options) =>
    http.request(
      {
        operationId: 'decideApprobation',
        method: 'POST',
        path: `/api/approbations/${idApprobation}/decision`,
        body: input,
        version: input.version,
        response: ApprobationView,
      },
      options,
    ),
  decideApprobations: (input, options) =>
    http.request(
      {
        operationId: 'decideApprobations',
        method: 'POST',
        path: '/api/approbations/decisions',
        body: input,
        response: ApprobationBulkResult,
      },
      options,
    ),
});
