import * as z from 'zod/mini';
import {
  GpTransferRequest,
  GpTransferResult,
  PageQuery,
  PrincipalStructure,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import { listPrincipalStructures, transferPrincipal } from '../../rules/gp-transfer.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Transfert du rôle de gestionnaire principal';

/** Routes of the GP transfer (SPEC §8: GP-1..4). */
export const gpTransferRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/me/principal-structures',
    operationId: 'listPrincipalStructures',
    summary:
      'The structures the caller is GP of, each with its candidate successors (active users attached VALIDEE) searched by nom/prénom, e-mail or postal address, and whether a PIGP account is needed (GP-2, GP-3).',
    tag,
    rules: ['GP-1', 'GP-2', 'GP-3'],
    query: z.extend(PageQuery, {
      q: z.optional(z.string().check(z.maxLength(100))),
      maxCandidats: z._default(z.int().check(z.minimum(0), z.maximum(100)), 20),
    }),
    response: pageOf(PrincipalStructure),
    handle: ({ rules, query }) =>
      paginate(
        listPrincipalStructures(rules, query.q, query.maxCandidats),
        query,
        ['idStructureCPP', 'designationStructure', 'identifiantStructure', 'nombreCandidats'],
        'designationStructure',
      ),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/principal-transfers',
    operationId: 'transferPrincipal',
    summary:
      'Transfers the GP role of some or all of the caller’s structures, to one user or one per structure, all or nothing; the former GP stays a simple user; old and new GPs are e-mailed (GP-1..4, HAB-3, NOT-4). Idempotent with Idempotency-Key (X-5).',
    tag,
    rules: ['GP-1', 'GP-2', 'GP-3', 'GP-4', 'HAB-3', 'NOT-4', 'X-2', 'X-5'],
    body: GpTransferRequest,
    response: GpTransferResult,
    handle: (ctx) => transferPrincipal(ctx.rules, ctx.body),
  }),
];
