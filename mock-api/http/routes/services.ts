import * as z from 'zod/mini';
import {
  ActiveState,
  Id,
  PageQuery,
  Service,
  ServiceCodeLookup,
  ServiceCreate,
  ServiceUpdate,
  StateChange,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import {
  activateService,
  createService,
  deactivateService,
  getService,
  listServices,
  lookupServiceCode,
  updateService,
} from '../../rules/services.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Services';
const StructurePath = z.object({ idStructureCPP: Id });
const ServicePath = z.object({ idStructureCPP: Id, idService: Id });
const ServiceListQuery = z.extend(PageQuery, { statut: z.optional(ActiveState) });
const LookupQuery = z.object({ code: z.string().check(z.minLength(1), z.maxLength(100)) });
const SORTABLE = ['codeService', 'libelleService', 'dateDebut', 'dateFin', 'statut'] as const;

/** Routes of services (SPEC §7: SRV-1..3). */
export const serviceRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/services/lookup',
    operationId: 'lookupServiceCode',
    summary: 'Tells a supplier whether a service code exists on the structure and can be used today (SRV-3).',
    tag,
    rules: ['SRV-3'],
    params: StructurePath,
    query: LookupQuery,
    response: ServiceCodeLookup,
    handle: (ctx) => lookupServiceCode(ctx.rules, ctx.params.idStructureCPP, ctx.query.code),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/services',
    operationId: 'listServices',
    summary:
      'The services of a structure: all of them for its managers, the active ones for anyone else; paged and sorted (SRV-2, SRV-3).',
    tag,
    rules: ['SRV-2', 'SRV-3', 'STR-4'],
    params: StructurePath,
    query: ServiceListQuery,
    response: pageOf(Service),
    handle: (ctx) =>
      paginate(
        listServices(ctx.rules, ctx.params.idStructureCPP, ctx.query.statut),
        ctx.query,
        SORTABLE,
        'codeService',
      ),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/services',
    operationId: 'createService',
    summary: 'Creates a service: code unique within the structure, libellé, validity dates (SRV-1).',
    tag,
    rules: ['SRV-1'],
    params: StructurePath,
    body: ServiceCreate,
    response: Service,
    status: 201,
    handle: (ctx) => {
      const service = createService(ctx.rules, ctx.params.idStructureCPP, ctx.body);
      return {
        status: 201,
        headers: { location: `/api/structures/${service.idStructureCPP}/services/${service.idService}` },
        body: service,
      };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/services/:idService',
    operationId: 'getService',
    summary: 'Consults a service, with its pending changes (SRV-2, STR-4).',
    tag,
    rules: ['SRV-2', 'STR-4'],
    params: ServicePath,
    response: Service,
    handle: (ctx) => getService(ctx.rules, ctx.params.idStructureCPP, ctx.params.idService),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/structures/:idStructureCPP/services/:idService',
    operationId: 'updateService',
    summary:
      'Modifies a service (the code is not editable); accepted (202) with the instant it takes effect (SRV-2, STR-4).',
    tag,
    rules: ['SRV-2', 'SRV-1', 'STR-4', 'ACC-7'],
    params: ServicePath,
    body: ServiceUpdate,
    response: Service,
    status: 202,
    otherStatuses: [200],
    handle: (ctx) => {
      const { service, accepted } = updateService(ctx.rules, ctx.params.idStructureCPP, ctx.params.idService, ctx.body);
      return { status: accepted ? 202 : 200, body: service };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/services/:idService/activation',
    operationId: 'activateService',
    summary: 'Activates an inactive service; accepted (202) with the instant it takes effect (SRV-2, STR-4).',
    tag,
    rules: ['SRV-2', 'STR-4', 'ACC-7'],
    params: ServicePath,
    body: StateChange,
    response: Service,
    status: 202,
    handle: (ctx) => activateService(ctx.rules, ctx.params.idStructureCPP, ctx.params.idService, ctx.body.version),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/services/:idService/deactivation',
    operationId: 'deactivateService',
    summary: 'Deactivates an active service; accepted (202) with the instant it takes effect (SRV-2, STR-4).',
    tag,
    rules: ['SRV-2', 'STR-4', 'ACC-7'],
    params: ServicePath,
    body: StateChange,
    response: Service,
    status: 202,
    handle: (ctx) => deactivateService(ctx.rules, ctx.params.idStructureCPP, ctx.params.idService, ctx.body.version),
  }),
];
