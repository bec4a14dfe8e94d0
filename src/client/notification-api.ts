import { InvoiceRejectionNotice, type InvoiceRejection } from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** What the invoicing side of a host reports so that the users concerned are told (SPEC §12). */
export interface NotificationApi {
  /**
   * Reports an invoice the caller's public structure rejected (NOT-2): the supplier's users concerned
   * (NOT-3) are e-mailed at once, each in his language, asking them to acknowledge it in the portal.
   * Only a user of `idStructureDestinataire` who handles its received invoices may (403 otherwise).
   * Answers how many users were notified. An idempotency key makes a retry send nothing twice.
   */
  reportInvoiceRejection(input: InvoiceRejection, options?: CallOptions): Promise<InvoiceRejectionNotice>;
}

/** The HTTP implementation of `NotificationApi`. */
export const createNotificationApi = (http: HttpTransport): NotificationApi => ({
  reportInvoiceRejection: (input, options) =>
    http.request(
      {
        operationId: 'reportInvoiceRejection',
        method: 'POST',
        path: '/api/invoice-rejections',
        body: input,
        response: InvoiceRejectionNotice,
      },
      options,
    ),
});
