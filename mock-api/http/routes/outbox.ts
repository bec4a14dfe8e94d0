import * as z from 'zod/mini';
import { OutboxEmail, PageQuery, pageOf } from '../../../src/domain/schemas/index.js';
import { matchesText, paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

/**
 * The mock's outbox (NOT-4): every e-mail a flow sent, newest first, for the demo and tests. A mock
 * facility, not part of a real backend's contract.
 */
export const outboxRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/outbox',
    operationId: 'listOutbox',
    summary: 'E-mails the mock sent (to, subject, body, link, time), filterable by recipient; newest first by default (NOT-4).',
    tag: 'Mock',
    rules: ['NOT-4'],
    access: { public: true },
    query: z.extend(PageQuery, { destinataire: z.optional(z.string().check(z.maxLength(254))) }),
    response: pageOf(OutboxEmail),
    handle: ({ env, query }) =>
      paginate(
        env.store.outbox.filter((e) => matchesText(e.destinataire, query.destinataire)),
        query.sort ? query : { ...query, sort: 'idEmail', order: 'desc' },
        ['idEmail', 'dateEnvoi', 'destinataire', 'sujet'],
      ),
  }),
];
