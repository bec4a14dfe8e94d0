import * as z from 'zod/mini';
import {
  Id,
  PageQuery,
  PrincipalHandover,
  PrincipalHandoverResult,
  RattachementAction,
  RattachementByManager,
  RattachementLevel,
  RattachementRequest,
  RattachementRequestResult,
  RattachementStatus,
  RattachementView,
  StructureSearchCriteria,
  StructureSearchItem,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import {
  attachByLogin,
  deactivateRattachement,
  deleteRattachement,
  listStructureRattachements,
  reactivateRattachement,
} from '../../rules/rattachements-manager.js';
import {
  handOverAndStay,
  leaveRattachement,
  listMyRattachements,
  requestRattachement,
} from '../../rules/rattachements.js';
import { searchStructures } from '../../rules/structure-search.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';
import { structureSearchCsv } from './structure-search-csv.js';

const tag = 'Rattachements';
const SORTS = [
  'designationStructure',
  'identifiantStructure',
  'statutRattachement',
  'niveau',
  'role',
  'dateDebut',
  'dateFin',
  'dateCreation',
  'login',
  'nom',
] as const;
const RattachementParams = z.object({ idRattachement: Id });
const StructureParams = z.object({ idStructureCPP: Id });

/** Routes of rattachements (SPEC §3: RAT-1..10). */
export const rattachementRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/me/rattachements',
    operationId: 'listMyRattachements',
    summary:
      '"Mes rattachements": every structure and service the caller is attached to or waiting for, with role, level, status and validity; SUPPRIMEE rows only on demand (RAT-1, RAT-6, RAT-9).',
    tag,
    rules: ['RAT-1', 'RAT-6', 'RAT-9'],
    query: z.extend(PageQuery, { statut: z.optional(RattachementStatus), inclureSupprimees: z.optional(z.boolean()) }),
    response: pageOf(RattachementView),
    handle: (ctx) => paginate(listMyRattachements(ctx.rules, ctx.query), ctx.query, [...SORTS], 'designationStructure'),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structure-search',
    operationId: 'searchStructures',
    summary:
      'Searches a structure to attach to: at least one criterion, paged, sorted by raison sociale unless asked otherwise (RAT-2); `format=csv` exports the whole result (X-3).',
    tag,
    rules: ['RAT-2'],
    csv: structureSearchCsv,
    query: z.extend(PageQuery, StructureSearchCriteria.shape),
    response: pageOf(StructureSearchItem),
    handle: (ctx) => {
      const { page, pageSize, sort, order, ...criteria } = ctx.query;
      return searchStructures(ctx.env.store, criteria, { page, pageSize, sort, order });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/rattachements',
    operationId: 'requestRattachement',
    summary:
      'Requests a rattachement to a structure or some of its active services; pending until a manager decides; duplicates refused (409); a supplier asking for a public structure gets a warning (RAT-3, RAT-4, RAT-5).',
    tag,
    rules: ['RAT-3', 'RAT-4', 'RAT-5'],
    body: RattachementRequest,
    response: RattachementRequestResult,
    status: 201,
    handle: (ctx) => requestRattachement(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/me/rattachements/:idRattachement',
    operationId: 'leaveRattachement',
    summary:
      '"Me détacher": removes the caller\'s rattachement, or one service of it (`idService`); withdraws a pending request; refused to the GP, who hands over first (RAT-7).',
    tag,
    rules: ['RAT-7'],
    params: RattachementParams,
    query: z.object({ idService: z.optional(Id) }),
    body: RattachementAction,
    response: RattachementView,
    handle: (ctx) => leaveRattachement(ctx.rules, ctx.params.idRattachement, ctx.body, ctx.query.idService),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/rattachements/:idRattachement/hand-over',
    operationId: 'handOverPrincipal',
    summary:
      'The GP names a new GP among the users validly attached to the structure and stays attached as a simple user (RAT-7, GP-2, GP-3, GP-4).',
    tag,
    rules: ['RAT-7', 'GP-2', 'GP-3', 'GP-4'],
    params: RattachementParams,
    body: PrincipalHandover,
    response: PrincipalHandoverResult,
    handle: (ctx) => handOverAndStay(ctx.rules, ctx.params.idRattachement, ctx.body),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/rattachements',
    operationId: 'listStructureRattachements',
    summary:
      'The rattachements of a structure\'s users, for its GP and "Organisation modification" holders (RAT-8, HAB-6).',
    tag,
    rules: ['RAT-8', 'HAB-6', 'RAT-9'],
    params: StructureParams,
    query: z.extend(PageQuery, {
      statut: z.optional(RattachementStatus),
      niveau: z.optional(RattachementLevel),
      utilisateur: z.optional(z.string().check(z.maxLength(100))),
      inclureSupprimees: z.optional(z.boolean()),
    }),
    response: pageOf(RattachementView),
    handle: (ctx) => {
      const { page, pageSize, sort, order, ...filter } = ctx.query;
      return paginate(
        listStructureRattachements(ctx.rules, ctx.params.idStructureCPP, filter),
        { page, pageSize, sort, order },
        [...SORTS],
        'nom',
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/rattachements',
    operationId: 'attachUser',
    summary:
      'A manager attaches a user, found by login e-mail, to the structure or some services; valid at once with default profiles (RAT-8, RAT-10, HAB-3, HAB-4).',
    tag,
    rules: ['RAT-8', 'RAT-5', 'RAT-10', 'HAB-3', 'HAB-4', 'HAB-6'],
    params: StructureParams,
    body: RattachementByManager,
    response: RattachementView,
    status: 201,
    handle: (ctx) => attachByLogin(ctx.rules, ctx.params.idStructureCPP, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/rattachements/:idRattachement/deactivate',
    operationId: 'deactivateRattachement',
    summary:
      "A manager deactivates a user's rattachement: consultation kept, every modification mode lost; never the GP's (RAT-8).",
    tag,
    rules: ['RAT-8', 'HAB-6'],
    params: RattachementParams,
    body: RattachementAction,
    response: RattachementView,
    handle: (ctx) => deactivateRattachement(ctx.rules, ctx.params.idRattachement, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/rattachements/:idRattachement/reactivate',
    operationId: 'reactivateRattachement',
    summary:
      'A manager reactivates a deactivated rattachement in one action; the profiles held before come back (RAT-8).',
    tag,
    rules: ['RAT-8', 'HAB-6'],
    params: RattachementParams,
    body: RattachementAction,
    response: RattachementView,
    handle: (ctx) => reactivateRattachement(ctx.rules, ctx.params.idRattachement, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/rattachements/:idRattachement',
    operationId: 'deleteRattachement',
    summary: "A manager deletes a user's rattachement for good: SUPPRIMEE, no access; never the GP's (RAT-8).",
    tag,
    rules: ['RAT-8', 'HAB-6'],
    params: RattachementParams,
    body: RattachementAction,
    response: RattachementView,
    handle: (ctx) => deleteRattachement(ctx.rules, ctx.params.idRattachement, ctx.body),
  }),
];
