import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import type { ServiceCreate } from '../../src/domain/schemas/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV } = CAST;
const MINUTE = 60 * 1000;

const marches: ServiceCreate = {
  codeService: 'MARCHES',
  libelleService: 'Service des marchés',
  dateDebut: '2026-03-02',
  numeroEJDoitEtreRenseigne: true,
};

describe('SRV-1 service fields and unique code', () => {
  it('SRV-1: a manager creates a service, active at once, with its fields', async () => {
    const created = await mock
      .clientAs('marc')
      .createService(S.chaourcois, { ...marches, description: 'Marchés publics', dateFin: '2030-12-31' });
    expect(created).toMatchObject({
      idStructureCPP: S.chaourcois,
      codeService: 'MARCHES',
      libelleService: 'Service des marchés',
      description: 'Marchés publics',
      dateDebut: '2026-03-02',
      dateFin: '2030-12-31',
      numeroEJDoitEtreRenseigne: true,
      statut: 'ACTIF',
      version: 1,
    });
    expect((await mock.clientAs('jeane').getService(S.chaourcois, created.idService)).codeService).toBe('MARCHES');
    mock.expectInvariants();
  });

  it('SRV-1: a code is unique within its structure (case ignored, inactive services included), not across structures', async () => {
    const jeane = mock.clientAs('jeane');
    const error = await refusal(
      jeane.createService(S.chaourcois, { ...marches, codeService: 'factures_publiques' }),
      'DUPLICATE',
      'SRV-1',
    );
    expect(error.status).toBe(409);
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['codeService:code_taken']);
    await refusal(
      jeane.createService(S.chaourcois, { ...marches, codeService: 'ANCIEN_SERVICE' }),
      'DUPLICATE',
      'SRV-1',
    );
    const elsewhere = await mock
      .clientAs('pauline')
      .createService(S.mairie, { ...marches, codeService: 'FACTURES_PUBLIQUES' });
    expect(elsewhere.idStructureCPP).toBe(S.mairie);
    mock.expectInvariants();
  });

  it('SRV-1: code, libellé and start date are required; the end date is not before the start', async () => {
    const jeane = mock.clientAs('jeane');
    const missing = await refusal(
      jeane.createService(S.chaourcois, { ...marches, codeService: '', libelleService: '' }),
      'INVALID',
    );
    expect(missing.fields.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'codeService:format',
      'libelleService:required',
    ]);
    const dates = await refusal(
      jeane.createService(S.chaourcois, { ...marches, dateDebut: '2026-03-02', dateFin: '2026-03-01' }),
      'INVALID',
    );
    expect(dates.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['dateFin:end_before_start']);
  });

  it('SRV-1 / X-2: a simple user or a user of another structure cannot create a service', async () => {
    await refusal(mock.clientAs('lucas').createService(S.chaourcois, marches), 'FORBIDDEN', 'SRV-1');
    await refusal(mock.clientAs('paul').createService(S.chaourcois, marches), 'FORBIDDEN', 'SRV-1');
    await refusal(mock.clientAs('henri').createService(S.chaourcois, marches), 'ACCOUNT_DEACTIVATED', 'ID-4');
  });
});

