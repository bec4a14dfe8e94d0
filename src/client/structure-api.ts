import * as z from 'zod/mini';
import {
  IdentifierTypeHint,
  InseeRefresh,
  Structure,
  StructureFiche,
  pageOf,
  type Page,
  type PageQueryInput,
  type StateChange,
  type StructureCreate,
  type StructureDuplicate,
  type StructureSearchCriteria,
  type StructureUpdate,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** Criteria of the managers' structure list (STR-3): those of the RAT-2 search, all optional, with paging. */
export type StructureListQuery = StructureSearchCriteria & PageQueryInput;

const StructurePage = pageOf(Structure);
const IdentifierTypeHints = z.array(IdentifierTypeHint);

/**
 * Structures (SPEC §6). Changes of an existing structure are not immediate (STR-4): they resolve
 * with the structure carrying the accepted change in `changementsEnAttente`, with the instant it
 * takes effect (`dateEffet`); reads show it applied once that instant has passed. Warnings that do
 * not refuse anything come in `avertissements` (STR-1 sandbox SIRET key, STR-5).
 */
export interface StructureApi {
  /** The identifier types with the expected format of each, to show as a hint (STR-1). */
  listIdentifierTypes(options?: CallOptions): Promise<IdentifierTypeHint[]>;
  /** The structures the caller manages (GP or "Organisation modification"), filtered with the RAT-2 criteria, paged and sorted (STR-3). */
  listManagedStructures(query?: StructureListQuery, options?: CallOptions): Promise<Page<Structure>>;
  /**
   * Creates a structure; the caller becomes its GP (STR-2). A bad SIRET rejects with rule STR-1, an
   * identifier already used with `DUPLICATE` (STR-1), a SIRET unknown or closed at INSEE with STR-2.
   * For a SIRET the raison sociale and address are the register's.
   */
  createStructure(input: StructureCreate, options?: CallOptions): Promise<Structure>;
  /** A structure the caller manages (STR-3); others reject with `FORBIDDEN`. */
  getStructure(idStructureCPP: number, options?: CallOptions): Promise<Structure>;
  /**
   * The fiche structure, read-only (STR-8): identity, address, contact, Numéro RCS, TVA
   * intracommunautaire, gestionnaire principal, active services and parameters. Any user holding a
   * VALIDEE rattachement in force to the structure may read it (its managers too); anyone else
   * rejects with `FORBIDDEN` (a plain message saying why), an unknown structure with `NOT_FOUND`.
   */
  getStructureFiche(idStructureCPP: number, options?: CallOptions): Promise<StructureFiche>;
  /**
   * Modifies libellé, e-mail, phone, address and public parameters (STR-3, STR-5) based on
   * `input.version`; changing a read-only field rejects with STR-3, parameters of a private
   * structure with STR-5. Effective after the delay (STR-4).
   */
  updateStructure(idStructureCPP: number, input: StructureUpdate, options?: CallOptions): Promise<Structure>;
  /** Activates an inactive structure (STR-3), effective after the delay (STR-4); otherwise `STATE_CONFLICT`. */
  activateStructure(idStructureCPP: number, input: StateChange, options?: CallOptions): Promise<Structure>;
  /** Deactivates an active structure (STR-3), effective after the delay (STR-4); otherwise `STATE_CONFLICT`. */
  deactivateStructure(idStructureCPP: number, input: StateChange, options?: CallOptions): Promise<Structure>;
  /**
   * Updates a SIRET structure from INSEE (STR-3): raison sociale, address and, when the
   * establishment was succeeded, the identifier; resolves with the INSEE fields before and after.
   */
  updateStructureFromInsee(idStructureCPP: number, input: StateChange, options?: CallOptions): Promise<InseeRefresh>;
  /**
   * Duplicates a structure under a new identifier of the same type (STR-6); resolves with the new
   * structure, the old one being deactivated.
   */
  duplicateStructure(idStructureCPP: number, input: StructureDuplicate, options?: CallOptions): Promise<Structure>;
}

/** The HTTP implementation of `StructureApi`. */
export const createStructureApi = (http: HttpTransport): StructureApi => ({
  listIdentifierTypes: (options) =>
    http.request(
      {
        operationId: 'listIdentifierTypes',
        method: 'GET',
        path: '/api/structures/identifier-types',
        response: IdentifierTypeHints,
      },
      options,
    ),
  listManagedStructures: (query, options) =>
    http.request(
      {
        operationId: 'listManagedStructures',
        method: 'GET',
        path: '/api/structures',
        query: { ...query },
        response: StructurePage,
      },
      options,
    ),
  createStructure: (input, options) =>
    http.request(
      { operationId: 'createStructure', method: 'POST', path: '/api/structures', body: input, response: Structure },
      options,
    ),
  getStructure: (id, options) =>
    http.request(
      { operationId: 'getStructure', method: 'GET', path: `/api/structures/${id}`, response: Structure },
      options,
    ),
  getStructureFiche: (id, options) =>
    http.request(
      {
        operationId: 'getStructureFiche',
        method: 'GET',
        path: `/api/structures/${id}/fiche`,
        response: StructureFiche,
      },
      options,
    ),
  updateStructure: (id, input, options) =>
    http.request(
      {
        operationId: 'updateStructure',
        method: 'PATCH',
        path: `/api/structures/${id}`,
        body: input,
        response: Structure,
      },
      options,
    ),
  activateStructure: (id, input, options) =>
    http.request(
      {
        operationId: 'activateStructure',
        method: 'POST',
        path: `/api/structures/${id}/activation`,
        body: input,
        response: Structure,
      },
      options,
    ),
  deactivateStructure: (id, input, options) =>
    http.request(
      {
        operationId: 'deactivateStructure',
        method: 'POST',
        path: `/api/structures/${id}/deactivation`,
        body: input,
        response: Structure,
      },
      options,
    ),
  updateStructureFromInsee: (id, input, options) =>
    http.request(
      {
        operationId: 'updateStructureFromInsee',
        method: 'POST',
        path: `/api/structures/${id}/insee-update`,
        body: input,
        response: InseeRefresh,
      },
      options,
    ),
  duplicateStructure: (id, input, options) =>
    http.request(
      {
        operationId: 'duplicateStructure',
        method: 'POST',
        path: `/api/structures/${id}/duplicate`,
        body: input,
        response: Structure,
      },
      options,
    ),
});
