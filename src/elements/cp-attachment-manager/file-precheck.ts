import { ALLOWED_EXTENSIONS, MAX_ATTACHMENT_BYTES } from '../../domain/schemas/index.js';

/** Why a file is refused before it is sent (the mock refuses it again with the same rule). */
export type FileRefusal =
  { reason: 'empty' } | { reason: 'too_large'; size: number; max: number } | { reason: 'extension'; extension: string };

/** The extension of a file name, upper case without the dot ('' when there is none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0
    ? name
        .slice(dot + 1)
        .trim()
        .toUpperCase()
    : '';
}

/** The `accept` attribute of the file picker: Chorus Pro's extensions (PJ-2), with dots. */
export const ACCEPT_ATTRIBUTE = ALLOWED_EXTENSIONS.map((extension) => `.${extension.toLowerCase()}`).join(',');

/**
 * The checks the element makes before uploading (PJ-1 size, PJ-2 extension), on the limits of the
 * domain that the mock enforces too (`MAX_ATTACHMENT_BYTES`, `ALLOWED_EXTENSIONS`): a refused file is
 * never sent. The content signature is the server's to check (PJ-2 *[design]*).
 */
export function precheckFile(file: File): FileRefusal | undefined {
  if (file.size === 0) return { reason: 'empty' };
  if (file.size > MAX_ATTACHMENT_BYTES) return { reason: 'too_large', size: file.size, max: MAX_ATTACHMENT_BYTES };
  const extension = fileExtension(file.name);
  if (!(ALLOWED_EXTENSIONS as readonly string[]).includes(extension)) return { reason: 'extension', extension };
  return undefined;
}
