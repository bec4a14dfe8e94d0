import { ACTIVE_CONTENT_EXTENSIONS, ALLOWED_EXTENSIONS } from '../../src/domain/schemas/index.js';
import { fieldProblem, refuse } from './errors.js';

/**
 * The checks of a file offered as a pièce jointe (PJ-1, PJ-2), as pure functions of the name and the
 * bytes: used by the user attachments (§9) and the structure attachments (STR-7) alike. Each check
 * throws the refusal of its rule (413 too large, 415 type, 400 empty) with FR/EN field messages on
 * `fichier`.
 */

/** An allowed extension, upper case without the dot (PJ-2). */
export type AllowedExtension = (typeof ALLOWED_EXTENSIONS)[number];

/** What the checks make of an accepted file. */
export interface CheckedFile {
  /** The stored name: no path, no control characters, at most 50 characters, extension kept. */
  nom: string;
  extension: AllowedExtension;
  /** The MIME type the file is served with. */
  typeMime: string;
  taille: number;
}

/** Longest stored file name, as the API allows (`pieceJointeNom`). */
export const MAX_FILE_NAME_LENGTH = 50;

const MIME_TYPES: Record<AllowedExtension, string> = {
  BMP: 'image/bmp',
  HTM: 'text/html',
  FAX: 'image/g3fax',
  PNG: 'image/png',
  XHTML: 'application/xhtml+xml',
  BZ2: 'application/x-bzip2',
  JPEG: 'image/jpeg',
  PPS: 'application/vnd.ms-powerpoint',
  XLC: 'application/vnd.ms-excel',
  CSV: 'text/csv',
  JPG: 'image/jpeg',
  PPT: 'application/vnd.ms-powerpoint',
  PPTX: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  XLM: 'application/vnd.ms-excel',
  DOC: 'application/msword',
  ODP: 'application/vnd.oasis.opendocument.presentation',
  RTF: 'application/rtf',
  XLS: 'application/vnd.ms-excel',
  GIF: 'image/gif',
  ODS: 'application/vnd.oasis.opendocument.spreadsheet',
  SVG: 'image/svg+xml',
  XML: 'application/xml',
  GZ: 'application/gzip',
  ODT: 'application/vnd.oasis.opendocument.text',
  TGZ: 'application/gzip',
  XSD: 'application/xml',
  GZIP: 'application/gzip',
  P7S: 'application/pkcs7-signature',
  TIF: 'image/tiff',
  XSL: 'application/xml',
  HTML: 'text/html',
  PDF: 'application/pdf',
  TXT: 'text/plain',
  ZIP: 'application/zip',
  TIFF: 'image/tiff',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  DOCX: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

const ascii = (text: string): number[] => Array.from(text, (c) => c.charCodeAt(0));
const ZIP = [ascii('PK\x03\x04'), ascii('PK\x05\x06')];
const GZIP = [[0x1f, 0x8b]];

/**
 * Leading bytes of the formats with a known signature (PJ-2 *[design]*): a file of these extensions
 * must start with one of them. ZIP-based office formats (DOCX, XLSX, PPTX, ODT, ODS, ODP) are ZIP files.
 */
const SIGNATURES: Partial<Record<AllowedExtension, readonly (readonly number[])[]>> = {
  PDF: [ascii('%PDF-')],
  PNG: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  JPEG: [[0xff, 0xd8, 0xff]],
  JPG: [[0xff, 0xd8, 0xff]],
  GIF: [ascii('GIF87a'), ascii('GIF89a')],
  TIFF: [ascii('II*\0'), ascii('MM\0*')],
  TIF: [ascii('II*\0'), ascii('MM\0*')],
  BMP: [ascii('BM')],
  ZIP,
  DOCX: ZIP,
  XLSX: ZIP,
  PPTX: ZIP,
  ODT: ZIP,
  ODS: ZIP,
  ODP: ZIP,
  GZ: GZIP,
  GZIP,
  TGZ: GZIP,
  BZ2: [ascii('BZh')],
};

const isAllowed = (extension: string): extension is AllowedExtension =>
  (ALLOWED_EXTENSIONS as readonly string[]).includes(extension);

/** The extension of a file name, upper case without the dot ('' when there is none). */
export function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0
    ? base
        .slice(dot + 1)
        .trim()
        .toUpperCase()
    : '';
}

