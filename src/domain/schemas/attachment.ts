import * as z from 'zod/mini';
import { Bilingual, Id, Instant, Version, text } from './common.js';

/** Largest file accepted (PJ-1): 4 MB as the guides say (the API's own limit is 10 Mo). */
export const MAX_ATTACHMENT_BYTES = 4 * 1024 * 1024;

/** Extensions Chorus Pro accepts (PJ-2), upper case without the dot. */
export const ALLOWED_EXTENSIONS = [
  'BMP',
  'HTM',
  'FAX',
  'PNG',
  'XHTML',
  'BZ2',
  'JPEG',
  'PPS',
  'XLC',
  'CSV',
  'JPG',
  'PPT',
  'PPTX',
  'XLM',
  'DOC',
  'ODP',
  'RTF',
  'XLS',
  'GIF',
  'ODS',
  'SVG',
  'XML',
  'GZ',
  'ODT',
  'TGZ',
  'XSD',
  'GZIP',
  'P7S',
  'TIF',
  'XSL',
  'HTML',
  'PDF',
  'TXT',
  'ZIP',
  'TIFF',
  'XLSX',
  'DOCX',
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
  version: Version,
});
export type Attachment = z.infer<typeof Attachment>;

/**
 * Codes of the types of pièce jointe offered in the list (PJ-1) *[design]*: the API serves them per
 * object (`recuperer/typespj`); the kit's list covers account, structure and bank-details files.
 */
export const ATTACHMENT_TYPE_CODES = [
  'RIB',
  'KBIS',
  'JUSTIFICATIF_IDENTITE',
  'MANDAT',
  'CONTRAT',
  'BON_DE_COMMANDE',
  'JUSTIFICATIF',
  'AUTRE',
] as const;
export const AttachmentTypeCode = z.enum(ATTACHMENT_TYPE_CODES);
export type AttachmentTypeCode = z.infer<typeof AttachmentTypeCode>;

/** A type of pièce jointe of the list (the API's `codeTypePieceJointe`, `libelleTypePieceJointe`). */
export const AttachmentType = z.object({
  codeTypePieceJointe: AttachmentTypeCode,
  libelleTypePieceJointe: Bilingual,
});
export type AttachmentType = z.infer<typeof AttachmentType>;

/**
 * Adding a pièce jointe (PJ-1): the file's name as the user's system gave it (stored safely, PJ-2),
 * désignation and type required, the content in base64 as the API carries it (`pieceJointeFichier`).
 * Size, extension and content signature are checked by the engine (413, 415).
 */
export const AttachmentUpload = z.object({
  nomFichier: text(255),
  pieceJointeDesignation: text(255),
  pieceJointeTypeCode: AttachmentTypeCode,
  contenu: z.string().check(z.minLength(1), z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
});
export type AttachmentUpload = z.infer<typeof AttachmentUpload>;

/** Editing an attachment's metadata (PJ-3), based on its version. */
export const AttachmentUpdate = z.object({
  pieceJointeDesignation: text(255),
  pieceJointeTypeCode: AttachmentTypeCode,
  version: Version,
});
export type AttachmentUpdate = z.infer<typeof AttachmentUpdate>;
