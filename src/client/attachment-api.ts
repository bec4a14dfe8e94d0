import * as z from 'zod/mini';
import { bytesToBase64 } from '../domain/base64.js';
import {
  Attachment,
  AttachmentType,
  pageOf,
  type AttachmentTypeCode,
  type AttachmentUpdate,
  type Page,
  type PageQueryInput,
} from '../domain/schemas/index.js';
import type { CallOptions } from './call-options.js';
import type { HttpTransport } from './transport.js';
import type { UploadProgress } from './xhr-fetch.js';

/** Whose attachments: a structure's (STR-7) when `idStructureCPP` is given, else the caller's own (§9). */
export interface AttachmentScope {
  idStructureCPP?: number;
}

/** Filters, sort and page of the attachment list (PJ-3). */
export type AttachmentListQuery = AttachmentScope &
  PageQueryInput & { designation?: string; type?: AttachmentTypeCode };

/** A file to add (PJ-1): the file, its désignation and type; `nomFichier` defaults to the file's own name. */
export interface AttachmentUploadInput extends AttachmentScope {
  file: Blob;
  nomFichier?: string;
  pieceJointeDesignation: string;
  pieceJointeTypeCode: AttachmentTypeCode;
}

/** Options of an upload: those of every call (`signal` cancels it) plus upload progress (PJ-3). */
export interface UploadOptions extends CallOptions {
  /** Called as the file is sent (through XHR in browsers; once, at the end, in Node). */
  onProgress?: (progress: UploadProgress) => void;
}

/** Pièces jointes of the caller's account (SPEC §9) or of a structure (STR-7). */
export interface AttachmentApi {
  /** The list of types a pièce jointe is given (PJ-1), with FR/EN labels. */
  listAttachmentTypes(options?: CallOptions): Promise<AttachmentType[]>;
  /** A page of attachments (nom, désignation, type, size, date), filtered and sorted (PJ-3). */
  listAttachments(query?: AttachmentListQuery, options?: CallOptions): Promise<Page<Attachment>>;
  /** The whole filtered list as a CSV file: UTF-8 with BOM, `;` for `lang: 'fr'` (default). */
  exportAttachmentsCsv(query?: AttachmentListQuery & { lang?: 'fr' | 'en' }, options?: CallOptions): Promise<Blob>;
  /**
   * Adds a file (PJ-1, PJ-2): larger than 4 MB rejects with `TOO_LARGE` (413), an extension not in
   * Chorus Pro's list or content that does not match it with `UNSUPPORTED_TYPE` (415). `onProgress`
   * follows the upload and `signal` cancels it (`ABORTED`); a retry with the same `idempotencyKey`
   * does not add it twice.
   */
  uploadAttachment(input: AttachmentUploadInput, options?: UploadOptions): Promise<Attachment>;
  /** Edits désignation and type (PJ-3), based on `input.version` (`VERSION_CONFLICT` when stale). */
  updateAttachment(
    input: AttachmentScope & AttachmentUpdate & { pieceJointeId: number },
    options?: CallOptions,
  ): Promise<Attachment>;
  /** Deletes one attachment (PJ-3); the RIB file of bank details is refused (BNK-1). */
  deleteAttachment(input: AttachmentScope & { pieceJointeId: number }, options?: CallOptions): Promise<void>;
  /** Deletes the selected attachments, all or none (PJ-3). */
  deleteAttachments(input: AttachmentScope & { ids: readonly number[] }, options?: CallOptions): Promise<void>;
  /** The file of one attachment, as a Blob (PJ-3); its name is the attachment's `pieceJointeNom`. */
  downloadAttachment(input: AttachmentScope & { pieceJointeId: number }, options?: CallOptions): Promise<Blob>;
  /** The selected attachments in one ZIP archive (PJ-3). */
  downloadAttachments(input: AttachmentScope & { ids: readonly number[] }, options?: CallOptions): Promise<Blob>;
}

const baseOf = (scope: AttachmentScope | undefined): string =>
  scope?.idStructureCPP === undefined ? '/api/me/attachments' : `/api/structures/${scope.idStructureCPP}/attachments`;
const which = (scope: AttachmentScope | undefined): string =>
  scope?.idStructureCPP === undefined ? 'My' : 'Structure';
const listQuery = ({ idStructureCPP: _, ...query }: AttachmentListQuery = {}) => query;

/** The bytes of a file in base64, as the API carries them; a missing file is sent empty and refused by the server (PJ-1). */
const contentOf = async (file: Blob | undefined): Promise<string> =>
  file ? bytesToBase64(new Uint8Array(await file.arrayBuffer())) : '';

/** The HTTP implementation of `AttachmentApi`. */
export const createAttachmentApi = (http: HttpTransport): AttachmentApi => ({
  listAttachmentTypes: (options) =>
    http.request(
      {
        operationId: 'listAttachmentTypes',
        method: 'GET',
        path: '/api/attachment-types',
        response: z.array(AttachmentType),
      },
      options,
    ),
  listAttachments: (query, options) =>
    http.request(
      {
        operationId: `list${which(query)}Attachments`,
        method: 'GET',
        path: baseOf(query),
        query: listQuery(query),
        response: pageOf(Attachment),
      },
      options,
    ),
  exportAttachmentsCsv: (query, options) =>
    http.requestFile(
      {
        operationId: `list${which(query)}Attachments`,
        method: 'GET',
        path: baseOf(query),
        query: { ...listQuery(query), format: 'csv' },
        accept: 'text/csv',
      },
      options,
    ),
  uploadAttachment: async (input, options = {}) => {
    const { onProgress, ...callOptions } = options;
    const body = {
      nomFichier: input.nomFichier ?? (input.file as (Blob & { name?: string }) | undefined)?.name ?? '',
      pieceJointeDesignation: input.pieceJointeDesignation,
      pieceJointeTypeCode: input.pieceJointeTypeCode,
      contenu: await contentOf(input.file),
    };
    return http.request(
      {
        operationId: `add${which(input)}Attachment`,
        method: 'POST',
        path: baseOf(input),
        body,
        response: Attachment,
        ...(onProgress ? { onUploadProgress: onProgress } : {}),
      },
      callOptions,
    );
  },
  updateAttachment: ({ idStructureCPP, pieceJointeId, ...input }, options) =>
    http.request(
      {
        operationId: `update${which({ idStructureCPP })}Attachment`,
        method: 'PUT',
        path: `${baseOf({ idStructureCPP })}/${pieceJointeId}`,
        body: input,
        version: input.version,
        response: Attachment,
      },
      options,
    ),
  deleteAttachment: (input, options) =>
    http.request(
      {
        operationId: `delete${which(input)}Attachment`,
        method: 'DELETE',
        path: `${baseOf(input)}/${input.pieceJointeId}`,
        response: undefined,
      },
      options,
    ),
  deleteAttachments: (input, options) =>
    http.request(
      {
        operationId: `delete${which(input)}Attachments`,
        method: 'DELETE',
        path: baseOf(input),
        query: { ids: input.ids },
        response: undefined,
      },
      options,
    ),
  downloadAttachment: (input, options) =>
    http.requestFile(
      {
        operationId: `download${which(input)}Attachment`,
        method: 'GET',
        path: `${baseOf(input)}/${input.pieceJointeId}/content`,
        accept: '*/*',
      },
      options,
    ),
  downloadAttachments: (input, options) =>
    http.requestFile(
      {
        operationId: `download${which(input)}Attachments`,
        method: 'GET',
        path: `${baseOf(input)}/archive`,
        query: { ids: input.ids },
        accept: 'application/zip',
      },
      options,
    ),
});
