import * as z from 'zod/mini';
import {
  Attachment,
  AttachmentType,
  AttachmentTypeCode,
  AttachmentUpdate,
  AttachmentUpload,
  Id,
  PageQuery,
  pageOf,
  type AttachmentOwner,
} from '../../../src/domain/schemas/index.js';
import { isActiveContent } from '../../rules/attachment-checks.js';
import {
  ATTACHMENT_TYPES,
  addAttachment,
  attachmentFile,
  attachmentsArchive,
  attachmentsOf,
  deleteAttachments,
  updateAttachment,
} from '../../rules/attachments.js';
import type { RuleContext } from '../../rules/context.js';
import type { CsvExport } from '../csv.js';
import { matchesText, paginate } from '../paging.js';
import { defineRoute, type RawResult, type Route } from '../route.js';

const tag = 'Pièces jointes';

/** Most attachments one "delete selected" or "download selected" takes (PJ-3). */
export const MAX_SELECTED_ATTACHMENTS = 100;

const AttachmentIds = z.object({ ids: z.array(Id).check(z.minLength(1), z.maxLength(MAX_SELECTED_ATTACHMENTS)) });
const AttachmentListQuery = z.extend(PageQuery, {
  designation: z.optional(z.string().check(z.maxLength(255))),
  type: z.optional(AttachmentTypeCode),
});

const SORTABLE = [
  'pieceJointeNom',
  'pieceJointeDesignation',
  'pieceJointeTypeCode',
  'pieceJointeExtension',
  'taille',
  'dateAjout',
] as const;

const typeLabel = (code: string, locale: 'fr' | 'en'): string =>
  ATTACHMENT_TYPES.find((t) => t.codeTypePieceJointe === code)?.libelleTypePieceJointe[locale] ?? code;

/** the columns of the attachment list (PJ-3: nom, désignation, type, size, date). */
const attachmentCsv: CsvExport<Attachment> = {
  filename: 'pieces-jointes',
  columns: [
    { label: { fr: 'Nom du fichier', en: 'File name' }, value: (a) => a.pieceJointeNom },
    { label: { fr: 'Désignation', en: 'Description' }, value: (a) => a.pieceJointeDesignation },
    { label: { fr: 'Type', en: 'Type' }, value: (a, { locale }) => typeLabel(a.pieceJointeTypeCode, locale) },
    { label: { fr: 'Taille (octets)', en: 'Size (bytes)' }, value: (a) => a.taille },
    { label: { fr: 'Date d’ajout', en: 'Added on' }, value: (a) => a.dateAjout, type: 'date' },
  ],
};

/** `Content-Disposition: attachment` with an ASCII fallback name and the UTF-8 name (RFC 6266). */
export const attachmentDisposition = (name: string): string => {
  const fallback =
    name
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\]/g, '_') || 'fichier';
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
};

/**
 * PJ-2: every file is served as a download, never rendered: `Content-Disposition: attachment`,
 * `nosniff`, a sandboxing CSP; active content (HTML, SVG, XML…) as `application/octet-stream`.
 */
export const fileResponse = (bytes: Uint8Array<ArrayBuffer>, name: string, mime: string): RawResult => ({
  headers: {
    'content-type': isActiveContent(name.split('.').pop() ?? '') ? 'application/octet-stream' : mime,
    'content-disposition': attachmentDisposition(name),
    'x-content-type-options': 'nosniff',
    'content-security-policy': "default-src 'none'; sandbox",
  },
  raw: bytes,
});

/** Where a scope's attachments live and who owns them. */
interface Scope {
  /** Operation id infix: `My` or `Structure`. */
  name: string;
  base: string;
  rules: readonly string[];
  params: z.ZodMiniObject;
  owner(ctx: { rules: RuleContext; params: unknown }): AttachmentOwner;
}

const my: Scope = {
  name: 'My',
  base: '/api/me/attachments',
  rules: ['PJ-1', 'PJ-2', 'PJ-3', 'X-2'],
  params: z.object({}),
  owner: (ctx) => ({ type: 'UTILISATEUR', id: ctx.rules.caller.idUtilisateur }),
};

const structure: Scope = {
  name: 'Structure',
  base: '/api/structures/:idStructureCPP/attachments',
  rules: ['STR-7', 'PJ-1', 'PJ-2', 'PJ-3', 'X-2'],
  params: z.object({ idStructureCPP: Id }),
  owner: (ctx) => ({ type: 'STRUCTURE', id: (ctx.params as { idStructureCPP: number }).idStructureCPP }),
};

