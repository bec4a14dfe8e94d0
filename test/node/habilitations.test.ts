import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV, users: U } = CAST;

describe('HAB-1 applications and modes', () => {
  it('HAB-1: the sixteen applications with FR/EN labels and the two modes', async () => {
    const applications = await mock.clientAs('sophie').listApplications();
    expect(applications).toHaveLength(16);
    expect(applications.find((a) => a.application === 'FACTURES_A_VALIDER')).toEqual({
      application: 'FACTURES_A_VALIDER',
      libelle: { fr: 'Factures à valider', en: 'Invoices to validate' },
      modes: ['CONSULTATION_UNIQUEMENT', 'MODIFICATION'],
    });
  });

  it('HAB-1: MODIFICATION implies consultation; CONSULTATION does not allow modification', async () => {
    const sophie = mock.clientAs('sophie');
    expect(await sophie.checkMyAccess({ idStructureCPP: S.mairie, application: 'MON_COMPTE' })).toMatchObject({
      modeEffectif: 'MODIFICATION',
      consultation: true,
      modification: true,
    });
    expect(await sophie.checkMyAccess({ idStructureCPP: S.mairie, application: 'ENGAGEMENTS' })).toMatchObject({
      modeEffectif: 'CONSULTATION_UNIQUEMENT',
      consultation: true,
      modification: false,
    });
    expect(await sophie.checkMyAccess({ idStructureCPP: S.chaourcois, application: 'MON_COMPTE' })).toMatchObject({
      consultation: false,
      modification: false,
    });
  });
});

describe('HAB-2 "Mes habilitations"', () => {
  it("HAB-2: the user's profiles by structure and service, filtered and paged", async () => {
    const lucas = mock.clientAs('lucas');
    const all = await lucas.listMyHabilitations({ pageSize: 100 });
    expect(all.items.every((h) => h.idService === SV.facturesPubliques && h.codeService === 'FACTURES_PUBLIQUES')).toBe(
      true,
    );
    const page = await lucas.listMyHabilitations({
      mode: 'CONSULTATION_UNIQUEMENT',
      sort: 'application',
      pageSize: 3,
      page: 1,
    });
    expect(page.total).toBe(all.items.filter((h) => h.mode === 'CONSULTATION_UNIQUEMENT').length);
    expect(page.items.map((h) => h.application)).toEqual(['ENGAGEMENTS', 'FACTURES_A_VALIDER', 'FACTURES_EMISES']);
    const pauline = mock.clientAs('pauline');
    expect(
      (await pauline.listMyHabilitations({ idStructureCPP: S.ccas, application: 'ORGANISATION' })).items.map((h) => [
        h.designationStructure,
        h.mode,
      ]),
    ).toEqual([["CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE", 'MODIFICATION']]);
  });
});

describe('HAB-3 / HAB-4 default profiles and espaces', () => {
  it('HAB-3 / HAB-4: a GP or GS holds the public defaults in MODIFICATION and "Activités du gestionnaire"; a simple user in consultation, without it', async () => {
    const modes = async (who: 'marc' | 'sophie', idStructureCPP: number) =>
      Object.fromEntries(
        (await mock.clientAs(who).listMyHabilitations({ idStructureCPP, pageSize: 100 })).items.map((h) => [
          h.application,
          h.mode,
        ]),
      );
    const marc = await modes('marc', S.chaourcois);
    expect(marc).toMatchObject({
      ACTIVITES_GESTIONNAIRE: 'MODIFICATION',
      ENGAGEMENTS: 'MODIFICATION',
      ORGANISATION: 'MODIFICATION',
      FACTURES_A_VALIDER: 'MODIFICATION',
    });
    const sophie = await modes('sophie', S.mairie);
    expect(sophie).toMatchObject({
      ACCUEIL_CONNECTE: 'MODIFICATION',
      MON_COMPTE: 'MODIFICATION',
      SOLLICITATIONS_EMISES: 'MODIFICATION',
      ENGAGEMENTS: 'CONSULTATION_UNIQUEMENT',
      SUIVI_FLUX: 'CONSULTATION_UNIQUEMENT',
    });
    expect(sophie).not.toHaveProperty('ACTIVITES_GESTIONNAIRE');
  });

  it('HAB-4: on a private structure, a user attached by a manager gets the default espaces only', async () => {
    await mock.clientAs('paul').attachUser({
      idStructureCPP: S.durandBtp,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
    });
    const held = await mock
      .clientAs('sophie')
      .listMyHabilitations({ idStructureCPP: S.durandBtp, sort: 'application' });
    expect(held.items.map((h) => [h.application, h.mode])).toEqual([
      ['ACCUEIL_CONNECTE', 'MODIFICATION'],
      ['FACTURES_EMISES', 'MODIFICATION'],
      ['FACTURES_RECUES', 'MODIFICATION'],
      ['MON_COMPTE', 'MODIFICATION'],
      ['SOLLICITATIONS_EMISES', 'MODIFICATION'],
    ]);
    mock.expectInvariants();
  });
});

