import * as z from 'zod/mini';
import {
  AbonnementDeletion,
  AbonnementRequest,
  AbonnementStatus,
  AbonnementView,
  Application,
  EspaceConfiguration,
  EspaceConfigurationResult,
  EspaceConfigurationUpdate,
  Id,
  PageQuery,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import { getEspaceConfiguration, setEspaceConfiguration } from '../../rules/abonnements-espaces.js';
import { deleteMyAbonnements, listMyAbonnements, requestAbonnements } from '../../rules/abonnements.js';
import { pageOfList } from '../list-cache.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Abonnements';
const SORTS = ['designationStructure', 'codeService', 'espace', 'mode', 'statut', 'dateEffet', 'dateCreation'] as const;
const StructureParams = z.object({ idStructureCPP: Id });

/** Routes of abonnements and espaces (SPEC §4: HAB-7, HAB-8, HAB-9). */
export const abonnementRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/me/abonnements',
    operationId: 'listMyAbonnements',
    summary:
      '"Mes abonnements aux espaces": one row per (structure, service, espace), VALIDE or EN_COURS_DE_VALIDATION (HAB-7).',
    tag,
    rules: ['HAB-7'],
    query: z.extend(PageQuery, {
      idStructureCPP: z.optional(Id),
      statut: z.optional(AbonnementStatus),
      espace: z.optional(Application),
    }),
    response: pageOf(AbonnementView),
    handle: (ctx) => {
      return pageOfList(ctx, () => listMyAbonnements(ctx.rules, ctx.query), [...SORTS], 'designationStructure');
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/abonnements',
    operationId: 'requestAbonnements',
    summary:
      'Requests an espace on the structure and/or services the caller is attached to, where it is open; one pending abonnement and approbation per line (HAB-8).',
    tag,
    rules: ['HAB-8', 'HAB-1'],
    body: AbonnementRequest,
    response: z.array(AbonnementView),
    status: 201,
    handle: (ctx) => requestAbonnements(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'DELETE',
    path: '/api/me/abonnements/:idAbonnement',
    operationId: 'deleteMyAbonnement',
    summary:
      "Deletes one of the caller's abonnements; a pending one is withdrawn (HAB-7); a GP's manager rights go with the role (HAB-4).",
    tag,
    rules: ['HAB-7', 'HAB-4'],
    params: z.object({ idAbonnement: Id }),
    handle: (ctx) => deleteMyAbonnements(ctx.rules, [ctx.params.idAbonnement]),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/abonnements/deletion',
    operationId: 'deleteMyAbonnements',
    summary:
      "Deletes several of the caller's abonnements at once, all or nothing (HAB-7); a GP's manager rights go with the role (HAB-4).",
    tag,
    rules: ['HAB-7', 'HAB-4'],
    body: AbonnementDeletion,
    handle: (ctx) => deleteMyAbonnements(ctx.rules, ctx.body.ids),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/espaces',
    operationId: 'getEspaceConfiguration',
    summary:
      "The espaces open on a structure and its services, the level they are managed at, the GS's role on espaces (HAB-8, HAB-9).",
    tag,
    rules: ['HAB-8', 'HAB-9'],
    params: StructureParams,
    response: EspaceConfiguration,
    handle: (ctx) => getEspaceConfiguration(ctx.rules, ctx.params.idStructureCPP),
  }),
  defineRoute({
    method: 'PUT',
    path: '/api/structures/:idStructureCPP/espaces',
    operationId: 'setEspaceConfiguration',
    summary:
      'The GP (or a GS he lets act like him) sets the espaces; newly opened structure espaces generate subscription requests for each user (HAB-9).',
    tag,
    rules: ['HAB-9'],
    params: StructureParams,
    body: EspaceConfigurationUpdate,
    response: EspaceConfigurationResult,
    handle: (ctx) => setEspaceConfiguration(ctx.rules, ctx.params.idStructureCPP, ctx.body),
  }),
];
