import { OutboxEmail, pageOf, type Page, type PageQueryInput } from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import { HttpTransport, type HttpClientOptions } from './transport.js';

const OutboxPage = pageOf(OutboxEmail);

/**
 * The mock's outbox (NOT-4): the e-mails a flow sent (reactivation links of DEA-3…), for demos and
 * tests. A facility of the mock, not of a real backend, hence not part of `CpClient`.
 */
export interface OutboxApi {
  /** E-mails sent to the caller (everyone's in the mock's demo mode), newest first unless `sort` says otherwise; `destinataire` filters by recipient. */
  listOutbox(query?: PageQueryInput & { destinataire?: string }, options?: CallOptions): Promise<Page<OutboxEmail>>;
  /** The whole filtered outbox as a CSV file: sent on, to, subject, body. */
  exportOutboxCsv(
    query?: PageQueryInput & { destinataire?: string; lang?: 'fr' | 'en' },
    options?: CallOptions,
  ): Promise<Blob>;
}

/** The HTTP implementation of `OutboxApi` over a transport. */
export const createOutboxApi = (http: HttpTransport): OutboxApi => ({
  listOutbox: (query = {}, options) =>
    http.request(
      { operationId: 'listOutbox', method: 'GET', path: '/api/outbox', query, response: OutboxPage },
      options,
    ),
  exportOutboxCsv: (query = {}, options) =>
    http.requestFile(
      {
        operationId: 'listOutbox',
        method: 'GET',
        path: '/api/outbox',
        query: { ...query, format: 'csv' },
        accept: 'text/csv',
      },
      options,
    ),
});

/**
 * A client of the mock's outbox (same options as `createHttpClient`): it lists the e-mails sent to
 * the user it authenticates as (401 without one); every user's when the mock runs in demo mode.
 */
export const createOutboxClient = (options: HttpClientOptions = {}): OutboxApi =>
  createOutboxApi(new HttpTransport(options));
