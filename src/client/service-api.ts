import {
  Service,
  ServiceCodeLookup,
  pageOf,
  type ActiveState,
  type Page,
  type PageQueryInput,
  type ServiceCreate,
  type ServiceUpdate,
  type StateChange,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** Filter of a structure's service list (SRV-2). */
export interface ServiceListQuery extends PageQueryInput {
  statut?: ActiveState;
}

const ServicePage = pageOf(Service);

/**
 * Services of a structure (SPEC §7). Changes of an existing service take effect after the delay of
 * STR-4: they resolve with the service carrying the change in `changementsEnAttente` (`dateEffet`).
 */
export interface ServiceApi {
  /** The services of a structure: all for its managers, the active ones for anyone else (SRV-2, SRV-3). */
  listServices(idStructureCPP: number, query?: ServiceListQuery, options?: CallOptions): Promise<Page<Service>>;
  /** Creates a service (SRV-1); a code already used on the structure rejects with `DUPLICATE` (SRV-1). */
  createService(idStructureCPP: number, input: ServiceCreate, options?: CallOptions): Promise<Service>;
  /** One service (SRV-2); an inactive one is visible to the structure's managers only. */
  getService(idStructureCPP: number, idService: number, options?: CallOptions): Promise<Service>;
  /** Modifies a service based on `input.version` (SRV-2); a changed code rejects with SRV-2. Effective after the delay. */
  updateService(
    idStructureCPP: number,
    idService: number,
    input: ServiceUpdate,
    options?: CallOptions,
  ): Promise<Service>;
  /** Activates an inactive service (SRV-2), effective after the delay; otherwise `STATE_CONFLICT`. */
  activateService(
    idStructureCPP: number,
    idService: number,
    input: StateChange,
    options?: CallOptions,
  ): Promise<Service>;
  /** Deactivates an active service (SRV-2), effective after the delay; otherwise `STATE_CONFLICT`. */
  deactivateService(
    idStructureCPP: number,
    idService: number,
    input: StateChange,
    options?: CallOptions,
  ): Promise<Service>;
  /** Whether a service code exists on the structure and can be used today, for a supplier (SRV-3). */
  lookupServiceCode(idStructureCPP: number, code: string, options?: CallOptions): Promise<ServiceCodeLookup>;
}

/** The HTTP implementation of `ServiceApi`. */
export const createServiceApi = (http: HttpTransport): ServiceApi => {
  const base = (idStructureCPP: number) => `/api/structures/${idStructureCPP}/services`;
  return {
    listServices: (id, query, options) =>
      http.request(
        { operationId: 'listServices', method: 'GET', path: base(id), query: { ...query }, response: ServicePage },
        options,
      ),
    createService: (id, input, options) =>
      http.request(
        { operationId: 'createService', method: 'POST', path: base(id), body: input, response: Service },
        options,
      ),
    getService: (id, idService, options) =>
      http.request(
        { operationId: 'getService', method: 'GET', path: `${base(id)}/${idService}`, response: Service },
        options,
      ),
    updateService: (id, idService, input, options) =>
      http.request(
        {
          operationId: 'updateService',
          method: 'PATCH',
          path: `${base(id)}/${idService}`,
          body: input,
          response: Service,
        },
        options,
      ),
    activateService: (id, idService, input, options) =>
      http.request(
        {
          operationId: 'activateService',
          method: 'POST',
          path: `${base(id)}/${idService}/activation`,
          body: input,
          response: Service,
        },
        options,
      ),
    deactivateService: (id, idService, input, options) =>
      http.request(
        {
          operationId: 'deactivateService',
          method: 'POST',
          path: `${base(id)}/${idService}/deactivation`,
          body: input,
          response: Service,
        },
        options,
      ),
    lookupServiceCode: (id, code, options) =>
      http.request(
        {
          operationId: 'lookupServiceCode',
          method: 'GET',
          path: `${base(id)}/lookup`,
          query: { code },
          response: ServiceCodeLookup,
        },
        options,
      ),
  };
};
