import {
  BankDetails,
  pageOf,
  type BankDetailsInput,
  type BankDetailsUpdate,
  type Page,
  type PageQueryInput,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';

/** Which bank details: the structure and the record. */
export interface BankDetailsRef {
  idStructureCPP: number;
  idCoordonneeBancaire: number;
}

/** Filters, sort and page of a structure's bank details. */
export type BankDetailsListQuery = { idStructureCPP: number; nom?: string } & PageQueryInput;

/** Coordonnées bancaires of a structure (SPEC §10). */
export interface BankDetailsApi {
  /** A page of the structure's bank details, for its members (BNK-5). */
  listBankDetails(query: BankDetailsListQuery, options?: CallOptions): Promise<Page<BankDetails>>;
  /** The whole filtered list as a CSV file. */
  exportBankDetailsCsv(query: BankDetailsListQuery & { lang?: 'fr' | 'en' }, options?: CallOptions): Promise<Blob>;
  /** One bank details record (BNK-5). */
  getBankDetails(ref: BankDetailsRef, options?: CallOptions): Promise<BankDetails>;
  /**
   * Records bank details (BNK-1..4), GP or "Organisation modification" only (`FORBIDDEN`, X-2). A
   * refused account rejects with `RULE_BROKEN` whose fields carry the validator's reason as code
   * (`iban-bad-rib-key`, `bic-country-mismatch`, `rib-bad-key`…) and its FR/EN message.
   */
  createBankDetails(input: BankDetailsInput & { idStructureCPP: number }, options?: CallOptions): Promise<BankDetails>;
  /** Modifies bank details based on `input.version` (`VERSION_CONFLICT` when stale, BNK-5). */
  updateBankDetails(input: BankDetailsUpdate & BankDetailsRef, options?: CallOptions): Promise<BankDetails>;
  /** The RIB file of bank details, as a Blob (BNK-5). */
  downloadBankDetailsAttachment(ref: BankDetailsRef, options?: CallOptions): Promise<Blob>;
}

const baseOf = (idStructureCPP: number): string => `/api/structures/${idStructureCPP}/bank-details`;

/** The HTTP implementation of `BankDetailsApi`. */
export const createBankDetailsApi = (http: HttpTransport): BankDetailsApi => ({
  listBankDetails: ({ idStructureCPP, ...query }, options) =>
    http.request(
      {
        operationId: 'listBankDetails',
        method: 'GET',
        path: baseOf(idStructureCPP),
        query,
        response: pageOf(BankDetails),
      },
      options,
    ),
  exportBankDetailsCsv: ({ idStructureCPP, ...query }, options) =>
    http.requestFile(
      {
        operationId: 'listBankDetails',
        method: 'GET',
        path: baseOf(idStructureCPP),
        query: { ...query, format: 'csv' },
        accept: 'text/csv',
      },
      options,
    ),
  getBankDetails: ({ idStructureCPP, idCoordonneeBancaire }, options) =>
    http.request(
      {
        operationId: 'getBankDetails',
        method: 'GET',
        path: `${baseOf(idStructureCPP)}/${idCoordonneeBancaire}`,
        response: BankDetails,
      },
      options,
    ),
  createBankDetails: ({ idStructureCPP, ...input }, options) =>
    http.request(
      {
        operationId: 'createBankDetails',
        method: 'POST',
        path: baseOf(idStructureCPP),
        body: input,
        response: BankDetails,
      },
      options,
    ),
  updateBankDetails: ({ idStructureCPP, idCoordonneeBancaire, ...input }, options) =>
    http.request(
      {
        operationId: 'updateBankDetails',
        method: 'PUT',
        path: `${baseOf(idStructureCPP)}/${idCoordonneeBancaire}`,
        body: input,
        version: input.version,
        response: BankDetails,
      },
      options,
    ),
  downloadBankDetailsAttachment: ({ idStructureCPP, idCoordonneeBancaire }, options) =>
    http.requestFile(
      {
        operationId: 'downloadBankDetailsAttachment',
        method: 'GET',
        path: `${baseOf(idStructureCPP)}/${idCoordonneeBancaire}/attachment`,
        accept: '*/*',
      },
      options,
    ),
});
