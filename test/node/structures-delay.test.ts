import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV } = CAST;
const MINUTE = 60 * 1000;

describe('STR-4 delayed effect', () => {
  it('STR-4: a change shows as pending with its time, and applies once the time has passed', async () => {
    const jeane = mock.clientAs('jeane');
    const before = await jeane.getStructure(S.chaourcois);
    const accepted = await jeane.updateStructure(S.chaourcois, {
      libelleStructure: 'Communaute Chaource',
      version: before.version,
    });
    expect(accepted.changementsEnAttente[0]!.dateEffet).toBe('2026-03-02T09:30:00.000Z');
    mock.clock.advance(29 * MINUTE);
    const waiting = await jeane.getStructure(S.chaourcois);
    expect({ libelle: waiting.libelleStructure, pending: waiting.changementsEnAttente.length }).toEqual({
      libelle: before.libelleStructure,
      pending: 1,
    });
    mock.clock.advance(MINUTE);
    const applied = await jeane.getStructure(S.chaourcois);
    expect(applied).toMatchObject({
      libelleStructure: 'Communaute Chaource',
      changementsEnAttente: [],
      dateModification: '2026-03-02T09:30:00.000Z',
      version: accepted.version,
    });
    expect((await jeane.listManagedStructures({ libelle: 'communaute chaource' })).total).toBe(1);
    mock.expectInvariants();
  });

  it('STR-4: changes accepted one after the other apply in order; the delay is configurable', async () => {
    mock.app.env.config.effectDelayMs = 5 * MINUTE;
    try {
      const jeane = mock.clientAs('jeane');
      const s = await jeane.getStructure(S.syndicatEaux);
      const first = await jeane.activateStructure(S.syndicatEaux, { version: s.version });
      mock.clock.advance(2 * MINUTE);
      const second = await jeane.deactivateStructure(S.syndicatEaux, { version: first.version });
      expect(second.changementsEnAttente.map((c) => [c.champs['statut'], c.dateEffet])).toEqual([
        ['ACTIF', '2026-03-02T09:05:00.000Z'],
        ['INACTIF', '2026-03-02T09:07:00.000Z'],
      ]);
      mock.clock.advance(3 * MINUTE);
      expect((await jeane.getStructure(S.syndicatEaux)).statut).toBe('ACTIF');
      mock.clock.advance(2 * MINUTE);
      expect(await jeane.getStructure(S.syndicatEaux)).toMatchObject({ statut: 'INACTIF', changementsEnAttente: [] });
    } finally {
      mock.app.env.config.effectDelayMs = 30 * MINUTE;
    }
  });

  it('STR-4: a deactivation takes effect only after the delay, then the structure shows as inactive', async () => {
    const pauline = mock.clientAs('pauline');
    const s = await pauline.getStructure(S.ccas);
    await pauline.deactivateStructure(S.ccas, { version: s.version });
    expect((await pauline.listManagedStructures({ statut: 'INACTIF' })).total).toBe(0);
    mock.clock.advance(30 * MINUTE);
    expect((await pauline.listManagedStructures({ statut: 'INACTIF' })).items.map((x) => x.idStructureCPP)).toEqual([
      S.ccas,
    ]);
  });
});

describe('STR-5 public structure parameters', () => {
  it('STR-5: a manager sets the parameters of a public structure; recevoirDonneesViaEDI stays as DGFiP set it', async () => {
    const marc = mock.clientAs('marc');
    const s = await marc.getStructure(S.chaourcois);
    expect(s.parametres.recevoirDonneesViaEDI).toBe(true);
    const parametres = {
      codeServiceDoitEtreRenseigne: true,
      numeroEJDoitEtreRenseigne: true,
      gestionNumeroEJOuCodeService: false,
      statutMiseEnPaiementNestPasRemonte: true,
      getaMoa: true,
      estMoaUniquement: true,
    };
    await marc.updateStructure(S.chaourcois, {
      parametres: { ...parametres, recevoirDonneesViaEDI: false } as typeof parametres,
      version: s.version,
    });
    mock.clock.advance(30 * MINUTE);
    expect((await marc.getStructure(S.chaourcois)).parametres).toEqual({ ...parametres, recevoirDonneesViaEDI: true });
    mock.expectInvariants();
  });

  it('STR-5: "exclusivement MOA" implies "avec MOA"', async () => {
    const jeane = mock.clientAs('jeane');
    const s = await jeane.getStructure(S.chaourcois);
    const { recevoirDonneesViaEDI: _edi, ...editable } = s.parametres;
    const error = await refusal(
      jeane.updateStructure(S.chaourcois, {
        parametres: { ...editable, getaMoa: false, estMoaUniquement: true },
        version: s.version,
      }),
      'INVALID',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['parametres.getaMoa:moa_exclusive_requires_moa']);
  });

  it('STR-5: a private structure has no such parameters (changing them is refused, echoing them is not)', async () => {
    const paul = mock.clientAs('paul');
    const s = await paul.getStructure(S.durandBtp);
    const { recevoirDonneesViaEDI: _edi, ...editable } = s.parametres;
    const error = await refusal(
      paul.updateStructure(S.durandBtp, {
        parametres: { ...editable, numeroEJDoitEtreRenseigne: true },
        version: s.version,
      }),
      'RULE_BROKEN',
      'STR-5',
    );
    expect(error.fields[0]!.field).toBe('parametres');
    const echoed = await paul.updateStructure(S.durandBtp, {
      parametres: editable,
      telephone: '+33 3 25 11 11 11',
      version: s.version,
    });
    expect(echoed.changementsEnAttente.map((c) => Object.keys(c.champs))).toEqual([['telephone']]);
  });

  it('STR-5: requiring the code service while no service is active is accepted with a warning', async () => {
    const pauline = mock.clientAs('pauline');
    const mairie = await pauline.getStructure(S.mairie);
    expect(mairie.avertissements).toEqual([]);
    const { recevoirDonneesViaEDI: _edi, ...editable } = mairie.parametres;
    const accepted = await pauline.updateStructure(S.mairie, {
      parametres: { ...editable, codeServiceDoitEtreRenseigne: true },
      version: mairie.version,
    });
    expect(accepted.avertissements?.map((n) => `${n.rule}:${n.code}`)).toEqual([
      'STR-5:code_service_without_active_service',
    ]);
    expect(accepted.avertissements?.[0]!.message.en).toContain('no active service');

    const ccas = await pauline.getStructure(S.ccas);
    const withService = await pauline.updateStructure(S.ccas, {
      parametres: { ...editable, codeServiceDoitEtreRenseigne: true },
      version: ccas.version,
    });
    expect(withService.avertissements).toEqual([]);
    const service = await pauline.getService(S.ccas, SV.ccasAction);
    await pauline.deactivateService(S.ccas, SV.ccasAction, { version: service.version });
    expect((await pauline.getStructure(S.ccas)).avertissements?.map((n) => n.code)).toEqual([
      'code_service_without_active_service',
    ]);
  });
});
