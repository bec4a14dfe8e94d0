import { MAX_ATTACHMENT_BYTES } from '../../domain/schemas/index.js';
import type { Check } from '../check.js';
import { fieldCodes, pdfBytes } from './lookup.js';

const SECTION = '9. Pièces jointes';

/** SPEC §9: the user's pièces jointes (the structure's are STR-7). */
export const attachmentChecks: Check[] = [
  {
    id: 'PJ-1.size-and-required-fields',
    rule: 'PJ-1',
    section: SECTION,
    title:
      'a file of 4 × 1024 × 1024 bytes is added; one byte more is refused 413 PJ-1; a missing désignation is refused 400 on that field',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const upload = (size: number, pieceJointeDesignation = 'Plan') =>
        pauline.uploadAttachment({
          file: new Blob([pdfBytes(size)]),
          nomFichier: 'plan.pdf',
          pieceJointeDesignation,
          pieceJointeTypeCode: 'AUTRE',
        });
      const error = await ctx.refused(upload(1024, ''), { status: 400, code: 'INVALID' });
      ctx.expect(
        fieldCodes(error).includes('pieceJointeDesignation:required'),
        'pieceJointeDesignation:required',
        fieldCodes(error),
      );
      await ctx.refused(upload(MAX_ATTACHMENT_BYTES + 1), { status: 413, code: 'TOO_LARGE', rule: 'PJ-1' });
      const largest = await upload(MAX_ATTACHMENT_BYTES);
      ctx.expect(largest.taille === MAX_ATTACHMENT_BYTES, `${MAX_ATTACHMENT_BYTES} bytes stored`, largest.taille);
      const listed = await pauline.listAttachments();
      ctx.expect(listed.total === 1, 'only the accepted file listed', listed.total);
    },
  },
  {
    id: 'PJ-2.extension-outside-the-list',
    rule: 'PJ-2',
    section: SECTION,
    title: 'a file whose extension is not in Chorus Pro’s list is refused 415; a PDF is accepted',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const pdf = pdfBytes();
      const upload = (nomFichier: string) =>
        pauline.uploadAttachment({
          file: new Blob([pdf]),
          nomFichier,
          pieceJointeDesignation: 'Devis',
          pieceJointeTypeCode: 'AUTRE',
        });
      await ctx.refused(upload('setup.exe'), { status: 415, code: 'UNSUPPORTED_TYPE', rule: 'PJ-2' });
      const added = await upload('devis.pdf');
      ctx.expect(added.pieceJointeNom === 'devis.pdf', 'devis.pdf stored', added.pieceJointeNom);
    },
  },
  {
    id: 'PJ-3.list-edit-download-delete-own-only',
    rule: 'PJ-3',
    section: SECTION,
    title:
      'Pauline’s pièce jointe is listed with nom, désignation, type and size, edited, downloaded with its bytes and deleted; another user gets 404 for it',
    as: ['pauline', 'sophie'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const bytes = pdfBytes(2048);
      const added = await pauline.uploadAttachment({
        file: new Blob([bytes]),
        nomFichier: 'devis.pdf',
        pieceJointeDesignation: 'Devis',
        pieceJointeTypeCode: 'AUTRE',
      });
      const [listed] = (await pauline.listAttachments()).items;
      ctx.expect(
        listed?.pieceJointeNom === 'devis.pdf' &&
          listed.pieceJointeDesignation === 'Devis' &&
          listed.pieceJointeTypeCode === 'AUTRE' &&
          listed.taille === 2048,
        'devis.pdf, Devis, AUTRE, 2048 bytes',
        listed,
      );
      await ctx.refused(ctx.as('sophie').downloadAttachment({ pieceJointeId: added.pieceJointeId }), {
        status: 404,
        code: 'NOT_FOUND',
      });
      const edited = await pauline.updateAttachment({
        pieceJointeId: added.pieceJointeId,
        pieceJointeDesignation: 'Devis signé',
        pieceJointeTypeCode: 'AUTRE',
        version: added.version,
      });
      ctx.expect(edited.pieceJointeDesignation === 'Devis signé', 'Devis signé', edited.pieceJointeDesignation);
      const downloaded = new Uint8Array(
        await (await pauline.downloadAttachment({ pieceJointeId: added.pieceJointeId })).arrayBuffer(),
      );
      ctx.expect(
        downloaded.length === bytes.length && downloaded.every((b, i) => b === bytes[i]),
        'the bytes sent',
        `${downloaded.length} bytes`,
      );
      await pauline.deleteAttachment({ pieceJointeId: added.pieceJointeId });
      ctx.expect((await pauline.listAttachments()).total === 0, 'nothing listed after the delete', 'still listed');
    },
  },
];
