import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV } = CAST;

const line = (idService: number | undefined, mode: 'MODIFICATION' | 'CONSULTATION_UNIQUEMENT') =>
  idService === undefined ? { mode } : { idService, mode };

describe('HAB-7 "Mes abonnements aux espaces"', () => {
  it('HAB-7: one row per (structure, service, espace), VALIDE or EN_COURS_DE_VALIDATION, filtered by status', async () => {
    const sophie = mock.clientAs('sophie');
    await sophie.requestAbonnements({
      idStructureCPP: S.mairie,
      espace: 'ENGAGEMENTS',
      lignes: [line(undefined, 'MODIFICATION')],
      dateEffet: '2026-03-02',
      commentaire: 'Saisie des engagements',
    });
    const rows = await sophie.listMyAbonnements({ espace: 'ENGAGEMENTS', sort: 'statut' });
    expect(rows.items.map((a) => [a.designationStructure, a.espace, a.mode, a.statut])).toEqual([
      ['COMMUNE DE TERNEUIL SUR SEINE', 'ENGAGEMENTS', 'MODIFICATION', 'EN_COURS_DE_VALIDATION'],
      ['COMMUNE DE TERNEUIL SUR SEINE', 'ENGAGEMENTS', 'CONSULTATION_UNIQUEMENT', 'VALIDE'],
    ]);
    expect((await sophie.listMyAbonnements({ statut: 'EN_COURS_DE_VALIDATION' })).total).toBe(1);
  });

  it("HAB-7: deleting one or several abonnements; a pending one is withdrawn from the managers' inbox", async () => {
    const sophie = mock.clientAs('sophie');
    const [pending] = await sophie.requestAbonnements({
      idStructureCPP: S.mairie,
      espace: 'ENGAGEMENTS',
      lignes: [line(undefined, 'MODIFICATION')],
      dateEffet: '2026-03-02',
    });
    expect((await mock.clientAs('pauline').listApprobations({ type: 'ABONNEMENT' })).total).toBe(1);
    const held = (await sophie.listMyAbonnements({ espace: 'SUIVI_FLUX' })).items[0]!;
    await sophie.deleteMyAbonnements({ ids: [pending!.idAbonnement, held.idAbonnement] });
    expect((await mock.clientAs('pauline').listApprobations({ type: 'ABONNEMENT' })).total).toBe(0);
    expect((await sophie.checkMyAccess({ idStructureCPP: S.mairie, application: 'SUIVI_FLUX' })).consultation).toBe(
      false,
    );
    const one = (await sophie.listMyAbonnements({ espace: 'MES_MESSAGES' })).items[0]!;
    await sophie.deleteMyAbonnements({ ids: [one.idAbonnement] });
    expect((await sophie.listMyAbonnements({ espace: 'MES_MESSAGES' })).total).toBe(0);
    mock.expectInvariants();
  });

  it("HAB-7 / X-2: someone else's abonnement cannot be deleted, and nothing is deleted then", async () => {
    const mine = (await mock.clientAs('sophie').listMyAbonnements()).items[0]!;
    const lucas = (await mock.clientAs('lucas').listMyAbonnements()).items[0]!;
    await refusal(
      mock.clientAs('sophie').deleteMyAbonnements({ ids: [mine.idAbonnement, lucas.idAbonnement] }),
      'NOT_FOUND',
    );
    expect((await mock.clientAs('sophie').listMyAbonnements({ espace: mine.espace })).total).toBe(1);
  });
});

