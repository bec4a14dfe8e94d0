import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import type { CpClient } from '../../src/client/index.js';
import { IBAN, RIB, ibanInput } from '../../src/conformance/cases/bank-details.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { chaourcois, mairie } = CAST.structures;

/** A RIB file attached to the structure by a manager (STR-7), as the bank details form does first. */
async function ribFile(client: CpClient, idStructureCPP = chaourcois): Promise<number> {
  const bytes = new Uint8Array(64);
  bytes.set(strToU8('%PDF-1.7\n', true));
  const file = await client.uploadAttachment({
    idStructureCPP,
    file: new File([bytes], 'rib.pdf'),
    pieceJointeDesignation: 'RIB',
    pieceJointeTypeCode: 'RIB',
  });
  return file.pieceJointeId;
}

const fieldsOf = (error: { fields: readonly { field: string; code: string }[] }) =>
  error.fields.map((f) => `${f.field}:${f.code}`).sort();

describe('BNK-1 / BNK-2 / BNK-3 bank details with an IBAN', () => {
  it('BNK-1: the GP records bank details with an IBAN typed with spaces and lower case, stored in electronic format', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const created = await jeane.createBankDetails({
      idStructureCPP: chaourcois,
      ...ibanInput(file, { iban: 'fr76 3000 6000 0112 3456 7890 189', bic: 'agri fr pp' }),
    });
    expect(created).toMatchObject({
      idStructureCPP: chaourcois,
      type: 'IBAN',
      pays: 'FR',
      iban: IBAN,
      bic: 'AGRIFRPP',
      pieceJointeId: file,
      affactureur: false,
      version: 1,
    });
    expect(created.dateModification).toBe(mock.clock.now().toISOString());
    mock.expectInvariants();
  });

  it('BNK-2: a wrong IBAN is refused with the validator’s precise reason and FR/EN message', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const badKey = await refusal(
      jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { iban: 'FR7630006000011234567890188' }),
      }),
      'RULE_BROKEN',
      'BNK-2',
    );
    expect(badKey.status).toBe(422);
    expect(fieldsOf(badKey)).toEqual(['iban:iban-bad-rib-key']);
    expect(badKey.fields[0]!.message.fr).toContain('clé RIB');
    expect(badKey.fields[0]!.message.en).toContain('RIB key');
    const short = await refusal(
      jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { iban: 'FR763000600001123456789018' }),
      }),
      'RULE_BROKEN',
      'BNK-2',
    );
    expect(short.fields[0]).toMatchObject({ field: 'iban', code: 'iban-wrong-length' });
    expect(short.fields[0]!.message.fr).toContain('27');
    const country = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { pays: 'BE' }) }),
      'RULE_BROKEN',
      'BNK-2',
    );
    expect(fieldsOf(country)).toEqual(['pays:iban_country_mismatch']);
    expect((await jeane.listBankDetails({ idStructureCPP: chaourcois })).total).toBe(0);
  });

  it('BNK-3: the BIC is required with an IBAN, ISO 9362, and of the IBAN’s country', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const mismatch = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { bic: 'COBADEFFXXX' }) }),
      'RULE_BROKEN',
      'BNK-3',
    );
    expect(fieldsOf(mismatch)).toEqual(['bic:bic-country-mismatch']);
    expect(mismatch.fields[0]!.message.en).toContain('Germany');
    await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { bic: 'AGRIFRP' }) }),
      'RULE_BROKEN',
      'BNK-3',
    );
    const missing = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { bic: undefined }) }),
      'RULE_BROKEN',
      'BNK-3',
    );
    expect(fieldsOf(missing)).toEqual(['bic:bic-empty']);
    const german = await jeane.createBankDetails({
      idStructureCPP: chaourcois,
      ...ibanInput(file, { pays: 'DE', iban: 'DE89370400440532013000', bic: 'COBADEFFXXX' }),
    });
    expect(german.bic).toBe('COBADEFFXXX');
  });
});