/** Whether files of this extension are active content, only ever served as a download (PJ-2). */
export const isActiveContent = (extension: string): boolean =>
  (ACTIVE_CONTENT_EXTENSIONS as readonly string[]).includes(extension.toUpperCase());

/** The MIME type a file of this extension is served with. */
export const mimeTypeOf = (extension: AllowedExtension): string => MIME_TYPES[extension];

/**
 * The stored form of a file name (PJ-2): the last path segment only, NFC, without control or
 * invisible formatting characters (bidirectional overrides that disguise an extension), without the
 * characters file systems forbid, spaces collapsed, at most 50 characters with the extension kept
 * (the base is shortened). An empty base becomes `fichier`.
 */
export function safeFileName(name: string, extension: string): string {
  const segment = (name.split(/[\\/]/).pop() ?? '').normalize('NFC');
  const suffix = `.${extension.toLowerCase()}`;
  const cleaned = segment
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  const dot = cleaned.lastIndexOf('.');
  const base = (dot > 0 ? cleaned.slice(0, dot) : cleaned).replace(/^[.\s]+|[.\s]+$/g, '') || 'fichier';
  const room = MAX_FILE_NAME_LENGTH - suffix.length;
  return `${Array.from(base).slice(0, room).join('').trimEnd()}${suffix}`;
}

/** PJ-1: refuses an empty file (required) or one larger than `maxBytes` (413). */
export function assertFileSize(size: number, maxBytes: number, rule = 'PJ-1'): void {
  if (size === 0) {
    throw refuse('INVALID', rule, { fr: 'Le fichier est vide.', en: 'The file is empty.' }, [
      fieldProblem('fichier', 'required'),
    ]);
  }
  if (size > maxBytes) {
    const mb = (maxBytes / (1024 * 1024)).toLocaleString('fr-FR', { maximumFractionDigits: 1 });
    const mbEn = (maxBytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 });
    const text = {
      fr: `Le fichier dépasse la taille maximale de ${mb} Mo.`,
      en: `The file is larger than the ${mbEn} MB maximum.`,
    };
    throw refuse('TOO_LARGE', rule, text, [fieldProblem('fichier', 'too_large', text)]);
  }
}

/** PJ-2: the extension of the name, refused (415) unless it is in Chorus Pro's list. */
export function assertAllowedExtension(name: string): AllowedExtension {
  const extension = extensionOf(name);
  if (isAllowed(extension)) return extension;
  const text = {
    fr: `Ce type de fichier${extension ? ` (.${extension.toLowerCase()})` : ''} n’est pas accepté. Types acceptés : ${ALLOWED_EXTENSIONS.join(', ')}.`,
    en: `This file type${extension ? ` (.${extension.toLowerCase()})` : ''} is not accepted. Accepted types: ${ALLOWED_EXTENSIONS.join(', ')}.`,
  };
  throw refuse('UNSUPPORTED_TYPE', 'PJ-2', text, [fieldProblem('fichier', 'extension_not_allowed', text)]);
}

/** Whether the bytes start like a file of this extension (true for extensions without a known signature). */
export function matchesSignature(extension: AllowedExtension, bytes: Uint8Array): boolean {
  const signatures = SIGNATURES[extension];
  return !signatures || signatures.some((signature) => signature.every((byte, i) => bytes[i] === byte));
}

/** PJ-2 *[design]*: refuses (415) a file whose content does not match its extension's signature. */
export function assertSignature(extension: AllowedExtension, bytes: Uint8Array): void {
  if (matchesSignature(extension, bytes)) return;
  const text = {
    fr: `Le contenu du fichier ne correspond pas à un fichier .${extension.toLowerCase()}.`,
    en: `The content of the file is not that of a .${extension.toLowerCase()} file.`,
  };
  throw refuse('UNSUPPORTED_TYPE', 'PJ-2', text, [fieldProblem('fichier', 'content_mismatch', text)]);
}

/**
 * Every check of a file offered as a pièce jointe, in the order a user understands them: size (PJ-1),
 * extension, content signature (PJ-2); returns the safe stored name, extension and MIME type.
 */
export function checkAttachmentFile(name: string, bytes: Uint8Array, maxBytes: number): CheckedFile {
  assertFileSize(bytes.length, maxBytes);
  const extension = assertAllowedExtension(name);
  assertSignature(extension, bytes);
  return { nom: safeFileName(name, extension), extension, typeMime: mimeTypeOf(extension), taille: bytes.length };
}
