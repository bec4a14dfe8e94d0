import * as z from 'zod/mini';
import {
  Id,
  IdentifierTypeHint,
  InseeRefresh,
  PageQuery,
  StateChange,
  Structure,
  StructureCreate,
  StructureDuplicate,
  StructureFiche,
  StructureSearchCriteria,
  StructureUpdate,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import { duplicateStructure } from '../../rules/structure-duplicate.js';
import { getStructureFiche } from '../../rules/structure-fiche.js';
import { identifierHints } from '../../rules/structure-identifier.js';
import { withNotices } from '../../rules/structure-notices.js';
import {
  activateStructure,
  createStructure,
  deactivateStructure,
  getStructure,
  listManagedStructures,
  refreshStructureFromInsee,
  updateStructure,
} from '../../rules/structures.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Structures';
const StructurePath = z.object({ idStructureCPP: Id });

/** Criteria of the managers' structure list (STR-3): those of the RAT-2 search, all optional here. */
const StructureListQuery = z.extend(PageQuery, StructureSearchCriteria.shape);

const SORTABLE = [
  'identifiantStructure',
  'designationStructure',
  'libelleStructure',
  'typeStructure',
  'statut',
  'dateModification',
] as const;

/** A delayed change is answered 202 Accepted: the structure carries it with its `dateEffet` (STR-4). */
const accepted = <T>(body: T, isAccepted: boolean) => ({ status: isAccepted ? 202 : 200, body });

/** Routes of structures (SPEC §6: STR-1..6, STR-8). */
export const structureRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/structures/identifier-types',
    operationId: 'listIdentifierTypes',
    summary: 'The identifier types of a structure with the expected format of each, shown as a hint (STR-1).',
    tag,
    rules: ['STR-1'],
    response: z.array(IdentifierTypeHint),
    handle: () => identifierHints(),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures',
    operationId: 'listManagedStructures',
    summary:
      'The structures the caller manages (GP or "Organisation modification"), filtered with the criteria of the RAT-2 search, paged and sorted; read-only (STR-3).',
    tag,
    rules: ['STR-3', 'STR-4', 'STR-5'],
    query: StructureListQuery,
    response: pageOf(Structure),
    handle: (ctx) => {
      const { page: _page, pageSize: _size, sort: _sort, order: _order, ...criteria } = ctx.query;
      const page = paginate(listManagedStructures(ctx.rules, criteria), ctx.query, SORTABLE, 'designationStructure');
      return { ...page, items: page.items.map((s) => withNotices(ctx.env, s)) };
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures',
    operationId: 'createStructure',
    summary:
      'Creates a structure: identifier checked, a SIRET must be active at INSEE (raison sociale and address from the register); the creator becomes its GP (STR-1, STR-2).',
    tag,
    rules: ['STR-1', 'STR-2', 'HAB-3', 'HAB-4'],
    body: StructureCreate,
    response: Structure,
    status: 201,
    handle: (ctx) => {
      const structure = createStructure(ctx.rules, ctx.body);
      return { status: 201, headers: { location: `/api/structures/${structure.idStructureCPP}` }, body: structure };
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP',
    operationId: 'getStructure',
    summary: 'Consults a structure the caller manages, with its pending changes and warnings (STR-3, STR-4, STR-5).',
    tag,
    rules: ['STR-3', 'STR-4', 'STR-5'],
    params: StructurePath,
    response: Structure,
    handle: (ctx) => getStructure(ctx.rules, ctx.params.idStructureCPP),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/fiche',
    operationId: 'getStructureFiche',
    summary:
      'The fiche structure, read-only, for any user attached to it (VALIDEE rattachement in force): identity, address, contact, RCS and VAT numbers, gestionnaire principal, active services, parameters (STR-8).',
    tag,
    rules: ['STR-8', 'RAT-9'],
    params: StructurePath,
    response: StructureFiche,
    handle: (ctx) => getStructureFiche(ctx.rules, ctx.params.idStructureCPP),
  }),
  defineRoute({
    method: 'PATCH',
    path: '/api/structures/:idStructureCPP',
    operationId: 'updateStructure',
    summary:
      'Modifies the editable fields and public parameters; accepted (202) with the instant the change takes effect (STR-3, STR-4, STR-5).',
    tag,
    rules: ['STR-3', 'STR-4', 'STR-5', 'ACC-7'],
    params: StructurePath,
    body: StructureUpdate,
    response: Structure,
    status: 202,
    otherStatuses: [200],
    handle: (ctx) => {
      const { structure, accepted: isAccepted } = updateStructure(ctx.rules, ctx.params.idStructureCPP, ctx.body);
      return accepted(structure, isAccepted);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/activation',
    operationId: 'activateStructure',
    summary: 'Activates an inactive structure; accepted (202) with the instant it takes effect (STR-3, STR-4).',
    tag,
    rules: ['STR-3', 'STR-4', 'ACC-7'],
    params: StructurePath,
    body: StateChange,
    response: Structure,
    status: 202,
    handle: (ctx) => activateStructure(ctx.rules, ctx.params.idStructureCPP, ctx.body.version),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/deactivation',
    operationId: 'deactivateStructure',
    summary: 'Deactivates an active structure; accepted (202) with the instant it takes effect (STR-3, STR-4).',
    tag,
    rules: ['STR-3', 'STR-4', 'ACC-7'],
    params: StructurePath,
    body: StateChange,
    response: Structure,
    status: 202,
    handle: (ctx) => deactivateStructure(ctx.rules, ctx.params.idStructureCPP, ctx.body.version),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/insee-update',
    operationId: 'updateStructureFromInsee',
    summary:
      'Updates raison sociale, address and, when the establishment was succeeded, the SIRET from INSEE; answers before/after (STR-3, STR-4).',
    tag,
    rules: ['STR-3', 'STR-4', 'STR-1', 'ACC-7'],
    params: StructurePath,
    body: StateChange,
    response: InseeRefresh,
    status: 202,
    otherStatuses: [200],
    handle: (ctx) => {
      const result = refreshStructureFromInsee(ctx.rules, ctx.params.idStructureCPP, ctx.body.version);
      return accepted(result, result.structure.version !== ctx.body.version);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/structures/:idStructureCPP/duplicate',
    operationId: 'duplicateStructure',
    summary:
      'Duplicates a structure under a new identifier of the same type (INSEE-checked); the old one is deactivated (STR-6).',
    tag,
    rules: ['STR-6', 'STR-1', 'ACC-7'],
    params: StructurePath,
    body: StructureDuplicate,
    response: Structure,
    status: 201,
    handle: (ctx) => {
      const structure = duplicateStructure(ctx.rules, ctx.params.idStructureCPP, ctx.body);
      return { status: 201, headers: { location: `/api/structures/${structure.idStructureCPP}` }, body: structure };
    },
  }),
];