describe('SRV-2 consult, modify, activate, deactivate', () => {
  it('SRV-2: managers see every service; anyone else the active ones only', async () => {
    const codes = async (who: 'jeane' | 'lucas' | 'paul', statut?: 'ACTIF' | 'INACTIF') =>
      (await mock.clientAs(who).listServices(S.chaourcois, statut ? { statut } : {})).items.map((s) => s.codeService);
    expect(await codes('jeane')).toEqual(['ANCIEN_SERVICE', 'FACTURES_PUBLIQUES', 'FINANCES', 'VOIRIE']);
    expect(await codes('jeane', 'INACTIF')).toEqual(['ANCIEN_SERVICE']);
    expect(await codes('lucas')).toEqual(['FACTURES_PUBLIQUES', 'FINANCES', 'VOIRIE']);
    expect(await codes('paul')).toEqual(['FACTURES_PUBLIQUES', 'FINANCES', 'VOIRIE']);
    const page = await mock
      .clientAs('jeane')
      .listServices(S.chaourcois, { sort: 'libelleService', order: 'desc', pageSize: 2, page: 2 });
    expect({ total: page.total, codes: page.items.map((s) => s.codeService) }).toEqual({
      total: 4,
      codes: ['FINANCES', 'ANCIEN_SERVICE'],
    });
    expect((await mock.clientAs('jeane').getService(S.chaourcois, SV.inactive)).statut).toBe('INACTIF');
    await refusal(mock.clientAs('lucas').getService(S.chaourcois, SV.inactive), 'NOT_FOUND');
    await refusal(mock.clientAs('jeane').getService(S.mairie, SV.finances), 'NOT_FOUND');
  });

  it('SRV-2 / STR-4: a modification is accepted with its time and applies after the delay', async () => {
    const marc = mock.clientAs('marc');
    const s = await marc.getService(S.chaourcois, SV.voirie);
    const accepted = await marc.updateService(S.chaourcois, SV.voirie, {
      libelleService: 'Voirie, réseaux et travaux',
      numeroEJDoitEtreRenseigne: true,
      version: s.version,
    });
    expect(accepted).toMatchObject({ libelleService: s.libelleService, version: s.version + 1 });
    expect(accepted.changementsEnAttente).toEqual([
      {
        champs: { libelleService: 'Voirie, réseaux et travaux', numeroEJDoitEtreRenseigne: true },
        dateEffet: '2026-03-02T09:30:00.000Z',
        demandePar: CAST.users.marc,
      },
    ]);
    mock.clock.advance(30 * MINUTE);
    expect(await marc.getService(S.chaourcois, SV.voirie)).toMatchObject({
      libelleService: 'Voirie, réseaux et travaux',
      numeroEJDoitEtreRenseigne: true,
      changementsEnAttente: [],
    });
    mock.expectInvariants();
  });

  it('SRV-2: the code is not editable (echoing it is fine); dates stay consistent with the current ones', async () => {
    const jeane = mock.clientAs('jeane');
    const s = await jeane.getService(S.chaourcois, SV.finances);
    const error = await refusal(
      jeane.updateService(S.chaourcois, SV.finances, { codeService: 'FINANCES_2', version: s.version }),
      'RULE_BROKEN',
      'SRV-2',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['codeService:not_editable']);
    const echoed = await jeane.updateService(S.chaourcois, SV.finances, {
      codeService: 'FINANCES',
      description: 'Budget et comptabilité',
      version: s.version,
    });
    expect(echoed.changementsEnAttente.map((c) => c.champs)).toEqual([{ description: 'Budget et comptabilité' }]);
    const dates = await refusal(
      jeane.updateService(S.chaourcois, SV.finances, { dateFin: '2020-01-01', version: echoed.version }),
      'RULE_BROKEN',
      'SRV-1',
    );
    expect(dates.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['dateFin:end_before_start']);
  });

  it('SRV-2: activation only for an inactive service, deactivation only for an active one, both delayed', async () => {
    const jeane = mock.clientAs('jeane');
    const old = await jeane.getService(S.chaourcois, SV.inactive);
    const activating = await jeane.activateService(S.chaourcois, SV.inactive, { version: old.version });
    expect(activating.statut).toBe('INACTIF');
    expect(
      (
        await refusal(
          jeane.activateService(S.chaourcois, SV.inactive, { version: activating.version }),
          'STATE_CONFLICT',
          'SRV-2',
        )
      ).text.en,
    ).toContain('already pending');
    const finances = await jeane.getService(S.chaourcois, SV.finances);
    expect(
      (
        await refusal(
          jeane.activateService(S.chaourcois, SV.finances, { version: finances.version }),
          'STATE_CONFLICT',
          'SRV-2',
        )
      ).text.en,
    ).toBe('Only an inactive service can be activated.');
    await jeane.deactivateService(S.chaourcois, SV.finances, { version: finances.version });
    mock.clock.advance(30 * MINUTE);
    expect((await jeane.getService(S.chaourcois, SV.inactive)).statut).toBe('ACTIF');
    const deactivated = await jeane.getService(S.chaourcois, SV.finances);
    expect(deactivated.statut).toBe('INACTIF');
    await refusal(
      jeane.deactivateService(S.chaourcois, SV.finances, { version: deactivated.version }),
      'STATE_CONFLICT',
      'SRV-2',
    );
    mock.expectInvariants();
  });

  it('STR-4: a change whose time has passed is applied before any request, so every section reads it', async () => {
    const jeane = mock.clientAs('jeane');
    const voirie = await jeane.getService(S.chaourcois, SV.voirie);
    await jeane.deactivateService(S.chaourcois, SV.voirie, { version: voirie.version });
    mock.clock.advance(30 * MINUTE);
    expect(mock.store.services.get(SV.voirie)?.statut).toBe('ACTIF');
    await mock.clientAs('sophie').getMyAccount();
    expect(mock.store.services.get(SV.voirie)).toMatchObject({ statut: 'INACTIF', changementsEnAttente: [] });
    mock.expectInvariants();
  });

  it('SRV-2 / X-2: a simple user cannot modify, activate or deactivate; a stale version is refused', async () => {
    const s = await mock.clientAs('jeane').getService(S.chaourcois, SV.facturesPubliques);
    await refusal(
      mock
        .clientAs('lucas')
        .updateService(S.chaourcois, SV.facturesPubliques, { libelleService: 'X', version: s.version }),
      'FORBIDDEN',
      'SRV-2',
    );
    await refusal(
      mock.clientAs('lucas').deactivateService(S.chaourcois, SV.facturesPubliques, { version: s.version }),
      'FORBIDDEN',
      'SRV-2',
    );
    await refusal(
      mock.clientAs('paul').activateService(S.chaourcois, SV.inactive, { version: 1 }),
      'FORBIDDEN',
      'SRV-2',
    );
    await refusal(
      mock
        .clientAs('jeane')
        .updateService(S.chaourcois, SV.facturesPubliques, { libelleService: 'X', version: s.version + 1 }),
      'VERSION_CONFLICT',
      'ACC-7',
    );
  });
});

