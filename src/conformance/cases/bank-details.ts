import type { CpClient } from '../../client/index.js';
import type { BankDetailsInput } from '../../domain/schemas/index.js';
import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { fieldCodes, pdfBytes, structureId } from './lookup.js';

const SECTION = '10. Coordonnées bancaires';
/** The bank details the cases record, shared with the Node rule tests (`test/node/bank-details.test.ts`). */
export const IBAN = 'FR7630006000011234567890189';
export const RIB = { codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' };

/** A RIB file added to the structure's pièces jointes by a manager (STR-7), as the bank details form does first. */
async function ribFile(client: CpClient, idStructureCPP?: number): Promise<number> {
  const file = await client.uploadAttachment({
    ...(idStructureCPP === undefined ? {} : { idStructureCPP }),
    file: new Blob([pdfBytes()]),
    nomFichier: 'rib.pdf',
    pieceJointeDesignation: 'RIB',
    pieceJointeTypeCode: 'RIB',
  });
  return file.pieceJointeId;
}

/** An IBAN recording with the RIB file `pieceJointeId`, `extra` overriding any field. */
export const ibanInput = (pieceJointeId: number, extra: Partial<BankDetailsInput> = {}): BankDetailsInput => ({
  nomCoordonneeBancaire: 'Compte principal',
  type: 'IBAN',
  pays: 'FR',
  iban: IBAN,
  bic: 'AGRIFRPP',
  pieceJointeId,
  affactureur: false,
  ...extra,
});

/** SPEC §10: bank details of a structure, recorded by its managers. */
export const bankDetailsChecks: Check[] = [
  {
    id: 'BNK-1.rib-file-of-the-structure',
    rule: 'BNK-1',
    section: SECTION,
    title:
      'bank details whose RIB file is not one of the structure’s pièces jointes are refused 422 BNK-1; with the structure’s RIB file they are recorded',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const own = await ribFile(jeane);
      const error = await ctx.refused(jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(own) }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'BNK-1',
      });
      ctx.expect(
        fieldCodes(error).join() === 'pieceJointeId:rib_file_required',
        'pieceJointeId:rib_file_required',
        fieldCodes(error),
      );
      const file = await ribFile(jeane, chaourcois);
      const created = await jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file) });
      ctx.expect(
        created.pieceJointeId === file && created.iban === IBAN && created.type === 'IBAN',
        'the bank details recorded with their RIB file',
        created,
      );
    },
  },
  {
    id: 'BNK-2.iban-checked',
    rule: 'BNK-2',
    section: SECTION,
    title:
      'an IBAN with a wrong key is refused 422 BNK-2 on the iban field; typed with spaces and lower case it is recorded in electronic format',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const file = await ribFile(jeane, chaourcois);
      const error = await ctx.refused(
        jeane.createBankDetails({
          idStructureCPP: chaourcois,
          ...ibanInput(file, { iban: 'FR7630006000011234567890188' }),
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'BNK-2' },
      );
      ctx.expect(
        error.fields.some((f) => f.field === 'iban'),
        'a field message on iban',
        fieldCodes(error),
      );
      const created = await jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { iban: 'fr76 3000 6000 0112 3456 7890 189' }),
      });
      ctx.expect(created.iban === IBAN, IBAN, created.iban);
    },
  },
  {
    id: 'BNK-3.bic-of-the-iban-country',
    rule: 'BNK-3',
    section: SECTION,
    title: 'a German BIC with a French IBAN is refused 422 BNK-3; a German BIC with a German IBAN is recorded',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const file = await ribFile(jeane, chaourcois);
      const error = await ctx.refused(
        jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { bic: 'COBADEFFXXX' }) }),
        { status: 422, code: 'RULE_BROKEN', rule: 'BNK-3' },
      );
      ctx.expect(
        error.fields.some((f) => f.field === 'bic'),
        'a field message on bic',
        fieldCodes(error),
      );
      const german = await jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { pays: 'DE', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }),
      });
      ctx.expect(german.bic === 'COBADEFFXXX', 'COBADEFFXXX', german.bic);
    },
  },
  {
    id: 'BNK-4.rib-key',
    rule: 'BNK-4',
    section: SECTION,
    title:
      'a French RIB with a wrong key is refused 422 BNK-4 on cleRib; with the right key it is recorded with its IBAN',
    as: ['marc'],
    async run(ctx) {
      const marc = ctx.as('marc');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const input = {
        idStructureCPP: chaourcois,
        nomCoordonneeBancaire: 'Régie',
        type: 'RIB' as const,
        pays: 'FR',
        rib: RIB,
        pieceJointeId: await ribFile(marc, chaourcois),
        affactureur: false,
      };
      const error = await ctx.refused(marc.createBankDetails({ ...input, rib: { ...RIB, cleRib: '88' } }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'BNK-4',
      });
      ctx.expect(
        error.fields.some((f) => f.field === 'rib.cleRib'),
        'a field message on rib.cleRib',
        fieldCodes(error),
      );
      const created = await marc.createBankDetails(input);
      ctx.expect(created.iban === IBAN, `the IBAN ${IBAN}`, created.iban);
    },
  },
  {
    id: 'BNK-5.members-read-managers-modify',
    rule: 'BNK-5',
    section: SECTION,
    title:
      'a simple user (Lucas) lists the bank details and views their RIB file but may not modify them (403); a manager (Marc) modifies them on the current version',
    as: ['jeane', 'lucas', 'marc'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const created = await ctx
        .as('jeane')
        .createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(await ribFile(ctx.as('jeane'), chaourcois)) });
      const lucas = ctx.as('lucas');
      const page = await lucas.listBankDetails({ idStructureCPP: chaourcois });
      ctx.expect(
        page.items.some((b) => b.idCoordonneeBancaire === created.idCoordonneeBancaire),
        'the bank details listed to a member',
        page.total,
      );
      const ref = { idStructureCPP: chaourcois, idCoordonneeBancaire: created.idCoordonneeBancaire };
      const file = await lucas.downloadBankDetailsAttachment(ref);
      ctx.expect(
        new TextDecoder().decode(new Uint8Array(await file.arrayBuffer())).startsWith('%PDF-'),
        'the RIB file',
        `${file.size} bytes`,
      );
      const update = {
        ...ref,
        ...ibanInput(created.pieceJointeId!),
        nomCoordonneeBancaire: 'Compte régie',
        version: created.version,
      };
      await ctx.refused(lucas.updateBankDetails(update), { status: 403, code: 'FORBIDDEN', rule: 'BNK-1' });
      const modified = await ctx.as('marc').updateBankDetails(update);
      ctx.expect(modified.nomCoordonneeBancaire === 'Compte régie', 'Compte régie', modified.nomCoordonneeBancaire);
    },
  },
];
