import { InvoiceRejection, InvoiceRejectionNotice } from '../../../src/domain/schemas/index.js';
import { reportInvoiceRejection } from '../../rules/notifications.js';
import { defineRoute, type Route } from '../route.js';

/** Notifications (§12): what the invoicing side reports so that the users concerned are told. */
export const notificationRoutes: Route[] = [
  defineRoute({
    method: 'POST',
    path: '/api/invoice-rejections',
    operationId: 'reportInvoiceRejection',
    summary:
      'A user of the receiving public structure who handles its received invoices reports a rejected invoice; the supplier’s users concerned are e-mailed at once, in their language, asking them to acknowledge it (NOT-2, NOT-3).',
    tag: 'Notifications',
    rules: ['NOT-2', 'NOT-3', 'X-2'],
    status: 201,
    body: InvoiceRejection,
    response: InvoiceRejectionNotice,
    handle: (ctx) => reportInvoiceRejection(ctx.rules, ctx.body),
  }),
];
