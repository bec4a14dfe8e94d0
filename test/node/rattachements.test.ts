import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV, users: U } = CAST;

const request = (idStructureCPP: number, extra: Record<string, unknown> = {}) => ({
  idStructureCPP,
  niveau: 'STRUCTURE' as const,
  dateDebut: '2026-03-02',
  commentaire: 'Nouvel agent du service financier',
  ...extra,
});

describe('RAT-1 "Mes rattachements"', () => {
  it('RAT-1: lists structures and services with role, level and status; the GP and the GS roles show', async () => {
    const mine = await mock.clientAs('claire').listMyRattachements();
    expect(mine.items.map((r) => [r.designationStructure, r.statutRattachement, r.role, r.niveau])).toEqual([
      ["CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE", 'VALIDEE', 'UTILISATEUR', 'STRUCTURE'],
      ['COMMUNE DE TERNEUIL SUR SEINE', 'EN_COURS_DE_VALIDATION', 'UTILISATEUR', 'STRUCTURE'],
    ]);
    expect((await mock.clientAs('marc').listMyRattachements()).items[0]!.role).toBe('GESTIONNAIRE_SECONDAIRE');
    expect((await mock.clientAs('jeane').listMyRattachements()).items[0]!.role).toBe('GESTIONNAIRE_PRINCIPAL');
    const lucas = (await mock.clientAs('lucas').listMyRattachements()).items[0]!;
    expect(lucas).toMatchObject({ niveau: 'SERVICES', codesServices: ['FACTURES_PUBLIQUES'], enVigueur: true });
  });

  it('RAT-1: SUPPRIMEE rows are history, hidden unless asked for', async () => {
    const sophie = mock.clientAs('sophie');
    const [row] = (await sophie.listMyRattachements()).items;
    await sophie.leaveRattachement({ idRattachement: row!.idRattachement, version: row!.version });
    expect((await sophie.listMyRattachements()).items).toEqual([]);
    const history = await sophie.listMyRattachements({ inclureSupprimees: true });
    expect(history.items.map((r) => r.statutRattachement)).toEqual(['SUPPRIMEE']);
    expect((await sophie.listMyRattachements({ statut: 'SUPPRIMEE' })).total).toBe(1);
  });
});

describe('RAT-1 the request of a rattachement and its services', () => {
  it('RAT-1: services come with their code and libellé, in the order of idServices', async () => {
    const lucas = (await mock.clientAs('lucas').listMyRattachements()).items[0]!;
    expect(lucas).toMatchObject({
      codesServices: ['FACTURES_PUBLIQUES'],
      libellesServices: ['Service des factures publiques'],
    });
    const whole = (await mock.clientAs('sophie').listMyRattachements()).items[0]!;
    expect(whole).toMatchObject({ niveau: 'STRUCTURE', codesServices: [], libellesServices: [] });
  });

  it('RAT-1 "Visualiser la demande": a pending request has no decision; once refused, its date, decider and comment show', async () => {
    const claire = mock.clientAs('claire');
    const pending = (await claire.listMyRattachements()).items.find(
      (r) => r.statutRattachement === 'EN_COURS_DE_VALIDATION',
    )!;
    expect(pending.commentaire).toBe('Agent comptable, reprise du poste de Denise FAURE');
    expect(pending.dateDecision).toBeUndefined();
    expect(pending.decideur).toBeUndefined();
    const [approbation] = (await mock.clientAs('pauline').listApprobations({ etat: 'DEMANDE' })).items;
    await mock.clientAs('pauline').decideApprobation({
      idApprobation: approbation!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Poste déjà pourvu',
      version: approbation!.version,
    });
    const refused = (await claire.listMyRattachements()).items.find(
      (r) => r.idRattachement === pending.idRattachement,
    )!;
    expect(refused).toMatchObject({
      statutRattachement: 'REFUSEE',
      commentaireDecision: 'Poste déjà pourvu',
      decideur: 'Pauline DUFOUR',
    });
    expect(refused.dateDecision).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });
});