describe("HAB-5 / HAB-6 managing other users' habilitations", () => {
  it('HAB-5: the GP adds a profile, changes its mode, removes it', async () => {
    const jeane = mock.clientAs('jeane');
    const granted = await jeane.grantHabilitation({
      idUtilisateur: U.lucas,
      idStructureCPP: S.chaourcois,
      idService: SV.facturesPubliques,
      application: 'PROCESSUS_VALIDATION',
      mode: 'CONSULTATION_UNIQUEMENT',
    });
    expect(granted).toMatchObject({
      application: 'PROCESSUS_VALIDATION',
      mode: 'CONSULTATION_UNIQUEMENT',
      modeEffectif: 'CONSULTATION_UNIQUEMENT',
      login: 'lucas.bernard@cc-chaourcois.fr',
    });
    const changed = await jeane.grantHabilitation({
      idUtilisateur: U.lucas,
      idStructureCPP: S.chaourcois,
      idService: SV.facturesPubliques,
      application: 'PROCESSUS_VALIDATION',
      mode: 'MODIFICATION',
    });
    expect(changed.idAbonnement).toBe(granted.idAbonnement);
    expect(
      (
        await mock.clientAs('lucas').checkMyAccess({
          idStructureCPP: S.chaourcois,
          idService: SV.facturesPubliques,
          application: 'PROCESSUS_VALIDATION',
        })
      ).modification,
    ).toBe(true);
    await jeane.removeHabilitation({ idAbonnement: changed.idAbonnement });
    expect(
      (
        await mock.clientAs('lucas').checkMyAccess({
          idStructureCPP: S.chaourcois,
          idService: SV.facturesPubliques,
          application: 'PROCESSUS_VALIDATION',
        })
      ).consultation,
    ).toBe(false);
    mock.expectInvariants();
  });

  it("HAB-5: only to users attached to that scope, and removing all of a user's profiles", async () => {
    const jeane = mock.clientAs('jeane');
    await refusal(
      jeane.grantHabilitation({
        idUtilisateur: U.lucas,
        idStructureCPP: S.chaourcois,
        idService: SV.voirie,
        application: 'ENGAGEMENTS',
        mode: 'MODIFICATION',
      }),
      'RULE_BROKEN',
      'HAB-5',
    );
    await refusal(
      jeane.grantHabilitation({
        idUtilisateur: U.sophie,
        idStructureCPP: S.chaourcois,
        application: 'ENGAGEMENTS',
        mode: 'MODIFICATION',
      }),
      'RULE_BROKEN',
      'HAB-5',
    );
    const removal = await jeane.removeAllHabilitations({
      idStructureCPP: S.chaourcois,
      idUtilisateur: U.lucas,
      idService: SV.facturesPubliques,
    });
    expect(removal.supprimees).toBeGreaterThan(5);
    expect(removal.conservees).toBe(0);
    expect((await mock.clientAs('lucas').listMyHabilitations()).total).toBe(0);
    mock.expectInvariants();
  });

  it("HAB-5: nobody removes or lowers the GP's manager rights; removing all keeps them", async () => {
    const marc = mock.clientAs('marc');
    const gp = await marc.listStructureHabilitations({
      idStructureCPP: S.chaourcois,
      idUtilisateur: U.jeane,
      application: 'ORGANISATION',
    });
    await refusal(marc.removeHabilitation({ idAbonnement: gp.items[0]!.idAbonnement }), 'RULE_BROKEN', 'HAB-5');
    await refusal(
      marc.grantHabilitation({
        idUtilisateur: U.jeane,
        idStructureCPP: S.chaourcois,
        application: 'ORGANISATION',
        mode: 'CONSULTATION_UNIQUEMENT',
      }),
      'RULE_BROKEN',
      'HAB-5',
    );
    const removal = await marc.removeAllHabilitations({ idStructureCPP: S.chaourcois, idUtilisateur: U.jeane });
    expect(removal.conservees).toBe(2);
    const left = await mock
      .clientAs('jeane')
      .listMyHabilitations({ idStructureCPP: S.chaourcois, sort: 'application' });
    expect(left.items.map((h) => h.application)).toEqual(['ACTIVITES_GESTIONNAIRE', 'ORGANISATION']);
    mock.expectInvariants();
  });

  it('HAB-6: granting "Organisation modification" makes a user a GS with the GP\'s powers; removing it makes him a simple user again', async () => {
    const jeane = mock.clientAs('jeane');
    await jeane.attachUser({
      idStructureCPP: S.chaourcois,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
    });
    const sophie = mock.clientAs('sophie');
    await refusal(sophie.listStructureHabilitations({ idStructureCPP: S.chaourcois }), 'FORBIDDEN', 'HAB-5');
    await mock.clientAs('marc').grantHabilitation({
      idUtilisateur: U.sophie,
      idStructureCPP: S.chaourcois,
      application: 'ORGANISATION',
      mode: 'MODIFICATION',
    });
    expect((await sophie.listMyRattachements()).items.find((r) => r.idStructureCPP === S.chaourcois)!.role).toBe(
      'GESTIONNAIRE_SECONDAIRE',
    );
    expect((await sophie.listStructureRattachements({ idStructureCPP: S.chaourcois })).total).toBe(5);
    await mock.clientAs('paul').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
      commentaire: 'Fournisseur',
    });
    const [pending] = (await sophie.listApprobations()).items;
    expect(
      (
        await sophie.decideApprobation({
          idApprobation: pending!.idApprobation,
          decision: 'REFUSE',
          commentaire: 'Fournisseur',
          version: pending!.version,
        })
      ).etat,
    ).toBe('REFUSE');
    const organisation = await jeane.listStructureHabilitations({
      idStructureCPP: S.chaourcois,
      idUtilisateur: U.marc,
      application: 'ORGANISATION',
    });
    await jeane.removeHabilitation({ idAbonnement: organisation.items[0]!.idAbonnement });
    await refusal(
      mock.clientAs('marc').listStructureHabilitations({ idStructureCPP: S.chaourcois }),
      'FORBIDDEN',
      'HAB-5',
    );
    expect((await mock.clientAs('marc').listMyRattachements()).items[0]!.role).toBe('UTILISATEUR');
    mock.expectInvariants();
  });

  it("HAB-5 / X-2: a simple user or another structure's GP cannot manage habilitations", async () => {
    const grant = {
      idUtilisateur: U.lucas,
      idStructureCPP: S.chaourcois,
      idService: SV.facturesPubliques,
      application: 'ENGAGEMENTS' as const,
      mode: 'MODIFICATION' as const,
    };
    await refusal(mock.clientAs('lucas').grantHabilitation(grant), 'FORBIDDEN', 'HAB-5');
    await refusal(mock.clientAs('pauline').grantHabilitation(grant), 'FORBIDDEN', 'HAB-5');
    await refusal(
      mock.clientAs('pauline').removeAllHabilitations({ idStructureCPP: S.chaourcois, idUtilisateur: U.lucas }),
      'FORBIDDEN',
      'HAB-5',
    );
    const held = (await mock.clientAs('lucas').listMyHabilitations()).items[0]!;
    await refusal(
      mock.clientAs('sophie').removeHabilitation({ idAbonnement: held.idAbonnement }),
      'FORBIDDEN',
      'HAB-5',
    );
  });

  it("HAB-5: the managers' list pages through a structure's habilitations", async () => {
    const list = await mock.clientAs('jeane').listStructureHabilitations({
      idStructureCPP: S.chaourcois,
      application: 'MON_COMPTE',
      sort: 'nom',
      pageSize: 2,
    });
    expect(list.total).toBe(4);
    expect(list.items.map((h) => h.nom)).toEqual(['BERNARD', 'CHAOURCE']);
    expect(
      (
        await mock.clientAs('jeane').listStructureHabilitations({
          idStructureCPP: S.chaourcois,
          application: 'MON_COMPTE',
          sort: 'nom',
          pageSize: 2,
          page: 2,
        })
      ).items.map((h) => h.nom),
    ).toEqual(['LEROY', 'MOREAU']);
  });
});
