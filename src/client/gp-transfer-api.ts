import {
  GpTransferResult,
  PrincipalStructure,
  pageOf,
  type GpTransferRequest,
  type Page,
  type PageQueryInput,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

const PrincipalStructuresPage = pageOf(PrincipalStructure);

/** Filters of the structures a GP may hand over: a search of the candidates and how many to return per structure. */
export type PrincipalStructuresQuery = PageQueryInput & {
  /** Searches candidates by nom/prénom, e-mail or postal address (accents and case ignored). */
  q?: string;
  /** Candidates returned per structure (0..100, default 20); `nombreCandidats` counts them all. */
  maxCandidats?: number;
};

/** Transferring the gestionnaire principal role (SPEC §8). */
export interface GpTransferApi {
  /**
   * The structures the caller is GP of, each with its candidate successors (active users attached
   * VALIDEE, GP-2) and whether the new GP needs a PIGP account (GP-3). Sortable by
   * `designationStructure` (default), `identifiantStructure`, `idStructureCPP`, `nombreCandidats`.
   */
  listPrincipalStructures(query?: PrincipalStructuresQuery, options?: CallOptions): Promise<Page<PrincipalStructure>>;
  /**
   * Transfers the GP role in one of the three ways of GP-2 (`mode`), all or nothing: on refusal nothing
   * changed and the error names each blocking structure in `fields` (`affectations.<idStructureCPP>`)
   * with its rule (GP-1 not the GP, GP-2 not a valid successor or list not fitting the way, GP-3 no
   * PIGP account). On success one line per structure; the caller stays attached as a simple user (GP-4).
   * Pass the same `idempotencyKey` to retry safely.
   */
  transferPrincipal(request: GpTransferRequest, options?: CallOptions): Promise<GpTransferResult>;
}

/** The HTTP implementation of `GpTransferApi`. */
export const createGpTransferApi = (http: HttpTransport): GpTransferApi => ({
  listPrincipalStructures: (query = {}, options) =>
    http.request(
      {
        operationId: 'listPrincipalStructures',
        method: 'GET',
        path: '/api/me/principal-structures',
        query,
        response: PrincipalStructuresPage,
      },
      options,
    ),
  transferPrincipal: (request, options) =>
    http.request(
      {
        operationId: 'transferPrincipal',
        method: 'POST',
        path: '/api/me/principal-transfers',
        body: request,
        response: GpTransferResult,
      },
      options,
    ),
});