describe('RAT-3 / RAT-4 / RAT-5 requesting a rattachement', () => {
  it("RAT-4 / RAT-5: a request is pending and opens an approbation for the structure's managers", async () => {
    const result = await mock
      .clientAs('sophie')
      .requestRattachement(
        request(S.chaourcois, { niveau: 'SERVICES', idServices: [SV.finances, SV.voirie], dateFin: '2026-12-31' }),
      );
    expect(result.rattachement).toMatchObject({
      statutRattachement: 'EN_COURS_DE_VALIDATION',
      niveau: 'SERVICES',
      codesServices: ['FINANCES', 'VOIRIE'],
      dateFin: '2026-12-31',
      role: 'UTILISATEUR',
    });
    expect(result.avertissements).toEqual([]);
    const inbox = await mock.clientAs('jeane').listApprobations({ etat: 'DEMANDE' });
    expect(inbox.items.map((a) => [a.type, a.demandeur, a.codesServices])).toEqual([
      ['RATTACHEMENT', 'Sophie MARTIN', ['FINANCES', 'VOIRIE']],
    ]);
    expect((await mock.clientAs('marc').listApprobations({ etat: 'DEMANDE' })).total).toBe(1);
    mock.expectInvariants();
  });

  it('RAT-4: the comment is required, 1..255 characters once trimmed (guide 004); spaces alone are no comment', async () => {
    const sophie = mock.clientAs('sophie');
    for (const commentaire of ['   ', 'x'.repeat(256)]) {
      const error = await refusal(sophie.requestRattachement(request(S.chaourcois, { commentaire })), 'INVALID');
      expect(error.fields.map((f) => f.field)).toEqual(['commentaire']);
    }
    const made = await sophie.requestRattachement(request(S.chaourcois, { commentaire: `  ${'x'.repeat(255)}  ` }));
    expect(made.rattachement.commentaire).toBe('x'.repeat(255));
    mock.expectInvariants();
  });

  it('RAT-4: only active services of that structure, and an active structure', async () => {
    const sophie = mock.clientAs('sophie');
    const error = await refusal(
      sophie.requestRattachement(
        request(S.chaourcois, { niveau: 'SERVICES', idServices: [SV.inactive, SV.ccasAction] }),
      ),
      'RULE_BROKEN',
      'RAT-4',
    );
    expect(error.fields[0]!.field).toBe('idServices');
    mock.store.structures.update(S.ccas, { statut: 'INACTIF' });
    await refusal(sophie.requestRattachement(request(S.ccas)), 'RULE_BROKEN', 'RAT-4');
  });

  it('RAT-5: a duplicate pending or valid request for the same scope is refused (409)', async () => {
    const claire = mock.clientAs('claire');
    const pending = await refusal(claire.requestRattachement(request(S.mairie)), 'DUPLICATE', 'RAT-5');
    expect(pending.status).toBe(409);
    await refusal(
      claire.requestRattachement(request(S.ccas, { niveau: 'SERVICES', idServices: [SV.ccasAction] })),
      'DUPLICATE',
      'RAT-5',
    );
    const lucas = mock.clientAs('lucas');
    await refusal(
      lucas.requestRattachement(
        request(S.chaourcois, { niveau: 'SERVICES', idServices: [SV.facturesPubliques, SV.finances] }),
      ),
      'DUPLICATE',
      'RAT-5',
    );
    const other = await lucas.requestRattachement(
      request(S.chaourcois, { niveau: 'SERVICES', idServices: [SV.finances] }),
    );
    expect(other.rattachement.statutRattachement).toBe('EN_COURS_DE_VALIDATION');
    mock.expectInvariants();
  });

  it('X-2 / ID-4: a deactivated account cannot request', async () => {
    await refusal(mock.clientAs('henri').requestRattachement(request(S.mairie)), 'ACCOUNT_DEACTIVATED', 'ID-4');
  });
});