describe('BNK-4 bank details with a French RIB', () => {
  it('BNK-4: a RIB with the right key is recorded with its IBAN; a wrong key names the expected one', async () => {
    const marc = mock.clientAs('marc');
    const file = await ribFile(marc);
    const input = {
      idStructureCPP: chaourcois,
      nomCoordonneeBancaire: 'Régie',
      type: 'RIB' as const,
      pays: 'FR',
      rib: RIB,
      pieceJointeId: file,
      affactureur: false,
    };
    const wrong = await refusal(
      marc.createBankDetails({ ...input, rib: { ...RIB, cleRib: '88' } }),
      'RULE_BROKEN',
      'BNK-4',
    );
    expect(fieldsOf(wrong)).toEqual(['rib.cleRib:rib-bad-key']);
    expect(wrong.fields[0]!.message.fr).toContain('89');
    const format = await refusal(
      marc.createBankDetails({ ...input, rib: { ...RIB, codeGuichet: '0001' } }),
      'RULE_BROKEN',
      'BNK-4',
    );
    expect(fieldsOf(format)).toEqual(['rib.codeGuichet:rib-branch-code-format']);
    await refusal(marc.createBankDetails({ ...input, pays: 'DE' }), 'RULE_BROKEN', 'BNK-4');
    const created = await marc.createBankDetails(input);
    expect(created).toMatchObject({ type: 'RIB', rib: RIB, iban: IBAN });
    mock.expectInvariants();
  });
});

describe('BNK-1 RIB file, factor, uniqueness', () => {
  it('BNK-1: the RIB file is required and must be one of the structure’s attachments', async () => {
    const jeane = mock.clientAs('jeane');
    const mine = await jeane.uploadAttachment({
      file: new File([strToU8('%PDF-1.7\n', true)], 'rib.pdf'),
      pieceJointeDesignation: 'RIB',
      pieceJointeTypeCode: 'RIB',
    });
    const error = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(mine.pieceJointeId) }),
      'RULE_BROKEN',
      'BNK-1',
    );
    expect(fieldsOf(error)).toEqual(['pieceJointeId:rib_file_required']);
    const missing = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(undefined as never) }),
      'INVALID',
    );
    expect(fieldsOf(missing)).toEqual(['pieceJointeId:required']);
  });

  it('BNK-1: with "affactureur", the factor’s raison sociale, pays, identifiant and type are required and its SIRET checked', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const missing = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { affactureur: true }) }),
      'RULE_BROKEN',
      'BNK-1',
    );
    expect(fieldsOf(missing)).toEqual(['factor:factor_required']);
    const factor = {
      raisonSociale: 'FACTOR SA',
      pays: 'FR',
      identifiant: '732 829 320 00079',
      typeIdentifiant: 'SIRET' as const,
    };
    const badSiret = await refusal(
      jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file, { affactureur: true, factor }) }),
      'RULE_BROKEN',
      'BNK-1',
    );
    expect(fieldsOf(badSiret)).toEqual(['factor.identifiant:siret-bad-key']);
    const created = await jeane.createBankDetails({
      idStructureCPP: chaourcois,
      ...ibanInput(file, { affactureur: true, factor: { ...factor, identifiant: '732 829 320 00074' } }),
    });
    expect(created.factor).toEqual({ ...factor, identifiant: '73282932000074' });
  });

  it('BNK-1: the same account or name twice in a structure is refused (409)', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    await jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file) });
    const sameAccount = await refusal(
      jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { nomCoordonneeBancaire: 'Autre nom' }),
      }),
      'DUPLICATE',
      'BNK-1',
    );
    expect(fieldsOf(sameAccount)).toEqual(['iban:duplicate']);
    await refusal(
      jeane.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, {
          nomCoordonneeBancaire: 'compte PRINCIPAL',
          iban: 'DE89370400440532013000',
          pays: 'DE',
          bic: 'COBADEFFXXX',
        }),
      }),
      'DUPLICATE',
      'BNK-1',
    );
  });

  it('BNK-1: the RIB file of bank details cannot be deleted from the attachments while they use it', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    await jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file) });
    const error = await refusal(
      jeane.deleteAttachment({ idStructureCPP: chaourcois, pieceJointeId: file }),
      'STATE_CONFLICT',
      'BNK-1',
    );
    expect(error.text.fr).toContain('Compte principal');
    mock.expectInvariants();
  });
});

