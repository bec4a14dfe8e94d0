import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { makeSiret } from '../../mock-api/seed/siret.js';
import type { Attachment } from '../../src/domain/schemas/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, sirets, users: U } = CAST;
const newSiret = makeSiret('20007104', '0099');
const newAddress = { adresse: '5 BD DES GRANDS FOSSES', codePostal: '10130', ville: 'ERVILLE-CHÂTEL', pays: 'FR' };

const registerNewSiret = () =>
  mock.app.env.insee.register({
    siret: newSiret,
    raisonSociale: "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
    etatAdministratif: 'ACTIF',
    adresse: newAddress,
    dateMiseAJour: '2026-02-01T00:00:00.000Z',
  });

const attachment = (pieceJointeId: number, code: string): Attachment => ({
  pieceJointeId,
  proprietaire: { type: 'STRUCTURE', id: S.chaourcois },
  pieceJointeNom: `${code.toLowerCase()}.pdf`,
  pieceJointeDesignation: code,
  pieceJointeTypeCode: code,
  pieceJointeExtension: 'PDF',
  pieceJointeTypeMime: 'application/pdf',
  taille: 4,
  dateAjout: '2026-01-01T00:00:00.000Z',
  idUtilisateurAjout: U.jeane,
  version: 1,
});

describe('STR-6 duplicate a structure', () => {
  it('STR-6: the new structure takes INSEE’s information, the editable fields, and a copy of the rest; the old one is deactivated', async () => {
    registerNewSiret();
    mock.store.attachments.insert(attachment(101, 'MANDAT'));
    mock.store.attachments.insert(attachment(102, 'KBIS'));
    mock.store.attachmentContents.insert({ pieceJointeId: 102, base64: 'JVBERg==' });
    const jeane = mock.clientAs('jeane');
    const old = await jeane.getStructure(S.chaourcois);
    const created = await jeane.duplicateStructure(S.chaourcois, {
      typeIdentifiantStructure: 'SIRET',
      identifiantStructure: newSiret,
      libelleStructure: 'Communaute Chaource',
      version: old.version,
    });
    expect(created).toMatchObject({
      identifiantStructure: newSiret,
      designationStructure: "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
      adresse: newAddress,
      libelleStructure: 'Communaute Chaource',
      typeStructure: 'PUBLIQUE',
      parametres: old.parametres,
      statut: 'ACTIF',
      idStructureOrigine: S.chaourcois,
      version: 1,
    });
    expect((await jeane.getStructure(S.chaourcois)).statut).toBe('INACTIF');

    const oldServices = (await jeane.listServices(S.chaourcois)).items;
    const newServices = (await jeane.listServices(created.idStructureCPP)).items;
    expect(newServices.map((s) => [s.codeService, s.statut])).toEqual(
      oldServices.map((s) => [s.codeService, s.statut]),
    );

    const gp = mock.store.rattachements.find(
      (r) => r.idStructureCPP === created.idStructureCPP && r.role === 'GESTIONNAIRE_PRINCIPAL',
    );
    expect(gp?.idUtilisateur).toBe(U.jeane);
    expect((await mock.clientAs('marc').getStructure(created.idStructureCPP)).idStructureCPP).toBe(
      created.idStructureCPP,
    );
    const lucas = mock.store.rattachements.find(
      (r) => r.idStructureCPP === created.idStructureCPP && r.idUtilisateur === U.lucas,
    );
    expect(lucas?.idServices.map((id) => mock.store.services.get(id)?.codeService)).toEqual(['FACTURES_PUBLIQUES']);
    expect(lucas?.idServices[0]).not.toBe(CAST.services.facturesPubliques);

    const copied = mock.store.attachments.filter(
      (p) => p.proprietaire.type === 'STRUCTURE' && p.proprietaire.id === created.idStructureCPP,
    );
    expect(copied.map((p) => p.pieceJointeTypeCode)).toEqual(['KBIS']);
    expect(mock.store.attachmentContents.get(copied[0]!.pieceJointeId)?.base64).toBe('JVBERg==');
    mock.expectInvariants();
  });

  it('STR-6: libellé, e-mail and phone default to the old ones', async () => {
    registerNewSiret();
    const pauline = mock.clientAs('pauline');
    const old = await pauline.getStructure(S.mairie);
    const created = await pauline.duplicateStructure(S.mairie, {
      typeIdentifiantStructure: 'SIRET',
      identifiantStructure: newSiret,
      telephone: '01 39 00 00 02',
      version: old.version,
    });
    expect(created).toMatchObject({
      libelleStructure: old.libelleStructure,
      emailStructure: old.emailStructure,
      telephone: '01 39 00 00 02',
    });
    mock.expectInvariants();
  });

  it('STR-6: the new identifier has the old one’s type', async () => {
    const jeane = mock.clientAs('jeane');
    const old = await jeane.getStructure(S.chaourcois);
    const error = await refusal(
      jeane.duplicateStructure(S.chaourcois, {
        typeIdentifiantStructure: 'RIDET',
        identifiantStructure: '1234567001',
        version: old.version,
      }),
      'RULE_BROKEN',
      'STR-6',
    );
    expect(error.fields.map((f) => f.field)).toEqual(['typeIdentifiantStructure']);
  });

  it('STR-6: the new SIRET must exist at INSEE, be active and be nobody else’s', async () => {
    const jeane = mock.clientAs('jeane');
    const old = await jeane.getStructure(S.chaourcois);
    const to = (identifiantStructure: string) =>
      jeane.duplicateStructure(S.chaourcois, {
        typeIdentifiantStructure: 'SIRET',
        identifiantStructure,
        version: old.version,
      });
    expect((await refusal(to(sirets.closed), 'RULE_BROKEN', 'STR-6')).fields[0]!.code).toBe('insee_closed');
    expect((await refusal(to(makeSiret('99999999', '0002')), 'RULE_BROKEN', 'STR-6')).fields[0]!.code).toBe(
      'insee_unknown',
    );
    await refusal(to(sirets.mairie), 'DUPLICATE', 'STR-1');
    await refusal(to('20007104100047'), 'RULE_BROKEN', 'STR-1');
    expect((await jeane.getStructure(S.chaourcois)).statut).toBe('ACTIF');
  });

  it('STR-6 / X-2: only a manager of the old structure duplicates it', async () => {
    registerNewSiret();
    const request = { typeIdentifiantStructure: 'SIRET' as const, identifiantStructure: newSiret, version: 1 };
    await refusal(mock.clientAs('lucas').duplicateStructure(S.chaourcois, request), 'FORBIDDEN', 'STR-6');
    await refusal(mock.clientAs('pauline').duplicateStructure(S.chaourcois, request), 'FORBIDDEN', 'STR-6');
  });
});