describe("HAB-4 the GP's manager rights go with the role", () => {
  it('HAB-4: the GP deletes other abonnements but not his own "Activités du gestionnaire" or "Organisation"; nothing is deleted then', async () => {
    const jeane = mock.clientAs('jeane');
    const rows = (await jeane.listMyAbonnements({ idStructureCPP: S.chaourcois, pageSize: 100 })).items;
    const activites = rows.find((a) => a.espace === 'ACTIVITES_GESTIONNAIRE')!;
    const organisation = rows.find((a) => a.espace === 'ORGANISATION')!;
    const factures = rows.find((a) => a.espace === 'FACTURES_EMISES')!;
    expect([activites.lieAuRole, organisation.lieAuRole, factures.lieAuRole]).toEqual([true, true, false]);
    const error = await refusal(
      jeane.deleteMyAbonnements({ ids: [factures.idAbonnement, activites.idAbonnement] }),
      'RULE_BROKEN',
      'HAB-4',
    );
    expect(error.text.fr).toContain("CC DU CHAOURCOIS ET DU VAL D'ARMANCE");
    await refusal(jeane.deleteMyAbonnements({ ids: [organisation.idAbonnement] }), 'RULE_BROKEN', 'HAB-4');
    expect((await jeane.listMyAbonnements({ idStructureCPP: S.chaourcois, pageSize: 100 })).total).toBe(rows.length);
    await jeane.deleteMyAbonnements({ ids: [factures.idAbonnement] });
    expect(
      (await jeane.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'ACTIVITES_GESTIONNAIRE' })).modification,
    ).toBe(true);
  });

  it('HAB-4: a secondary manager (Marc) is not bound: his "Activités du gestionnaire" is his to delete', async () => {
    const marc = mock.clientAs('marc');
    const activites = (await marc.listMyAbonnements({ idStructureCPP: S.chaourcois, espace: 'ACTIVITES_GESTIONNAIRE' }))
      .items[0]!;
    expect(activites.lieAuRole).toBe(false);
    await marc.deleteMyAbonnements({ ids: [activites.idAbonnement] });
    expect((await marc.listMyAbonnements({ espace: 'ACTIVITES_GESTIONNAIRE' })).total).toBe(0);
  });
});

