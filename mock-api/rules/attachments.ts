import { zipSync } from 'fflate';
import { base64ByteLength, base64ToBytes } from '../../src/domain/base64.js';
import type {
  Attachment,
  AttachmentOwner,
  AttachmentType,
  AttachmentUpdate,
  AttachmentUpload,
} from '../../src/domain/schemas/index.js';
import { assertManager, assertMember } from './access.js';
import { assertFileSize, checkAttachmentFile } from './attachment-checks.js';
import { contentOf, deleteContent, storeContent } from './attachments-content.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';

/**
 * Rules of pièces jointes (PJ-1..3) for both owners: the caller's own account (§9) and a structure
 * (STR-7: its members read, its GP and "Organisation modification" holders write). File checks are
 * the pure ones of `attachment-checks.ts`.
 */

/** The list of types offered when adding a pièce jointe (PJ-1). */
export const ATTACHMENT_TYPES: readonly AttachmentType[] = [
  {
    codeTypePieceJointe: 'RIB',
    libelleTypePieceJointe: { fr: 'Relevé d’identité bancaire', en: 'Bank details (RIB)' },
  },
  {
    codeTypePieceJointe: 'KBIS',
    libelleTypePieceJointe: { fr: 'Extrait Kbis', en: 'Company registration extract (Kbis)' },
  },
  {
    codeTypePieceJointe: 'JUSTIFICATIF_IDENTITE',
    libelleTypePieceJointe: { fr: 'Justificatif d’identité', en: 'Proof of identity' },
  },
  { codeTypePieceJointe: 'MANDAT', libelleTypePieceJointe: { fr: 'Mandat de facturation', en: 'Billing mandate' } },
  { codeTypePieceJointe: 'CONTRAT', libelleTypePieceJointe: { fr: 'Contrat', en: 'Contract' } },
  { codeTypePieceJointe: 'BON_DE_COMMANDE', libelleTypePieceJointe: { fr: 'Bon de commande', en: 'Purchase order' } },
  {
    codeTypePieceJointe: 'JUSTIFICATIF',
    libelleTypePieceJointe: { fr: 'Autre justificatif', en: 'Other supporting document' },
  },
  { codeTypePieceJointe: 'AUTRE', libelleTypePieceJointe: { fr: 'Autre', en: 'Other' } },
];

const sameOwner = (a: AttachmentOwner, b: AttachmentOwner): boolean => a.type === b.type && a.id === b.id;

/**
 * a user reads and writes only his own attachments; a structure's attachments are read by its
 * members and written by its managers (STR-7). An unknown structure is 404.
 */
export function assertAttachmentAccess(ctx: RuleContext, owner: AttachmentOwner, mode: 'read' | 'write'): void {
  if (owner.type === 'UTILISATEUR') {
    if (owner.id !== ctx.caller.idUtilisateur)
      throw refuse('FORBIDDEN', 'X-2', {
        fr: 'Ces pièces jointes ne sont pas les vôtres.',
        en: 'These attachments are not yours.',
      });
    return;
  }
  if (!ctx.store.structures.get(owner.id)) throw notFound({ fr: 'Structure', en: 'Structure' });
  if (mode === 'write') assertManager(ctx.store, ctx.caller.idUtilisateur, owner.id, 'STR-7', todayIso(ctx));
  else assertMember(ctx.store, ctx.caller.idUtilisateur, owner.id, 'STR-7', todayIso(ctx));
}

/** The attachment of this owner with this id, or 404 (an attachment of someone else is not revealed). */
function attachmentOf(ctx: RuleContext, owner: AttachmentOwner, pieceJointeId: number): Attachment {
  const attachment = ctx.store.attachments.get(pieceJointeId);
  if (!attachment || !sameOwner(attachment.proprietaire, owner))
    throw notFound({ fr: 'Pièce jointe', en: 'Attachment' });
  return attachment;
}

/** PJ-3: the owner's attachments (the HTTP layer filters, sorts and pages them). */
export function attachmentsOf(ctx: RuleContext, owner: AttachmentOwner): Attachment[] {
  assertAttachmentAccess(ctx, owner, 'read');
  return ctx.store.attachments.filter((a) => sameOwner(a.proprietaire, owner));
}

/**
 * PJ-1, PJ-2: adds a file with its désignation and type. Size first (413, before decoding), then
 * extension and content signature (415); the stored name is safe. Retrying with the same
 * Idempotency-Key replays the first answer (X-5, HTTP layer).
 */
