import {
  DeactivationPreview,
  ReactivationRequestResult,
  UserAccount,
  UserSummary,
  pageOf,
  type AccountDeactivationInput,
  type Page,
  type PageQueryInput,
  type Reactivation,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

const CandidatesPage = pageOf(UserSummary);

/** Deactivating and reactivating one's account (SPEC §5). */
export interface DeactivationApi {
  /** What deactivating needs: structures needing a new GP first (DEA-2) and the reactivation window (DEA-1). */
  previewDeactivation(options?: CallOptions): Promise<DeactivationPreview>;
  /** Users the GP may designate as successor on a structure, searched by nom/prénom, address or e-mail (DEA-2). */
  searchSuccessorCandidates(
    idStructureCPP: number,
    query?: PageQueryInput & { q?: string },
    options?: CallOptions,
  ): Promise<Page<UserSummary>>;
  /**
   * Deactivates the caller's account (DEA-1); a GP names a successor per structure (DEA-2), else the
   * call rejects with rule DEA-2 listing the structures.
   */
  deactivateMyAccount(input: AccountDeactivationInput, options?: CallOptions): Promise<UserAccount>;
  /**
   * A deactivated user asks for the reactivation link (DEA-3): sent by e-mail, single use, 24 h. After
   * 60 days the call rejects with rule DEA-4 (contact the support).
   */
  requestReactivation(options?: CallOptions): Promise<ReactivationRequestResult>;
  /** Follows the e-mailed link: new password and secret question (DEA-3). Needs no session. */
  reactivate(input: Reactivation, options?: CallOptions): Promise<UserAccount>;
}

/** The HTTP implementation of `DeactivationApi`. */
export const createDeactivationApi = (http: HttpTransport): DeactivationApi => ({
  previewDeactivation: (options) =>
    http.request(
      {
        operationId: 'previewDeactivation',
        method: 'GET',
        path: '/api/me/deactivation',
        response: DeactivationPreview,
      },
      options,
    ),
  searchSuccessorCandidates: (idStructureCPP, query = {}, options) =>
    http.request(
      {
        operationId: 'searchSuccessorCandidates',
        method: 'GET',
        path: `/api/structures/${encodeURIComponent(idStructureCPP)}/successor-candidates`,
        query,
        response: CandidatesPage,
      },
      options,
    ),
  deactivateMyAccount: (input, options) =>
    http.request(
      {
        operationId: 'deactivateMyAccount',
        method: 'POST',
        path: '/api/me/deactivation',
        body: input,
        response: UserAccount,
      },
      options,
    ),
  requestReactivation: (options) =>
    http.request(
      {
        operationId: 'requestReactivation',
        method: 'POST',
        path: '/api/me/reactivation-requests',
        response: ReactivationRequestResult,
      },
      options,
    ),
  reactivate: (input, options) =>
    http.request(
      { operationId: 'reactivate', method: 'POST', path: '/api/reactivation', body: input, response: UserAccount },
      options,
    ),
});