describe('HAB-8 requesting an abonnement', () => {
  it('HAB-8: per service, modification and/or consultation; both ticked asks for modification; one approbation per line', async () => {
    await mock.clientAs('jeane').attachUser({
      idStructureCPP: S.chaourcois,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      niveau: 'SERVICES',
      idServices: [SV.finances, SV.voirie],
      dateDebut: '2026-03-02',
    });
    const created = await mock.clientAs('sophie').requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'FACTURES_TRAVAUX',
      lignes: [
        line(SV.finances, 'CONSULTATION_UNIQUEMENT'),
        line(SV.finances, 'MODIFICATION'),
        line(SV.voirie, 'MODIFICATION'),
      ],
      dateEffet: '2026-03-05',
    });
    expect(created.map((a) => [a.codeService, a.mode, a.statut, a.dateEffet])).toEqual([
      ['FINANCES', 'MODIFICATION', 'EN_COURS_DE_VALIDATION', '2026-03-05'],
      ['VOIRIE', 'MODIFICATION', 'EN_COURS_DE_VALIDATION', '2026-03-05'],
    ]);
    expect((await mock.clientAs('jeane').listApprobations({ type: 'ABONNEMENT' })).total).toBe(2);
    mock.expectInvariants();
  });

  it('HAB-8: only services the user is attached to; the default service (whole structure) needs a structure-level rattachement', async () => {
    const lucas = mock.clientAs('lucas');
    const other = await refusal(
      lucas.requestAbonnements({
        idStructureCPP: S.chaourcois,
        espace: 'ENGAGEMENTS',
        lignes: [line(SV.voirie, 'MODIFICATION')],
        dateEffet: '2026-03-02',
      }),
      'RULE_BROKEN',
      'HAB-8',
    );
    expect(other.fields[0]!.field).toBe('lignes.0.idService');
    await refusal(
      lucas.requestAbonnements({
        idStructureCPP: S.chaourcois,
        espace: 'ENGAGEMENTS',
        lignes: [line(undefined, 'MODIFICATION')],
        dateEffet: '2026-03-02',
      }),
      'RULE_BROKEN',
      'HAB-8',
    );
    await refusal(
      lucas.requestAbonnements({
        idStructureCPP: S.mairie,
        espace: 'ENGAGEMENTS',
        lignes: [line(undefined, 'CONSULTATION_UNIQUEMENT')],
        dateEffet: '2026-03-02',
      }),
      'RULE_BROKEN',
      'HAB-8',
    );
    const ok = await lucas.requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'ENGAGEMENTS',
      lignes: [line(SV.facturesPubliques, 'MODIFICATION')],
      dateEffet: '2026-03-02',
    });
    expect(ok).toHaveLength(1);
  });

  it('HAB-8: a request already pending, or a mode already held, is a duplicate (409)', async () => {
    const sophie = mock.clientAs('sophie');
    const request = {
      idStructureCPP: S.mairie,
      espace: 'ENGAGEMENTS' as const,
      lignes: [line(undefined, 'MODIFICATION')],
      dateEffet: '2026-03-02',
    };
    await sophie.requestAbonnements(request);
    await refusal(sophie.requestAbonnements(request), 'DUPLICATE', 'HAB-8');
    await refusal(
      sophie.requestAbonnements({ ...request, lignes: [line(undefined, 'CONSULTATION_UNIQUEMENT')] }),
      'DUPLICATE',
      'HAB-8',
    );
    await refusal(
      sophie.requestAbonnements({
        ...request,
        espace: 'MON_COMPTE',
        lignes: [line(undefined, 'CONSULTATION_UNIQUEMENT')],
      }),
      'DUPLICATE',
      'HAB-8',
    );
  });

  it("HAB-8: only espaces open on the structure (structure level) or on the user's service (service level)", async () => {
    const lucas = mock.clientAs('lucas');
    const processus = {
      idStructureCPP: S.chaourcois,
      espace: 'PROCESSUS_VALIDATION' as const,
      lignes: [line(SV.facturesPubliques, 'MODIFICATION')],
      dateEffet: '2026-03-02',
    };
    const closed = await refusal(lucas.requestAbonnements(processus), 'RULE_BROKEN', 'HAB-8');
    expect(closed.fields[0]!.field).toBe('espace');
    const jeane = mock.clientAs('jeane');
    const current = await jeane.getEspaceConfiguration({ idStructureCPP: S.chaourcois });
    expect(current).toMatchObject({ niveau: 'STRUCTURE', gsCommeGestionnaire: true });
    await jeane.setEspaceConfiguration({
      idStructureCPP: S.chaourcois,
      niveau: 'SERVICE',
      espacesStructure: current.espacesStructure,
      services: [{ idService: SV.facturesPubliques, espaces: ['PROCESSUS_VALIDATION'] }],
      version: current.version,
    });
    expect(await lucas.requestAbonnements(processus)).toHaveLength(1);
    await refusal(lucas.requestAbonnements({ ...processus, espace: 'ENGAGEMENTS' }), 'RULE_BROKEN', 'HAB-8');
    mock.expectInvariants();
  });
});

