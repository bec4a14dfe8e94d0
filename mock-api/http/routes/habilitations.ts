import * as z from 'zod/mini';
import {
  AccessCheck,
  AccessMode,
  Application,
  ApplicationInfo,
  HabilitationGrant,
  HabilitationRemoval,
  HabilitationView,
  Id,
  PageQuery,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import {
  checkAccess,
  grantHabilitation,
  listApplications,
  listMyHabilitations,
  listStructureHabilitations,
  removeAllHabilitations,
  removeHabilitation,
} from '../../rules/habilitations.js';
import { pageOfList } from '../list-cache.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Habilitations';
const SORTS = ['designationStructure', 'codeService', 'application', 'mode', 'login', 'nom', 'idUtilisateur'] as const;
const Filters = {
  idStructureCPP: z.optional(Id),
  idService: z.optional(Id),
  application: z.optional(Application),
  mode: z.optional(AccessMode),
};

/** Routes of held profiles (SPEC §4: HAB-1, HAB-2, HAB-5, HAB-6). */
export const habilitationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/applications',
    operationId: 'listApplications',
    summary: 'The applications (espaces) with their FR/EN labels and modes; MODIFICATION implies consultation (HAB-1).',
    tag,
    rules: ['HAB-1'],
    response: z.array(ApplicationInfo),
    handle: () => listApplications(),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/me/habilitations',
    operationId: 'listMyHabilitations',
    summary:
      '"Mes habilitations": the caller\'s held profiles by structure and service, with the mode each gives today (HAB-2, RAT-8, RAT-9).',
    tag,
    rules: ['HAB-2', 'RAT-8', 'RAT-9'],
    query: z.extend(PageQuery, Filters),
    response: pageOf(HabilitationView),
    handle: (ctx) => {
      return pageOfList(ctx, () => listMyHabilitations(ctx.rules, ctx.query), [...SORTS], 'designationStructure');
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/me/access',
    operationId: 'checkMyAccess',
    summary:
      'What the caller may do today in one application on a structure or service: consultation, modification (HAB-1, RAT-8, RAT-9).',
    tag,
    rules: ['HAB-1', 'RAT-8', 'RAT-9'],
    query: z.object({ idStructureCPP: Id, idService: z.optional(Id), application: Application }),
    response: AccessCheck,
    handle: (ctx) => checkAccess(ctx.rules, ctx.query),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/habilitations',
    operationId: 'listStructureHabilitations',
    summary: "Every user's held profiles on a structure, for its managers (HAB-5, HAB-6).",
    tag,
    rules: ['HAB-5', 'HAB-6'],
    params: z.object({ idStructureCPP: Id }),
    query: z.extend(PageQuery, {
      idUtilisateur: z.optional(Id),
      idService: z.optional(Id),
      application: z.optional(Application),
      mode: z.optional(AccessMode),
    }),
    response: pageOf(HabilitationView),
    handle: (ctx) => {
      return pageOfList(
        ctx,
        () => listStructureHabilitations(ctx.rules, ctx.params.idStructureCPP, ctx.query),
        [...SORTS],
        'nom',
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/habilitations',
    operationId: 'grantHabilitation',
    summary:
      "A manager adds a profile to a user of the structure or changes its mode; the GP's manager rights cannot be lowered (HAB-5, HAB-6).",
    tag,
    rules: ['HAB-5', 'HAB-6'],
    body: HabilitationGrant,
    response: HabilitationView,
    handle: (ctx) => grantHabilitation(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/habilitations/:idAbonnement',
    operationId: 'removeHabilitation',
    summary: "A manager removes one profile of a user; not the GP's manager rights (HAB-5, HAB-6).",
    tag,
    rules: ['HAB-5', 'HAB-6'],
    params: z.object({ idAbonnement: Id }),
    handle: (ctx) => removeHabilitation(ctx.rules, ctx.params.idAbonnement),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/structures/:idStructureCPP/users/:idUtilisateur/habilitations',
    operationId: 'removeAllHabilitations',
    summary:
      "A manager removes every profile of a user on the structure or one service; the GP's manager rights are kept (HAB-5, HAB-6).",
    tag,
    rules: ['HAB-5', 'HAB-6'],
    params: z.object({ idStructureCPP: Id, idUtilisateur: Id }),
    query: z.object({ idService: z.optional(Id) }),
    response: HabilitationRemoval,
    handle: (ctx) =>
      removeAllHabilitations(ctx.rules, ctx.params.idStructureCPP, ctx.params.idUtilisateur, ctx.query.idService),
  }),
];