export function addAttachment(ctx: RuleContext, owner: AttachmentOwner, input: AttachmentUpload): Attachment {
  assertAttachmentAccess(ctx, owner, 'write');
  assertFileSize(base64ByteLength(input.contenu), ctx.config.maxAttachmentBytes);
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(input.contenu);
  } catch {
    throw refuse(
      'INVALID',
      'PJ-1',
      { fr: 'Le contenu du fichier est illisible.', en: 'The file content cannot be read.' },
      [fieldProblem('contenu', 'format')],
    );
  }
  const file = checkAttachmentFile(input.nomFichier, bytes, ctx.config.maxAttachmentBytes);
  const attachment = ctx.store.attachments.insert({
    proprietaire: owner,
    pieceJointeNom: file.nom,
    pieceJointeDesignation: input.pieceJointeDesignation,
    pieceJointeTypeCode: input.pieceJointeTypeCode,
    pieceJointeExtension: file.extension,
    pieceJointeTypeMime: file.typeMime,
    taille: file.taille,
    dateAjout: nowIso(ctx),
    idUtilisateurAjout: ctx.caller.idUtilisateur,
    version: 1,
  });
  storeContent(ctx.store, attachment.pieceJointeId, bytes);
  return attachment;
}

/** PJ-3: edits the désignation and type, based on the version (409 when stale, ACC-7). */
export function updateAttachment(
  ctx: RuleContext,
  owner: AttachmentOwner,
  pieceJointeId: number,
  input: AttachmentUpdate,
): Attachment {
  assertAttachmentAccess(ctx, owner, 'write');
  const attachment = attachmentOf(ctx, owner, pieceJointeId);
  assertVersion(attachment, input.version, 'PJ-3');
  return ctx.store.attachments.update(pieceJointeId, {
    pieceJointeDesignation: input.pieceJointeDesignation,
    pieceJointeTypeCode: input.pieceJointeTypeCode,
    version: attachment.version + 1,
  });
}

/**
 * PJ-3: deletes one or several attachments at once (all or none). The RIB file of bank details
 * cannot be deleted while they use it (BNK-1): replace it in the bank details first.
 */
export function deleteAttachments(ctx: RuleContext, owner: AttachmentOwner, ids: readonly number[]): void {
  assertAttachmentAccess(ctx, owner, 'write');
  for (const id of new Set(ids)) {
    attachmentOf(ctx, owner, id);
    const usedBy = ctx.store.bankDetails.find((b) => b.pieceJointeId === id);
    if (usedBy) {
      throw refuse('STATE_CONFLICT', 'BNK-1', {
        fr: `Cette pièce jointe est le RIB des coordonnées bancaires « ${usedBy.nomCoordonneeBancaire} » : remplacez-la d’abord.`,
        en: `This attachment is the RIB file of the bank details "${usedBy.nomCoordonneeBancaire}": replace it first.`,
      });
    }
    ctx.store.attachments.delete(id);
    deleteContent(ctx.store, id);
  }
}

/** PJ-3: an attachment and its bytes, for download. */
export function attachmentFile(
  ctx: RuleContext,
  owner: AttachmentOwner,
  pieceJointeId: number,
): { attachment: Attachment; bytes: Uint8Array<ArrayBuffer> } {
  assertAttachmentAccess(ctx, owner, 'read');
  const attachment = attachmentOf(ctx, owner, pieceJointeId);
  return { attachment, bytes: contentOf(ctx.store, pieceJointeId) };
}

/** `name.ext`, or `name (2).ext` when the name is already taken in the archive. */
function uniqueName(name: string, taken: Set<string>): string {
  let candidate = name;
  const dot = name.lastIndexOf('.');
  for (let n = 2; taken.has(candidate.toLowerCase()); n += 1)
    candidate = `${name.slice(0, dot)} (${n})${name.slice(dot)}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** PJ-3 "download selected": the chosen attachments in one ZIP archive (same-named files numbered). */
export function attachmentsArchive(
  ctx: RuleContext,
  owner: AttachmentOwner,
  ids: readonly number[],
): Uint8Array<ArrayBuffer> {
  assertAttachmentAccess(ctx, owner, 'read');
  const taken = new Set<string>();
  const files: Record<string, Uint8Array> = {};
  for (const id of new Set(ids)) {
    const attachment = attachmentOf(ctx, owner, id);
    files[uniqueName(attachment.pieceJointeNom, taken)] = contentOf(ctx.store, id);
  }
  return zipSync(files) as Uint8Array<ArrayBuffer>;
}
