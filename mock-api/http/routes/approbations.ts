import * as z from 'zod/mini';
import {
  ApprobationBulkDecision,
  ApprobationBulkResult,
  ApprobationCount,
  ApprobationDecision,
  ApprobationState,
  ApprobationType,
  ApprobationView,
  Id,
  PageQuery,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import { countPending, decide, decideMany, getApprobation, listInbox } from '../../rules/approbations.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Approbations';
const SORTS = [
  'dateCreation',
  'etat',
  'type',
  'demandeur',
  'designationStructure',
  'identifiantStructure',
  'dateDecision',
  'numero',
  'decideur',
] as const;

/** Routes of the approvals inbox (SPEC §11: APR-1, APR-2). */
export const approbationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/approbations',
    operationId: 'listApprobations',
    summary:
      'The requests addressed to the caller as a manager: number (RITM…), état, type, demandeur, structure, raison sociale, services, created at, approver and decision date once decided; filter, sort, page (APR-1).',
    tag,
    rules: ['APR-1', 'HAB-6', 'HAB-9'],
    query: z.extend(PageQuery, {
      etat: z.optional(ApprobationState),
      type: z.optional(ApprobationType),
      idStructureCPP: z.optional(Id),
    }),
    response: pageOf(ApprobationView),
    handle: (ctx) => {
      const { page, pageSize, sort, order, ...filter } = ctx.query;
      return paginate(listInbox(ctx.rules, filter), { page, pageSize, sort, order }, [...SORTS], 'dateCreation');
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/approbations/count',
    operationId: 'countApprobations',
    summary: 'How many requests wait for the caller\'s decision, for a host badge "APPROBATIONS n" (APR-1).',
    tag,
    rules: ['APR-1'],
    response: ApprobationCount,
    handle: (ctx) => countPending(ctx.rules),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/approbations/:idApprobation',
    operationId: 'getApprobation',
    summary: 'One request with its details, for those who decide it and its demandeur (APR-2).',
    tag,
    rules: ['APR-2'],
    params: z.object({ idApprobation: Id }),
    response: ApprobationView,
    handle: (ctx) => getApprobation(ctx.rules, ctx.params.idApprobation),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/approbations/:idApprobation/decision',
    operationId: 'decideApprobation',
    summary:
      'Approves or refuses a request (comment required to refuse); deciding twice is refused (409); only the structure\'s GP or "Organisation modification" holders (APR-2, RAT-5, RAT-10, HAB-8).',
    tag,
    rules: ['APR-2', 'RAT-5', 'RAT-10', 'HAB-3', 'HAB-4', 'HAB-8'],
    params: z.object({ idApprobation: Id }),
    body: ApprobationDecision,
    response: ApprobationView,
    handle: (ctx) => decide(ctx.rules, ctx.params.idApprobation, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/approbations/decisions',
    operationId: 'decideApprobations',
    summary: 'The same decision on several requests; each one is decided or refused on its own and reported (APR-2).',
    tag,
    rules: ['APR-2'],
    body: ApprobationBulkDecision,
    response: ApprobationBulkResult,
    handle: (ctx) => decideMany(ctx.rules, ctx.body),
  }),
];