describe('HAB-9 espaces set at structure level', () => {
  it('HAB-9: opening an espace at structure level generates a subscription request per active user attached to the structure, which the GP validates or not', async () => {
    const jeane = mock.clientAs('jeane');
    const current = await jeane.getEspaceConfiguration({ idStructureCPP: S.chaourcois });
    const result = await jeane.setEspaceConfiguration({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      espacesStructure: [...current.espacesStructure, 'PROCESSUS_VALIDATION'],
      version: current.version,
    });
    expect(result.configuration.espacesStructure).toContain('PROCESSUS_VALIDATION');
    expect(result.demandesGenerees).toBe(1);
    const inbox = await jeane.listApprobations({ type: 'ABONNEMENT', sort: 'demandeur' });
    expect(inbox.items.map((a) => [a.demandeur, a.espace, a.mode])).toEqual([
      ['Marc LEROY', 'PROCESSUS_VALIDATION', 'CONSULTATION_UNIQUEMENT'],
    ]);
    expect(
      (await jeane.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'PROCESSUS_VALIDATION' })).modification,
    ).toBe(true);
    const marcs = inbox.items.find((a) => a.demandeur === 'Marc LEROY')!;
    await jeane.decideApprobation({ idApprobation: marcs.idApprobation, decision: 'APPROUVE', version: marcs.version });
    expect(
      (await mock.clientAs('marc').checkMyAccess({ idStructureCPP: S.chaourcois, application: 'PROCESSUS_VALIDATION' }))
        .consultation,
    ).toBe(true);
    await refusal(
      jeane.setEspaceConfiguration({
        idStructureCPP: S.chaourcois,
        niveau: 'STRUCTURE',
        espacesStructure: [],
        version: current.version,
      }),
      'VERSION_CONFLICT',
      'ACC-7',
    );
    mock.expectInvariants();
  });

  it('HAB-9: a GS acts like the GP on espaces only if the GP chooses so; only the GP makes that choice', async () => {
    const jeane = mock.clientAs('jeane');
    const marc = mock.clientAs('marc');
    const first = await marc.getEspaceConfiguration({ idStructureCPP: S.chaourcois });
    const byGs = await marc.setEspaceConfiguration({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      espacesStructure: first.espacesStructure,
      version: first.version,
    });
    await refusal(
      marc.setEspaceConfiguration({
        idStructureCPP: S.chaourcois,
        niveau: 'STRUCTURE',
        espacesStructure: first.espacesStructure,
        gsCommeGestionnaire: false,
        version: byGs.configuration.version,
      }),
      'FORBIDDEN',
      'HAB-9',
    );
    const off = await jeane.setEspaceConfiguration({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      espacesStructure: first.espacesStructure,
      gsCommeGestionnaire: false,
      version: byGs.configuration.version,
    });
    await refusal(
      marc.setEspaceConfiguration({
        idStructureCPP: S.chaourcois,
        niveau: 'STRUCTURE',
        espacesStructure: first.espacesStructure,
        version: off.configuration.version,
      }),
      'FORBIDDEN',
      'HAB-9',
    );
    await mock.clientAs('lucas').requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'ENGAGEMENTS',
      lignes: [line(SV.facturesPubliques, 'MODIFICATION')],
      dateEffet: '2026-03-02',
    });
    expect((await marc.listApprobations({ type: 'ABONNEMENT' })).total).toBe(0);
    const [pending] = (await jeane.listApprobations({ type: 'ABONNEMENT' })).items;
    await refusal(
      marc.decideApprobation({
        idApprobation: pending!.idApprobation,
        decision: 'APPROUVE',
        version: pending!.version,
      }),
      'FORBIDDEN',
      'APR-2',
    );
    await refusal(
      mock.clientAs('lucas').getEspaceConfiguration({ idStructureCPP: S.chaourcois }),
      'FORBIDDEN',
      'HAB-9',
    );
  });
});

describe('X-2 espaces and abonnements through the client directly', () => {
  it("X-2 / HAB-9: a simple user or another structure's GP cannot set espaces; a deactivated account cannot request", async () => {
    const current = await mock.clientAs('jeane').getEspaceConfiguration({ idStructureCPP: S.chaourcois });
    const update = {
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE' as const,
      espacesStructure: [],
      version: current.version,
    };
    await refusal(mock.clientAs('lucas').setEspaceConfiguration(update), 'FORBIDDEN', 'HAB-9');
    await refusal(mock.clientAs('pauline').setEspaceConfiguration(update), 'FORBIDDEN', 'HAB-9');
    await refusal(
      mock.clientAs('henri').requestAbonnements({
        idStructureCPP: S.chaourcois,
        espace: 'ENGAGEMENTS',
        lignes: [{ mode: 'MODIFICATION' }],
        dateEffet: '2026-03-02',
      }),
      'ACCOUNT_DEACTIVATED',
      'ID-4',
    );
    expect((await mock.clientAs('jeane').getEspaceConfiguration({ idStructureCPP: S.chaourcois })).version).toBe(
      current.version,
    );
  });
});
