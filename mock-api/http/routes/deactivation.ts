import * as z from 'zod/mini';
import {
  AccountDeactivation,
  DeactivationPreview,
  Id,
  PageQuery,
  Reactivation,
  ReactivationRequestResult,
  UserAccount,
  UserSummary,
  pageOf,
} from '../../../src/domain/schemas/index.js';
import { deactivateMyAccount, previewDeactivation, reactivate, requestReactivation } from '../../rules/deactivation.js';
import { assertPrincipal, successorCandidates } from '../../rules/gp-transfer-candidates.js';
import { paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

const tag = 'Désactivation du compte';

/** Routes of account deactivation and reactivation (SPEC §5: DEA-1..4). */
export const deactivationRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/me/deactivation',
    operationId: 'previewDeactivation',
    summary:
      'What deactivating needs: the structures that need a new GP first (DEA-2) and the reactivation window (DEA-1).',
    tag,
    rules: ['DEA-1', 'DEA-2', 'ACC-8'],
    response: DeactivationPreview,
    handle: (ctx) => previewDeactivation(ctx.rules),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/structures/:idStructureCPP/successor-candidates',
    operationId: 'searchSuccessorCandidates',
    summary:
      'Active users attached to a structure its GP may designate as successor, searched by nom/prénom, address or e-mail (DEA-2, GP-2).',
    tag,
    rules: ['DEA-2', 'GP-1', 'GP-2'],
    params: z.object({ idStructureCPP: Id }),
    query: z.extend(PageQuery, { q: z.optional(z.string().check(z.maxLength(100))) }),
    response: pageOf(UserSummary),
    handle: ({ rules, params, query }) => {
      assertPrincipal(rules.store, rules.caller.idUtilisateur, params.idStructureCPP);
      return paginate(
        successorCandidates(rules, params.idStructureCPP, query.q),
        query,
        ['nom', 'prenom', 'login'],
        'nom',
      );
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/deactivation',
    operationId: 'deactivateMyAccount',
    summary:
      'Deactivates the caller’s account after confirmation; a GP names a successor per structure, handed over in the same step (DEA-1, DEA-2, GP-4).',
    tag,
    rules: ['DEA-1', 'DEA-2', 'GP-2', 'GP-3', 'GP-4', 'ACC-8'],
    body: AccountDeactivation,
    response: UserAccount,
    handle: (ctx) => deactivateMyAccount(ctx.rules, ctx.body),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/me/reactivation-requests',
    operationId: 'requestReactivation',
    summary:
      'A deactivated user asks to reactivate: within 60 days a single-use 24 h link is e-mailed (DEA-3, NOT-4); after, refused (DEA-4).',
    tag,
    rules: ['ID-4', 'DEA-3', 'DEA-4', 'NOT-4', 'ACC-8'],
    access: { deactivated: true },
    status: 202,
    response: ReactivationRequestResult,
    handle: (ctx) => requestReactivation(ctx.rules),
  }),
  defineRoute({
    method: 'POST',
    path: '/api/reactivation',
    operationId: 'reactivate',
    summary:
      'Follows the e-mailed link: new password and secret question; the account is active again (DEA-3). No session needed: the link is the credential.',
    tag,
    rules: ['DEA-3', 'ACC-4', 'ACC-5'],
    access: { public: true },
    body: Reactivation,
    response: UserAccount,
    handle: (ctx) => reactivate(ctx.env, ctx.body),
  }),
];