describe('BNK-5 list, modify, attachment; X-2 authorization', () => {
  it('BNK-5: members list them and view the attachment; managers modify them on the current version', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const created = await jeane.createBankDetails({
      idStructureCPP: chaourcois,
      ...ibanInput(file, {
        affactureur: true,
        factor: { raisonSociale: 'FACTOR SA', pays: 'FR', identifiant: 'FR-123', typeIdentifiant: 'AUTRE' },
      }),
    });
    const lucas = mock.clientAs('lucas');
    const page = await lucas.listBankDetails({ idStructureCPP: chaourcois });
    expect(page.items.map((b) => b.nomCoordonneeBancaire)).toEqual(['Compte principal']);
    const blob = await lucas.downloadBankDetailsAttachment({
      idStructureCPP: chaourcois,
      idCoordonneeBancaire: created.idCoordonneeBancaire,
    });
    expect(new TextDecoder().decode(new Uint8Array(await blob.arrayBuffer())).startsWith('%PDF-')).toBe(true);
    const { idCoordonneeBancaire, idStructureCPP, dateModification: _, version, factor: _factor, ...rest } = created;
    const modified = await mock.clientAs('marc').updateBankDetails({
      idStructureCPP,
      idCoordonneeBancaire,
      ...rest,
      nomCoordonneeBancaire: 'Compte régie',
      affactureur: false,
      version,
    });
    expect(modified).toMatchObject({ nomCoordonneeBancaire: 'Compte régie', affactureur: false, version: 2 });
    expect(modified.factor).toBeUndefined();
    const stale = await refusal(
      jeane.updateBankDetails({ idStructureCPP, idCoordonneeBancaire, ...rest, version }),
      'VERSION_CONFLICT',
      'BNK-5',
    );
    expect(stale.status).toBe(409);
    expect((await jeane.getBankDetails({ idStructureCPP, idCoordonneeBancaire })).nomCoordonneeBancaire).toBe(
      'Compte régie',
    );
    mock.expectInvariants();
  });

  it('X-2: a simple user cannot write; another structure’s user cannot read; a deactivated account nothing', async () => {
    const jeane = mock.clientAs('jeane');
    const file = await ribFile(jeane);
    const created = await jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(file) });
    const lucas = mock.clientAs('lucas');
    const forbidden = await refusal(
      lucas.createBankDetails({
        idStructureCPP: chaourcois,
        ...ibanInput(file, { nomCoordonneeBancaire: 'Mon compte' }),
      }),
      'FORBIDDEN',
      'BNK-1',
    );
    expect(forbidden.status).toBe(403);
    const { idCoordonneeBancaire, idStructureCPP, dateModification: _, version, ...rest } = created;
    await refusal(
      lucas.updateBankDetails({ idStructureCPP, idCoordonneeBancaire, ...rest, version }),
      'FORBIDDEN',
      'BNK-1',
    );
    const pauline = mock.clientAs('pauline');
    await refusal(pauline.listBankDetails({ idStructureCPP: chaourcois }), 'FORBIDDEN', 'BNK-5');
    await refusal(pauline.getBankDetails({ idStructureCPP: mairie, idCoordonneeBancaire }), 'NOT_FOUND');
    await refusal(pauline.createBankDetails({ idStructureCPP: mairie, ...ibanInput(file) }), 'RULE_BROKEN', 'BNK-1');
    await refusal(
      mock.clientAs('henri').listBankDetails({ idStructureCPP: chaourcois }),
      'ACCOUNT_DEACTIVATED',
      'ID-4',
    );
  });

  it('X-3: the list exports to CSV', async () => {
    const jeane = mock.clientAs('jeane');
    await jeane.createBankDetails({ idStructureCPP: chaourcois, ...ibanInput(await ribFile(jeane)) });
    const text = new TextDecoder().decode(
      new Uint8Array(await (await jeane.exportBankDetailsCsv({ idStructureCPP: chaourcois })).arrayBuffer()),
    );
    expect(text.split('\r\n')[0]).toBe(
      'Nom;Type;Pays;IBAN;BIC;Affactureur;Raison sociale de l’affactureur;Date de modification',
    );
    expect(text.split('\r\n')[1]).toBe(`Compte principal;IBAN;FR;${IBAN};AGRIFRPP;Non;;02/03/2026`);
  });
});
