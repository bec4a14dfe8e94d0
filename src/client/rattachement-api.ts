import type * as z from 'zod/mini';
import {
  PrincipalHandoverResult,
  RattachementByManager,
  RattachementRequest,
  RattachementRequestResult,
  RattachementView,
  StructureSearchItem,
  pageOf,
  type Page,
  type PageQueryInput,
  type RattachementLevel,
  type RattachementStatus,
  type StructureSearchCriteria,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

const RattachementPage = pageOf(RattachementView);
const StructureSearchPage = pageOf(StructureSearchItem);

/** Filters of "Mes rattachements" (RAT-1). */
export interface MyRattachementsQuery extends PageQueryInput {
  statut?: RattachementStatus;
  /** Also list the SUPPRIMEE rows (history), hidden by default. */
  inclureSupprimees?: boolean;
}

/** Filters of a structure's rattachements (RAT-8). */
export interface StructureRattachementsQuery extends PageQueryInput {
  idStructureCPP: number;
  statut?: RattachementStatus;
  niveau?: RattachementLevel;
  /** Part of the user's login, nom or prénom. */
  utilisateur?: string;
  inclureSupprimees?: boolean;
}

/** A state change of one rattachement, based on its version (ACC-7). */
export interface RattachementRef {
  idRattachement: number;
  version: number;
}

/** Rattachements of users to structures and services (SPEC §3). */
export interface RattachementApi {
  /** "Mes rattachements" (RAT-1): role, level, status, validity (`enVigueur`, RAT-9); SUPPRIMEE rows only with `inclureSupprimees`. */
  listMyRattachements(query?: MyRattachementsQuery, options?: CallOptions): Promise<Page<RattachementView>>;
  /**
   * Searches a structure to attach to (RAT-2): at least one criterion (else `INVALID` with rule
   * RAT-2); sorted by raison sociale unless `sort` says otherwise. Recommend identifiant or raison sociale.
   */
  searchStructures(
    query: StructureSearchCriteria & PageQueryInput,
    options?: CallOptions,
  ): Promise<Page<StructureSearchItem>>;
  /** The whole result of a structure search (RAT-2) as a CSV file (X-3), in the order asked; `lang` picks the headers' language. */
  exportStructureSearchCsv(
    query: StructureSearchCriteria & PageQueryInput & { lang?: 'fr' | 'en' },
    options?: CallOptions,
  ): Promise<Blob>;
  /**
   * Requests a rattachement (RAT-4); it waits for a manager (RAT-5). A duplicate rejects with
   * `DUPLICATE` (409, RAT-5); a supplier asking for a public structure gets `avertissements` (RAT-3).
   */
  requestRattachement(
    input: z.input<typeof RattachementRequest>,
    options?: CallOptions,
  ): Promise<RattachementRequestResult>;
  /**
   * "Me détacher" (RAT-7): removes the rattachement, or one service of it with `idService`; withdraws
   * a pending request. The GP is refused (rule RAT-7) and uses `handOverPrincipal` first.
   */
  leaveRattachement(input: RattachementRef & { idService?: number }, options?: CallOptions): Promise<RattachementView>;
  /** The GP names the new GP among the users validly attached to the structure and stays a simple user (RAT-7, GP-2..4). */
  handOverPrincipal(
    input: RattachementRef & { idNouveauGestionnaire: number },
    options?: CallOptions,
  ): Promise<PrincipalHandoverResult>;
  /** A manager lists the rattachements of his structure's users (RAT-8); others get `FORBIDDEN`. */
  listStructureRattachements(
    query: StructureRattachementsQuery,
    options?: CallOptions,
  ): Promise<Page<RattachementView>>;
  /** A manager attaches a user by login e-mail, valid at once with default profiles (RAT-8, RAT-10). */
  attachUser(
    input: z.input<typeof RattachementByManager> & { idStructureCPP: number },
    options?: CallOptions,
  ): Promise<RattachementView>;
  /** A manager deactivates a rattachement: consultation only (RAT-8); never the GP's. */
  deactivateRattachement(input: RattachementRef, options?: CallOptions): Promise<RattachementView>;
  /** A manager reactivates a deactivated rattachement; its profiles come back (RAT-8). */
  reactivateRattachement(input: RattachementRef, options?: CallOptions): Promise<RattachementView>;
  /** A manager deletes a rattachement for good (RAT-8); never the GP's. */
  deleteRattachement(input: RattachementRef, options?: CallOptions): Promise<RattachementView>;
}

/** The HTTP implementation of `RattachementApi`. */
export const createRattachementApi = (http: HttpTransport): RattachementApi => ({
  listMyRattachements: (query = {}, options) =>
    http.request(
      {
        operationId: 'listMyRattachements',
        method: 'GET',
        path: '/api/me/rattachements',
        query: { ...query },
        response: RattachementPage,
      },
      options,
    ),
  searchStructures: (query, options) =>
    http.request(
      {
        operationId: 'searchStructures',
        method: 'GET',
        path: '/api/structure-search',
        query: { ...query },
        response: StructureSearchPage,
      },
      options,
    ),
  exportStructureSearchCsv: (query, options) =>
    http.requestFile(
      {
        operationId: 'searchStructures',
        method: 'GET',
        path: '/api/structure-search',
        query: { ...query, format: 'csv' },
        accept: 'text/csv',
      },
      options,
    ),
  requestRattachement: (input, options) =>
    http.request(
      {
        operationId: 'requestRattachement',
        method: 'POST',
        path: '/api/me/rattachements',
        body: input,
        response: RattachementRequestResult,
      },
      options,
    ),
  leaveRattachement: ({ idRattachement, version, idService }, options) =>
    http.request(
      {
        operationId: 'leaveRattachement',
        method: 'DELETE',
        path: `/api/me/rattachements/${idRattachement}`,
        query: { idService },
        version,
        response: RattachementView,
      },
      options,
    ),
  handOverPrincipal: ({ idRattachement, version, idNouveauGestionnaire }, options) =>
    http.request(
      {
        operationId: 'handOverPrincipal',
        method: 'POST',
        path: `/api/me/rattachements/${idRattachement}/hand-over`,
        body: { idNouveauGestionnaire, version },
        response: PrincipalHandoverResult,
      },
      options,
    ),
  listStructureRattachements: ({ idStructureCPP, ...query }, options) =>
    http.request(
      {
        operationId: 'listStructureRattachements',
        method: 'GET',
        path: `/api/structures/${idStructureCPP}/rattachements`,
        query,
        response: RattachementPage,
      },
      options,
    ),
  attachUser: ({ idStructureCPP, ...input }, options) =>
    http.request(
      {
        operationId: 'attachUser',
        method: 'POST',
        path: `/api/structures/${idStructureCPP}/rattachements`,
        body: input,
        response: RattachementView,
      },
      options,
    ),
  deactivateRattachement: ({ idRattachement, version }, options) =>
    http.request(
      {
        operationId: 'deactivateRattachement',
        method: 'POST',
        path: `/api/rattachements/${idRattachement}/deactivate`,
        body: { version },
        response: RattachementView,
      },
      options,
    ),
  reactivateRattachement: ({ idRattachement, version }, options) =>
    http.request(
      {
        operationId: 'reactivateRattachement',
        method: 'POST',
        path: `/api/rattachements/${idRattachement}/reactivate`,
        body: { version },
        response: RattachementView,
      },
      options,
    ),
  deleteRattachement: ({ idRattachement, version }, options) =>
    http.request(
      {
        operationId: 'deleteRattachement',
        method: 'DELETE',
        path: `/api/rattachements/${idRattachement}`,
        version,
        response: RattachementView,
      },
      options,
    ),
});