describe('SRV-2 / STR-4 pending changes belong to the structure’s managers (issue 12)', () => {
  it('SRV-2, X-2: a supplier or a member who is no manager reads the service as it is now, without the pending change or who asked it', async () => {
    const jeane = mock.clientAs('jeane');
    const s = await jeane.getService(S.chaourcois, SV.facturesPubliques);
    await jeane.updateService(S.chaourcois, SV.facturesPubliques, {
      libelleService: 'Factures (nouveau libellé)',
      version: s.version,
    });
    const managerView = await jeane.getService(S.chaourcois, SV.facturesPubliques);
    expect(managerView.changementsEnAttente).toHaveLength(1);
    expect(managerView.changementsEnAttente[0]!.demandePar).toBe(CAST.users.jeane);
    for (const who of ['paul', 'lucas'] as const) {
      const seen = await mock.clientAs(who).getService(S.chaourcois, SV.facturesPubliques);
      expect(seen.changementsEnAttente, who).toEqual([]);
      expect(seen.libelleService).toBe(s.libelleService);
      const listed = (await mock.clientAs(who).listServices(S.chaourcois)).items.find(
        (x) => x.idService === SV.facturesPubliques,
      )!;
      expect(listed.changementsEnAttente, who).toEqual([]);
    }
  });
});

describe('SRV-3 service code lookup for suppliers', () => {
  it('SRV-3: a supplier learns whether a code exists on the structure and can be used', async () => {
    const paul = mock.clientAs('paul');
    expect(await paul.lookupServiceCode(S.chaourcois, 'factures_publiques')).toEqual({
      idStructureCPP: S.chaourcois,
      codeService: 'FACTURES_PUBLIQUES',
      existe: true,
      actif: true,
      libelleService: 'Service des factures publiques',
    });
    expect(await paul.lookupServiceCode(S.chaourcois, 'ANCIEN_SERVICE')).toEqual({
      idStructureCPP: S.chaourcois,
      codeService: 'ANCIEN_SERVICE',
      existe: true,
      actif: false,
    });
    expect(await paul.lookupServiceCode(S.chaourcois, 'INCONNU')).toEqual({
      idStructureCPP: S.chaourcois,
      codeService: 'INCONNU',
      existe: false,
      actif: false,
    });
    await refusal(paul.lookupServiceCode(999, 'FACTURES_PUBLIQUES'), 'NOT_FOUND');
    await refusal(paul.lookupServiceCode(S.chaourcois, ''), 'INVALID');
  });

  it('SRV-3: a service not yet started, or deactivated once the delay has passed, cannot be used', async () => {
    const jeane = mock.clientAs('jeane');
    await jeane.createService(S.chaourcois, { ...marches, dateDebut: '2026-04-01' });
    expect((await mock.clientAs('paul').lookupServiceCode(S.chaourcois, 'MARCHES')).actif).toBe(false);
    const voirie = await jeane.getService(S.chaourcois, SV.voirie);
    await jeane.deactivateService(S.chaourcois, SV.voirie, { version: voirie.version });
    expect((await mock.clientAs('paul').lookupServiceCode(S.chaourcois, 'VOIRIE')).actif).toBe(true);
    mock.clock.advance(30 * MINUTE);
    expect((await mock.clientAs('paul').lookupServiceCode(S.chaourcois, 'VOIRIE')).actif).toBe(false);
  });
});
