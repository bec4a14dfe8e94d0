import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV } = CAST;

const attach = (login: string, extra: Record<string, unknown> = {}) => ({
  idStructureCPP: S.chaourcois,
  login,
  niveau: 'STRUCTURE' as const,
  dateDebut: '2026-03-02',
  ...extra,
});
const rowOf = async (who: 'jeane' | 'marc', login: string) =>
  (await mock.clientAs(who).listStructureRattachements({ idStructureCPP: S.chaourcois, utilisateur: login })).items[0]!;

describe('RAT-8 a manager acts on the rattachements of his structure', () => {
  it("RAT-8: lists the structure's users with role and status, for managers only (X-2)", async () => {
    const list = await mock.clientAs('jeane').listStructureRattachements({ idStructureCPP: S.chaourcois, sort: 'nom' });
    expect(list.items.map((r) => [r.nom, r.role, r.statutRattachement, r.etatCompte])).toEqual([
      ['BERNARD', 'UTILISATEUR', 'VALIDEE', 'ACTIF'],
      ['CHAOURCE', 'GESTIONNAIRE_PRINCIPAL', 'VALIDEE', 'ACTIF'],
      ['LEROY', 'GESTIONNAIRE_SECONDAIRE', 'VALIDEE', 'ACTIF'],
      // Henri deactivated his account (DEA-1): his rattachement stays VALIDEE, the list says his account is off (ID-4).
      ['MOREAU', 'UTILISATEUR', 'VALIDEE', 'INACTIF'],
    ]);
    expect(
      (await mock.clientAs('marc').listStructureRattachements({ idStructureCPP: S.chaourcois, utilisateur: 'bern' }))
        .total,
    ).toBe(1);
    await refusal(
      mock.clientAs('lucas').listStructureRattachements({ idStructureCPP: S.chaourcois }),
      'FORBIDDEN',
      'RAT-8',
    );
    await refusal(
      mock.clientAs('pauline').listStructureRattachements({ idStructureCPP: S.chaourcois }),
      'FORBIDDEN',
      'RAT-8',
    );
  });

  it('RAT-8 / HAB-6: the GP and a GS attach a user by login e-mail, valid at once, at structure or service level', async () => {
    const byGp = await mock.clientAs('jeane').attachUser(attach('Sophie.Martin@terneuil-sur-seine.fr'));
    expect(byGp).toMatchObject({
      statutRattachement: 'VALIDEE',
      role: 'UTILISATEUR',
      login: 'sophie.martin@terneuil-sur-seine.fr',
    });
    const byGs = await mock
      .clientAs('marc')
      .attachUser(attach('claire.petit@terneuil-sur-seine.fr', { niveau: 'SERVICES', idServices: [SV.voirie] }));
    expect(byGs).toMatchObject({ statutRattachement: 'VALIDEE', niveau: 'SERVICES', codesServices: ['VOIRIE'] });
    expect(
      (
        await mock
          .clientAs('claire')
          .checkMyAccess({ idStructureCPP: S.chaourcois, idService: SV.voirie, application: 'MON_COMPTE' })
      ).modification,
    ).toBe(true);
    mock.expectInvariants();
  });

  it("RAT-8: an unknown or deactivated login, a duplicate, a simple user or another structure's GP are refused", async () => {
    const jeane = mock.clientAs('jeane');
    const unknown = await refusal(jeane.attachUser(attach('personne@exemple.fr')), 'RULE_BROKEN', 'RAT-8');
    expect(unknown.fields.map((f) => [f.field, f.code])).toEqual([['login', 'unknown_user']]);
    expect(unknown.text.fr).toContain('correspondant DGFiP'); // who can unblock it
    const deactivated = await refusal(
      jeane.attachUser(attach('denise.faure@terneuil-sur-seine.fr')),
      'RULE_BROKEN',
      'RAT-8',
    );
    expect(deactivated.fields.map((f) => f.code)).toEqual(['deactivated_user']);
    expect(deactivated.text.fr).toContain('réactiver pendant 60 jours');
    await refusal(
      jeane.attachUser(
        attach('lucas.bernard@cc-chaourcois.fr', { niveau: 'SERVICES', idServices: [SV.facturesPubliques] }),
      ),
      'DUPLICATE',
      'RAT-5',
    );
    await refusal(
      mock.clientAs('lucas').attachUser(attach('sophie.martin@terneuil-sur-seine.fr')),
      'FORBIDDEN',
      'RAT-8',
    );
    await refusal(
      mock.clientAs('pauline').attachUser(attach('sophie.martin@terneuil-sur-seine.fr')),
      'FORBIDDEN',
      'RAT-8',
    );
  });

  it('RAT-8: deactivation keeps consultation only; reactivation restores the previous profiles in one action', async () => {
    const jeane = mock.clientAs('jeane');
    const lucas = mock.clientAs('lucas');
    const check = () =>
      lucas.checkMyAccess({ idStructureCPP: S.chaourcois, idService: SV.facturesPubliques, application: 'MON_COMPTE' });
    expect(await check()).toMatchObject({ modification: true });
    const row = await rowOf('jeane', 'lucas');
    const off = await jeane.deactivateRattachement({ idRattachement: row.idRattachement, version: row.version });
    expect(off).toMatchObject({ statutRattachement: 'DESACTIVEE', enVigueur: true });
    expect(await check()).toMatchObject({
      modeEffectif: 'CONSULTATION_UNIQUEMENT',
      consultation: true,
      modification: false,
    });
    expect((await lucas.listMyHabilitations()).items.every((h) => h.modeEffectif !== 'MODIFICATION')).toBe(true);
    await refusal(
      jeane.deactivateRattachement({ idRattachement: row.idRattachement, version: off.version }),
      'STATE_CONFLICT',
      'RAT-8',
    );
    const on = await mock
      .clientAs('marc')
      .reactivateRattachement({ idRattachement: row.idRattachement, version: off.version });
    expect(on.statutRattachement).toBe('VALIDEE');
    expect(await check()).toMatchObject({ modification: true });
    await refusal(
      jeane.reactivateRattachement({ idRattachement: row.idRattachement, version: on.version }),
      'STATE_CONFLICT',
      'RAT-8',
    );
    mock.expectInvariants();
  });

  it('RAT-8: deletion removes every access for good', async () => {
    const row = await rowOf('marc', 'lucas');
    const deleted = await mock
      .clientAs('marc')
      .deleteRattachement({ idRattachement: row.idRattachement, version: row.version });
    expect(deleted.statutRattachement).toBe('SUPPRIMEE');
    expect(
      await mock
        .clientAs('lucas')
        .checkMyAccess({ idStructureCPP: S.chaourcois, idService: SV.facturesPubliques, application: 'MON_COMPTE' }),
    ).toMatchObject({ consultation: false });
    expect((await mock.clientAs('lucas').listMyHabilitations()).total).toBe(0);
    mock.expectInvariants();
  });

  it("RAT-8: the GP's own rattachement can be neither deactivated nor deleted; a stale version is refused", async () => {
    const gp = await rowOf('marc', 'jeane');
    await refusal(
      mock.clientAs('marc').deactivateRattachement({ idRattachement: gp.idRattachement, version: gp.version }),
      'RULE_BROKEN',
      'RAT-8',
    );
    await refusal(
      mock.clientAs('jeane').deleteRattachement({ idRattachement: gp.idRattachement, version: gp.version }),
      'RULE_BROKEN',
      'RAT-8',
    );
    const lucas = await rowOf('jeane', 'lucas');
    await refusal(
      mock.clientAs('jeane').deleteRattachement({ idRattachement: lucas.idRattachement, version: lucas.version + 1 }),
      'VERSION_CONFLICT',
      'ACC-7',
    );
  });

  it('X-2: a simple user cannot deactivate, reactivate or delete anyone', async () => {
    const row = await rowOf('jeane', 'marc');
    const lucas = mock.clientAs('lucas');
    await refusal(
      lucas.deactivateRattachement({ idRattachement: row.idRattachement, version: row.version }),
      'FORBIDDEN',
      'RAT-8',
    );
    await refusal(
      lucas.deleteRattachement({ idRattachement: row.idRattachement, version: row.version }),
      'FORBIDDEN',
      'RAT-8',
    );
    await refusal(
      mock.clientAs('paul').reactivateRattachement({ idRattachement: row.idRattachement, version: row.version }),
      'FORBIDDEN',
      'RAT-8',
    );
  });
});
