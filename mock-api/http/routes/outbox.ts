import * as z from 'zod/mini';
import { OutboxEmail, PageQuery, pageOf } from '../../../src/domain/schemas/index.js';
import { outboxOf } from '../../rules/outbox.js';
import type { CsvExport } from '../csv.js';
import { matchesText, paginate } from '../paging.js';
import { defineRoute, type Route } from '../route.js';

/** the columns of the outbox (NOT-4: to, subject, body, time). */
const outboxCsv: CsvExport<OutboxEmail> = {
  filename: 'courriels',
  columns: [
    { label: { fr: 'Envoyé le', en: 'Sent on' }, value: (e) => e.dateEnvoi, type: 'date' },
    { label: { fr: 'Destinataire', en: 'To' }, value: (e) => e.destinataire },
    { label: { fr: 'Objet', en: 'Subject' }, value: (e) => e.sujet },
    { label: { fr: 'Message', en: 'Body' }, value: (e) => e.corps },
  ],
};

/**
 * The mock's outbox (NOT-4): the e-mails a flow sent to the caller, newest first, for the demo and
 * tests; every user's in demo mode (`rules/outbox.ts`). A mock facility, not part of a real backend's
 * contract. A deactivated account reads it too: its reactivation link is there (DEA-3).
 */
export const outboxRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/outbox',
    operationId: 'listOutbox',
    summary:
      'E-mails the mock sent to the caller (to, subject, body, link, time), filterable by recipient; newest first by default; every user’s, without others’ single-use links, in demo mode (NOT-4).',
    tag: 'Mock',
    rules: ['NOT-4', 'X-3'],
    access: { deactivated: true, incomplete: true },
    csv: outboxCsv,
    query: z.extend(PageQuery, { destinataire: z.optional(z.string().check(z.maxLength(254))) }),
    response: pageOf(OutboxEmail),
    handle: ({ rules, query }) =>
      paginate(
        outboxOf(rules, rules.caller).filter((e) => matchesText(e.destinataire, query.destinataire)),
        query.sort ? query : { ...query, sort: 'idEmail', order: 'desc' },
        ['idEmail', 'dateEnvoi', 'destinataire', 'sujet'],
      ),
  }),
];