describe('RAT-7 "Me détacher"', () => {
  it('RAT-7: a simple user removes his rattachement entirely; his profiles go with it', async () => {
    const sophie = mock.clientAs('sophie');
    expect((await sophie.listMyHabilitations()).total).toBeGreaterThan(0);
    const [row] = (await sophie.listMyRattachements()).items;
    const left = await sophie.leaveRattachement({ idRattachement: row!.idRattachement, version: row!.version });
    expect(left).toMatchObject({ statutRattachement: 'SUPPRIMEE', enVigueur: false });
    expect((await sophie.listMyHabilitations()).total).toBe(0);
    expect(
      (await sophie.checkMyAccess({ idStructureCPP: S.mairie, application: 'FACTURES_RECUES' })).consultation,
    ).toBe(false);
    mock.expectInvariants();
  });

  it('RAT-7: a user leaves one service of a services-level rattachement', async () => {
    const jeane = mock.clientAs('jeane');
    await jeane.attachUser({
      idStructureCPP: S.chaourcois,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      niveau: 'SERVICES',
      idServices: [SV.finances, SV.voirie],
      dateDebut: '2026-03-01',
    });
    const sophie = mock.clientAs('sophie');
    const row = (await sophie.listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!;
    const left = await sophie.leaveRattachement({
      idRattachement: row.idRattachement,
      version: row.version,
      idService: SV.voirie,
    });
    expect(left).toMatchObject({ statutRattachement: 'VALIDEE', codesServices: ['FINANCES'] });
    expect(
      (await sophie.listMyHabilitations({ idStructureCPP: S.chaourcois })).items.every(
        (h) => h.idService === SV.finances,
      ),
    ).toBe(true);
    await refusal(
      sophie.leaveRattachement({
        idRattachement: row.idRattachement,
        version: left.version,
        idService: SV.facturesPubliques,
      }),
      'RULE_BROKEN',
      'RAT-7',
    );
    mock.expectInvariants();
  });

  it('RAT-7: a secondary manager may leave; a requester withdraws a pending request', async () => {
    const marc = mock.clientAs('marc');
    const [row] = (await marc.listMyRattachements()).items;
    expect(
      (await marc.leaveRattachement({ idRattachement: row!.idRattachement, version: row!.version })).statutRattachement,
    ).toBe('SUPPRIMEE');
    const claire = mock.clientAs('claire');
    const pending = (await claire.listMyRattachements({ statut: 'EN_COURS_DE_VALIDATION' })).items[0]!;
    await claire.leaveRattachement({ idRattachement: pending.idRattachement, version: pending.version });
    expect((await mock.clientAs('pauline').countApprobations()).enAttente).toBe(0);
    mock.expectInvariants();
  });

  it('RAT-7: the GP cannot just leave; he names a new GP and stays attached as a simple user', async () => {
    const jeane = mock.clientAs('jeane');
    const [row] = (await jeane.listMyRattachements()).items;
    await refusal(
      jeane.leaveRattachement({ idRattachement: row!.idRattachement, version: row!.version }),
      'RULE_BROKEN',
      'RAT-7',
    );
    await refusal(
      jeane.handOverPrincipal({
        idRattachement: row!.idRattachement,
        version: row!.version,
        idNouveauGestionnaire: U.henri,
      }),
      'RULE_BROKEN',
      'GP-2',
    );
    const handed = await jeane.handOverPrincipal({
      idRattachement: row!.idRattachement,
      version: row!.version,
      idNouveauGestionnaire: U.marc,
    });
    expect(handed.ancien).toMatchObject({ role: 'UTILISATEUR', statutRattachement: 'VALIDEE' });
    expect(handed.nouveau).toMatchObject({ role: 'GESTIONNAIRE_PRINCIPAL', login: 'marc.leroy@cc-chaourcois.fr' });
    const access = await jeane.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'ORGANISATION' });
    expect(access).toMatchObject({ consultation: true, modification: false });
    await refusal(jeane.listStructureRattachements({ idStructureCPP: S.chaourcois }), 'FORBIDDEN', 'RAT-8');
    const now = (await jeane.listMyRattachements()).items[0]!;
    expect(
      (await jeane.leaveRattachement({ idRattachement: now.idRattachement, version: now.version })).statutRattachement,
    ).toBe('SUPPRIMEE');
    mock.expectInvariants();
  });

  it('RAT-7: "Supprimer les rattachements" is one deletion per rattachement: the GP\'s is refused, the other goes', async () => {
    const pauline = mock.clientAs('pauline');
    await pauline.requestRattachement(request(S.chaourcois));
    const rows = (await pauline.listMyRattachements()).items;
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      const leave = pauline.leaveRattachement({ idRattachement: r.idRattachement, version: r.version });
      if (r.role === 'GESTIONNAIRE_PRINCIPAL') await refusal(leave, 'RULE_BROKEN', 'RAT-7');
      else expect((await leave).statutRattachement).toBe('SUPPRIMEE');
    }
    expect((await pauline.listMyRattachements()).items.map((r) => r.role)).toEqual([
      'GESTIONNAIRE_PRINCIPAL',
      'GESTIONNAIRE_PRINCIPAL',
    ]);
    mock.expectInvariants();
  });

  it("RAT-7: only the GP hands over, and not someone else's rattachement", async () => {
    const marc = mock.clientAs('marc');
    const [own] = (await marc.listMyRattachements()).items;
    await refusal(
      marc.handOverPrincipal({
        idRattachement: own!.idRattachement,
        version: own!.version,
        idNouveauGestionnaire: U.lucas,
      }),
      'FORBIDDEN',
      'RAT-7',
    );
    await refusal(
      marc.handOverPrincipal({ idRattachement: 3, version: 1, idNouveauGestionnaire: U.marc }),
      'NOT_FOUND',
    );
  });
});

