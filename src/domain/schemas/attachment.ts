import * as z from 'zod/mini';
import { Id, Instant, text } from './common.js';

/** Largest file accepted (PJ-1): 4 MB as the guides say (the API's own limit is 10 Mo). */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;

/** Extensions Chorus Pro accepts (PJ-2), upper case without the dot. */
export const ALLOWED_EXTENSIONS = [
  'BMP', 'HTM', 'FAX', 'PNG', 'XHTML', 'BZ2', 'JPEG', 'PPS', 'XLC', 'CSV', 'JPG', 'PPT', 'PPTX', 'XLM',
  'DOC', 'ODP', 'RTF', 'XLS', 'GIF', 'ODS', 'SVG', 'XML', 'GZ', 'ODT', 'TGZ', 'XSD', 'GZIP', 'P7S',
  'TIF', 'XSL', 'HTML', 'PDF', 'TXT', 'ZIP', 'TIFF', 'XLSX', 'DOCX',
] as const;

/** Extensions of active content, only ever served as a download (PJ-2). */
export const ACTIVE_CONTENT_EXTENSIONS = ['HTML', 'HTM', 'XHTML', 'SVG', 'XML', 'XSL', 'XSD'] as const;

/** Who owns an attachment: a user account (9.x) or a structure (STR-7). */
export const AttachmentOwner = z.object({
  type: z.enum(['UTILISATEUR', 'STRUCTURE']),
  id: Id,
});
export type AttachmentOwner = z.infer<typeof AttachmentOwner>;

/**
 * A pièce jointe's metadata (PJ-1..3), API names: `pieceJointeNom` (safe file name, at most 50
 * characters, extension kept), `pieceJointeDesignation`, `pieceJointeTypeCode`, extension, MIME type.
 */
export const Attachment = z.object({
  pieceJointeId: Id,
  proprietaire: AttachmentOwner,
  pieceJointeNom: text(50),
  pieceJointeDesignation: text(255),
  pieceJointeTypeCode: text(50),
  pieceJointeExtension: z.enum(ALLOWED_EXTENSIONS),
  pieceJointeTypeMime: text(255),
  taille: z.int().check(z.minimum(0), z.maximum(MAX_ATTACHMENT_BYTES)),
  dateAjout: Instant,
  idUtilisateurAjout: Id,
});
export type Attachment = z.infer<typeof Attachment>;

/** Editing an attachment's metadata (PJ-3). */
export const AttachmentUpdate = z.object({
  pieceJointeDesignation: text(255),
  pieceJointeTypeCode: text(50),
});
export type AttachmentUpdate = z.infer<typeof AttachmentUpdate>;