/** The routes of one owner's attachments: list (CSV too), add, edit, delete one or several, download one or several. */
function scopeRoutes(scope: Scope): Route[] {
  // The scope's own parameters are read by `scope.owner`; handlers only read `pieceJointeId`.
  const item = z.extend(scope.params, { pieceJointeId: Id }) as unknown as z.ZodMiniObject<{
    pieceJointeId: typeof Id;
  }>;
  const whose =
    scope.name === 'My'
      ? 'the caller’s own'
      : 'a structure’s (members read, GP and Organisation-modification holders write)';
  return [
    defineRoute({
      method: 'GET',
      path: scope.base,
      operationId: `list${scope.name}Attachments`,
      summary: `Lists ${whose} attachments: nom, désignation, type, size, date; filter by désignation and type, sort, pages; CSV export (PJ-3, X-3).`,
      tag,
      rules: [...scope.rules, 'X-3'],
      params: scope.params,
      query: AttachmentListQuery,
      response: pageOf(Attachment),
      csv: attachmentCsv,
      handle: (ctx) =>
        paginate(
          attachmentsOf(ctx.rules, scope.owner(ctx)).filter(
            (a) =>
              matchesText(a.pieceJointeDesignation, ctx.query.designation) &&
              (ctx.query.type === undefined || a.pieceJointeTypeCode === ctx.query.type),
          ),
          ctx.query.sort ? ctx.query : { ...ctx.query, sort: 'dateAjout', order: 'desc' },
          SORTABLE,
        ),
    }),
    defineRoute({
      method: 'POST',
      path: scope.base,
      operationId: `add${scope.name}Attachment`,
      summary: `Adds a file to ${whose} attachments: désignation and type required, 4 MB at most (413), allowed extension and matching content (415), safe stored name (PJ-1, PJ-2); retry-safe with Idempotency-Key (X-5).`,
      tag,
      rules: [...scope.rules, 'X-5'],
      params: scope.params,
      body: AttachmentUpload,
      carriesFile: true,
      response: Attachment,
      status: 201,
      handle: (ctx) => addAttachment(ctx.rules, scope.owner(ctx), ctx.body),
    }),
    defineRoute({
      method: 'PUT',
      path: `${scope.base}/:pieceJointeId`,
      operationId: `update${scope.name}Attachment`,
      summary: `Edits the désignation and type of one of ${whose} attachments, based on its version (PJ-3, 409 when stale).`,
      tag,
      rules: scope.rules,
      params: item,
      body: AttachmentUpdate,
      response: Attachment,
      handle: (ctx) => updateAttachment(ctx.rules, scope.owner(ctx), ctx.params.pieceJointeId, ctx.body),
    }),
    defineRoute({
      method: 'DELETE',
      path: `${scope.base}/:pieceJointeId`,
      operationId: `delete${scope.name}Attachment`,
      summary: `Deletes one of ${whose} attachments; the RIB file of bank details cannot be deleted (PJ-3, BNK-1).`,
      tag,
      rules: [...scope.rules, 'BNK-1'],
      params: item,
      handle: (ctx) => deleteAttachments(ctx.rules, scope.owner(ctx), [ctx.params.pieceJointeId]),
    }),
    defineRoute({
      method: 'DELETE',
      path: scope.base,
      operationId: `delete${scope.name}Attachments`,
      summary: `Deletes the selected attachments (\`ids=1,2\`) of ${whose}, all or none (PJ-3).`,
      tag,
      rules: [...scope.rules, 'BNK-1'],
      params: scope.params,
      query: AttachmentIds,
      handle: (ctx) => deleteAttachments(ctx.rules, scope.owner(ctx), ctx.query.ids),
    }),
    defineRoute({
      method: 'GET',
      path: `${scope.base}/archive`,
      operationId: `download${scope.name}Attachments`,
      summary: `Downloads the selected attachments (\`ids=1,2\`) of ${whose} as one ZIP archive (PJ-3).`,
      tag,
      rules: scope.rules,
      params: scope.params,
      query: AttachmentIds,
      produces: 'application/zip',
      handle: (ctx) =>
        fileResponse(
          attachmentsArchive(ctx.rules, scope.owner(ctx), ctx.query.ids),
          'pieces-jointes.zip',
          'application/zip',
        ),
    }),
    defineRoute({
      method: 'GET',
      path: `${scope.base}/:pieceJointeId/content`,
      operationId: `download${scope.name}Attachment`,
      summary: `Downloads one of ${whose} attachments, always as a download (Content-Disposition: attachment, nosniff), never rendered (PJ-2, PJ-3).`,
      tag,
      rules: scope.rules,
      params: item,
      produces: 'application/octet-stream',
      handle: (ctx) => {
        const { attachment, bytes } = attachmentFile(ctx.rules, scope.owner(ctx), ctx.params.pieceJointeId);
        return fileResponse(bytes, attachment.pieceJointeNom, attachment.pieceJointeTypeMime);
      },
    }),
  ];
}

/** Routes of pièces jointes (SPEC §9, PJ-1..3) of the caller's account and of structures (STR-7). */
export const attachmentRoutes: Route[] = [
  defineRoute({
    method: 'GET',
    path: '/api/attachment-types',
    operationId: 'listAttachmentTypes',
    summary: 'The list of types a pièce jointe is given (PJ-1), with FR/EN labels.',
    tag,
    rules: ['PJ-1'],
    response: z.array(AttachmentType),
    handle: () => [...ATTACHMENT_TYPES],
  }),
  ...scopeRoutes(my),
  ...scopeRoutes(structure),
];