describe('RAT-9 validity dates', () => {
  it('RAT-9: a rattachement outside its validity dates gives no access, even for consultation', async () => {
    await mock.clientAs('jeane').attachUser({
      idStructureCPP: S.chaourcois,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      niveau: 'STRUCTURE',
      dateDebut: '2026-04-01',
      dateFin: '2026-04-30',
    });
    const sophie = mock.clientAs('sophie');
    const check = () => sophie.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'SOLLICITATIONS_EMISES' });
    expect(await check()).toMatchObject({ consultation: false, modification: false });
    const row = (await sophie.listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!;
    expect(row.enVigueur).toBe(false);
    mock.clock.set('2026-04-10T09:00:00.000Z');
    expect(await check()).toMatchObject({ modeEffectif: 'MODIFICATION', consultation: true, modification: true });
    mock.clock.set('2026-05-01T09:00:00.000Z');
    expect(await check()).toMatchObject({ consultation: false });
    expect(
      (await sophie.listMyHabilitations({ idStructureCPP: S.chaourcois })).items.every(
        (h) => h.modeEffectif === undefined,
      ),
    ).toBe(true);
  });

  it('RAT-9: a manager whose rattachement has ended no longer manages', async () => {
    const marc = mock.store.rattachements.find((r) => r.idUtilisateur === U.marc)!;
    mock.store.rattachements.update(marc.idRattachement, { dateFin: '2026-03-01' });
    await refusal(
      mock.clientAs('marc').listStructureRattachements({ idStructureCPP: S.chaourcois }),
      'FORBIDDEN',
      'RAT-9',
    );
  });

  it("RAT-9 / BNK-5 / STR-7: once a manager's rattachement has ended, the structure's bank details and attachments are closed to him", async () => {
    const marc = mock.clientAs('marc');
    const rib = () => ({
      idStructureCPP: S.chaourcois,
      file: new File(['%PDF-1.7\n'], 'rib.pdf'),
      pieceJointeDesignation: 'RIB',
      pieceJointeTypeCode: 'RIB' as const,
    });
    await expect(marc.listBankDetails({ idStructureCPP: S.chaourcois })).resolves.toMatchObject({
      items: expect.any(Array),
    });
    expect((await marc.uploadAttachment(rib())).pieceJointeNom).toBe('rib.pdf');
    const own = mock.store.rattachements.find((r) => r.idUtilisateur === U.marc && r.idStructureCPP === S.chaourcois)!;
    mock.store.rattachements.update(own.idRattachement, { dateFin: '2026-03-01' });
    await refusal(marc.listBankDetails({ idStructureCPP: S.chaourcois }), 'FORBIDDEN', 'RAT-9');
    await refusal(marc.uploadAttachment(rib()), 'FORBIDDEN', 'RAT-9');
    await refusal(marc.listAttachments({ idStructureCPP: S.chaourcois }), 'FORBIDDEN', 'RAT-9');
  });
});

describe('RAT-10 default espaces after validation', () => {
  it('RAT-10 / HAB-3 / HAB-4: an approved request gives the default espaces and profiles of a simple user', async () => {
    const pauline = mock.clientAs('pauline');
    const [pending] = (await pauline.listApprobations({ etat: 'DEMANDE' })).items;
    await pauline.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: pending!.version,
    });
    const held = await mock.clientAs('claire').listMyHabilitations({ idStructureCPP: S.mairie, pageSize: 100 });
    const modes = Object.fromEntries(held.items.map((h) => [h.application, h.mode]));
    expect(modes).toMatchObject({
      ACCUEIL_CONNECTE: 'MODIFICATION',
      FACTURES_EMISES: 'CONSULTATION_UNIQUEMENT',
      FACTURES_RECUES: 'CONSULTATION_UNIQUEMENT',
      SOLLICITATIONS_EMISES: 'MODIFICATION',
      MON_COMPTE: 'MODIFICATION',
      ENGAGEMENTS: 'CONSULTATION_UNIQUEMENT',
      ORGANISATION: 'CONSULTATION_UNIQUEMENT',
      RACCORDEMENTS: 'CONSULTATION_UNIQUEMENT',
    });
    expect(modes).not.toHaveProperty('ACTIVITES_GESTIONNAIRE');
    expect(modes).not.toHaveProperty('PROCESSUS_VALIDATION');
    mock.expectInvariants();
  });
});

describe("X-2 self-service writes act on the caller's own rattachements only", () => {
  it("X-2 / RAT-7: nobody leaves someone else's rattachement on his behalf", async () => {
    const lucas = mock.store.rattachements.find((r) => r.idUtilisateur === U.lucas)!;
    await refusal(
      mock.clientAs('jeane').leaveRattachement({ idRattachement: lucas.idRattachement, version: lucas.version }),
      'NOT_FOUND',
    );
    expect(mock.store.rattachements.get(lucas.idRattachement)!.statutRattachement).toBe('VALIDEE');
  });
});
