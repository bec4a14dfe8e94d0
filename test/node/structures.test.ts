import { describe, expect, it } from 'vitest';
import { Router } from '../../mock-api/http/router.js';
import { structureRoutes } from '../../mock-api/http/routes/structures.js';
import { CAST } from '../../mock-api/seed/index.js';
import { makeSiret } from '../../mock-api/seed/siret.js';
import type { StructureCreate } from '../../src/domain/schemas/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, sirets } = CAST;

const someAddress = { adresse: '1 place de la Mairie', codePostal: '75001', ville: 'Paris', pays: 'FR' };
const creation = (fields: Partial<StructureCreate> = {}): StructureCreate => ({
  typeIdentifiantStructure: 'SIRET',
  identifiantStructure: sirets.freeActive,
  typeStructure: 'PRIVEE',
  designationStructure: 'Nom saisi',
  adresse: someAddress,
  nonDiffusibleInsee: false,
  ...fields,
});

describe('STR-1 identifiers', () => {
  it('STR-1: every identifier type comes with its expected format in FR and EN', async () => {
    const hints = await mock.clientAs('paul').listIdentifierTypes();
    expect(hints.map((h) => h.typeIdentifiantStructure)).toEqual([
      'SIRET',
      'UE_HORS_FRANCE',
      'HORS_UE',
      'RIDET',
      'TAHITI',
      'PARTICULIER',
      'AUTRE',
    ]);
    for (const hint of hints) expect(hint.format.fr).not.toBe(hint.format.en);
    expect(hints[0]!.exemple).toBe('732 829 320 00074');
  });

  it('STR-1: the identifier types answer at their literal path whatever the order sections declare routes in', () => {
    const router = new Router([...structureRoutes].reverse());
    expect(router.match('GET', '/api/structures/identifier-types').match?.route.operationId).toBe(
      'listIdentifierTypes',
    );
    expect(router.match('GET', '/api/structures/3').match?.route.operationId).toBe('getStructure');
  });

  it('STR-1: a SIRET with a bad key is refused with the reason, in FR and EN', async () => {
    const error = await refusal(
      mock.clientAs('paul').createStructure(creation({ identifiantStructure: '73282932000079' })),
      'RULE_BROKEN',
      'STR-1',
    );
    expect(error.status).toBe(422);
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['identifiantStructure:siret-bad-key']);
    expect(error.fields[0]!.message.fr).not.toBe(error.fields[0]!.message.en);
    const short = await refusal(
      mock.clientAs('paul').createStructure(creation({ identifiantStructure: '123 456' })),
      'RULE_BROKEN',
      'STR-1',
    );
    expect(short.fields[0]!.code).toBe('siret-wrong-length');
  });

  it('STR-1: an identifier of blanks only (HORS_UE) is refused with 400 naming the field, not a 500 (found by the fuzz harness)', async () => {
    const error = await refusal(
      mock
        .clientAs('paul')
        .createStructure(creation({ typeIdentifiantStructure: 'HORS_UE', identifiantStructure: '   ' })),
      'INVALID',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['identifiantStructure:required']);
  });

  it('STR-1: in sandbox a SIRET with a bad key is accepted and the structure carries a warning', async () => {
    const sandboxSiret = '64994699139861';
    mock.app.env.insee.register({
      siret: sandboxSiret,
      raisonSociale: 'FOURNISSEUR MATELAS',
      etatAdministratif: 'ACTIF',
      adresse: someAddress,
      dateMiseAJour: '2026-01-01T00:00:00.000Z',
    });
    mock.app.env.config.sandbox = true;
    try {
      const created = await mock.clientAs('paul').createStructure(creation({ identifiantStructure: sandboxSiret }));
      expect(created.identifiantStructure).toBe(sandboxSiret);
      expect(created.avertissements?.map((n) => `${n.rule}:${n.code}`)).toEqual(['STR-1:siret_key_invalid']);
      mock.expectInvariants();
    } finally {
      mock.app.env.config.sandbox = false;
    }
  });

  it('STR-1: one structure per identifier (spaces of a typed SIRET ignored)', async () => {
    const spaced = sirets.mairie.replace(/^(\d{3})(\d{3})(\d{3})(\d{5})$/, '$1 $2 $3 $4');
    const error = await refusal(
      mock.clientAs('pauline').createStructure(creation({ identifiantStructure: spaced })),
      'DUPLICATE',
      'STR-1',
    );
    expect(error.status).toBe(409);
    expect(error.fields[0]!.field).toBe('identifiantStructure');
  });
});

describe('STR-2 creation', () => {
  it('STR-2: a SIRET active at INSEE is created with the register’s raison sociale and address; the creator becomes GP', async () => {
    const client = mock.clientAs('paul');
    const created = await client.createStructure(
      creation({ libelleStructure: 'Ateliers', emailStructure: 'contact@ateliers.fr', telephone: '01 23 45 67 89' }),
    );
    expect(created).toMatchObject({
      identifiantStructure: sirets.freeActive,
      designationStructure: 'ATELIERS DE LA SEINE',
      adresse: { adresse: '8 quai de Seine', codePostal: '78520', ville: 'Terneuil sur Seine', pays: 'FR' },
      libelleStructure: 'Ateliers',
      emailStructure: 'contact@ateliers.fr',
      statut: 'ACTIF',
      changementsEnAttente: [],
      version: 1,
    });
    expect(created.insee?.raisonSociale).toBe('ATELIERS DE LA SEINE');
    expect(await client.getStructure(created.idStructureCPP)).toMatchObject({ idStructureCPP: created.idStructureCPP });
    const gp = mock.store.rattachements.find((r) => r.idStructureCPP === created.idStructureCPP);
    expect(gp).toMatchObject({
      idUtilisateur: CAST.users.paul,
      role: 'GESTIONNAIRE_PRINCIPAL',
      statutRattachement: 'VALIDEE',
      niveau: 'STRUCTURE',
    });
    const profiles = mock.store.abonnements
      .filter((a) => a.idStructureCPP === created.idStructureCPP)
      .map((a) => `${a.espace}:${a.mode}`);
    expect(profiles).toEqual(
      expect.arrayContaining([
        'ACCUEIL_CONNECTE:MODIFICATION',
        'ACTIVITES_GESTIONNAIRE:MODIFICATION',
        'ORGANISATION:MODIFICATION',
        'MON_COMPTE:MODIFICATION',
      ]),
    );
    mock.expectInvariants();
  });

  it('STR-2: a closed SIRET and a SIRET unknown to INSEE are refused with the reason', async () => {
    const before = mock.store.structures.size;
    const closed = await refusal(
      mock.clientAs('paul').createStructure(creation({ identifiantStructure: sirets.closed })),
      'RULE_BROKEN',
      'STR-2',
    );
    expect(closed.fields.map((f) => f.code)).toEqual(['insee_closed']);
    expect(closed.text.fr).toContain('fermé');
    const unknown = await refusal(
      mock.clientAs('paul').createStructure(creation({ identifiantStructure: makeSiret('99999999', '0001') })),
      'RULE_BROKEN',
      'STR-2',
    );
    expect(unknown.fields.map((f) => f.code)).toEqual(['insee_unknown']);
    expect(mock.store.structures.size, 'no structure created').toBe(before);
  });

  it('STR-2: a public structure gets the HAB-3 defaults for its GP, who must hold a PIGP account', async () => {
    await refusal(mock.clientAs('paul').createStructure(creation({ typeStructure: 'PUBLIQUE' })), 'FORBIDDEN', 'STR-2');
    const created = await mock.clientAs('pauline').createStructure(creation({ typeStructure: 'PUBLIQUE' }));
    const modes = mock.store.abonnements
      .filter((a) => a.idStructureCPP === created.idStructureCPP)
      .map((a) => `${a.espace}:${a.mode}`);
    expect(modes).toEqual(
      expect.arrayContaining([
        'ENGAGEMENTS:MODIFICATION',
        'FACTURES_A_VALIDER:MODIFICATION',
        'ORGANISATION:MODIFICATION',
      ]),
    );
    mock.expectInvariants();
  });

  it('STR-2: a PARTICULIER needs nom and prénom, and is not checked against INSEE', async () => {
    const particulier = creation({
      typeIdentifiantStructure: 'PARTICULIER',
      identifiantStructure: 'DUPONT-1978',
      designationStructure: 'Jean DUPONT',
    });
    const error = await refusal(mock.clientAs('paul').createStructure(particulier), 'RULE_BROKEN', 'STR-2');
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual([
      'nomStructure:required',
      'prenomStructure:required',
    ]);
    const created = await mock
      .clientAs('paul')
      .createStructure({ ...particulier, nomStructure: 'DUPONT', prenomStructure: 'Jean' });
    expect(created).toMatchObject({
      designationStructure: 'Jean DUPONT',
      adresse: someAddress,
      typeIdentifiantStructure: 'PARTICULIER',
    });
    mock.expectInvariants();
  });

  it('STR-2: required fields are checked (raison sociale, address) with field messages', async () => {
    const error = await refusal(
      mock
        .clientAs('paul')
        .createStructure(creation({ designationStructure: '', adresse: { ...someAddress, ville: '' } })),
      'INVALID',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`).sort()).toEqual([
      'adresse.ville:required',
      'designationStructure:required',
    ]);
  });

  it('STR-2 / X-5: a creation retried with the same idempotency key creates one structure', async () => {
    const client = mock.clientAs('paul');
    const first = await client.createStructure(creation(), { idempotencyKey: 'creation-ateliers' });
    const retry = await client.createStructure(creation(), { idempotencyKey: 'creation-ateliers' });
    expect(retry.idStructureCPP).toBe(first.idStructureCPP);
    expect(mock.store.structures.filter((s) => s.identifiantStructure === sirets.freeActive)).toHaveLength(1);
    mock.expectInvariants();
  });

  it('X-2: a deactivated account cannot create a structure', async () => {
    await refusal(mock.clientAs('henri').createStructure(creation()), 'ACCOUNT_DEACTIVATED', 'ID-4');
  });
});

describe('STR-3 consult and search (managers only, read-only)', () => {
  it('STR-3: the GP and a holder of "Organisation modification" consult the structure', async () => {
    expect((await mock.clientAs('jeane').getStructure(S.chaourcois)).identifiantStructure).toBe('20007104100046');
    expect((await mock.clientAs('marc').getStructure(S.chaourcois)).designationStructure).toBe(
      "CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
    );
  });

  it('STR-3 / X-2: a simple user or a user of another structure is refused; an unknown structure is 404', async () => {
    expect((await refusal(mock.clientAs('lucas').getStructure(S.chaourcois), 'FORBIDDEN', 'STR-3')).status).toBe(403);
    await refusal(mock.clientAs('paul').getStructure(S.chaourcois), 'FORBIDDEN', 'STR-3');
    expect((await refusal(mock.clientAs('jeane').getStructure(999), 'NOT_FOUND')).status).toBe(404);
  });

  it('STR-3 / RAT-9: a manager whose rattachement has ended neither consults nor lists the structure', async () => {
    const marc = mock.store.rattachements.find(
      (r) => r.idUtilisateur === CAST.users.marc && r.idStructureCPP === S.chaourcois,
    )!;
    mock.store.rattachements.update(marc.idRattachement, { dateFin: '2026-03-01' });
    await refusal(mock.clientAs('marc').getStructure(S.chaourcois), 'FORBIDDEN', 'RAT-9');
    expect((await mock.clientAs('marc').listManagedStructures()).total).toBe(0);
  });

  it('STR-3: the managers’ list holds the structures they manage, filtered with the RAT-2 criteria, paged and sorted', async () => {
    const jeane = mock.clientAs('jeane');
    const all = await jeane.listManagedStructures();
    expect(all.items.map((s) => s.idStructureCPP)).toEqual([S.chaourcois, S.syndicatEaux]);
    expect((await jeane.listManagedStructures({ statut: 'INACTIF' })).items.map((s) => s.idStructureCPP)).toEqual([
      S.syndicatEaux,
    ]);
    expect(
      (await jeane.listManagedStructures({ raisonSociale: 'ârmance' })).items.map((s) => s.idStructureCPP),
    ).toEqual([S.chaourcois]);
    expect((await jeane.listManagedStructures({ identifiant: '200071041' })).total).toBe(1);
    expect((await jeane.listManagedStructures({ ville: 'CHAOURCE', typeStructure: 'PUBLIQUE' })).total).toBe(2);
    const page = await jeane.listManagedStructures({
      sort: 'designationStructure',
      order: 'desc',
      pageSize: 1,
      page: 1,
    });
    expect({ total: page.total, ids: page.items.map((s) => s.idStructureCPP) }).toEqual({
      total: 2,
      ids: [S.syndicatEaux],
    });
    expect((await mock.clientAs('marc').listManagedStructures()).items.map((s) => s.idStructureCPP)).toEqual([
      S.chaourcois,
    ]);
    expect((await mock.clientAs('lucas').listManagedStructures()).total).toBe(0);
    await refusal(jeane.listManagedStructures({ sort: 'emailStructure' }), 'INVALID');
  });
});

describe('STR-3 modify', () => {
  it('STR-3: a manager modifies libellé, e-mail, phone and address (accepted, effective later)', async () => {
    const marc = mock.clientAs('marc');
    const before = await marc.getStructure(S.chaourcois);
    const address = { adresse: '5 BD DES GRANDS FOSSES', codePostal: '10130', ville: 'ERVILLE-CHÂTEL', pays: 'FR' };
    const accepted = await marc.updateStructure(S.chaourcois, {
      libelleStructure: 'Communaute Chaource',
      emailStructure: 'accueil@cc-chaourcois.fr',
      telephone: '03 25 00 00 00',
      adresse: address,
      version: before.version,
    });
    expect(accepted.version).toBe(before.version + 1);
    expect(accepted.libelleStructure).toBe(before.libelleStructure);
    expect(accepted.changementsEnAttente).toEqual([
      {
        champs: {
          libelleStructure: 'Communaute Chaource',
          emailStructure: 'accueil@cc-chaourcois.fr',
          telephone: '03 25 00 00 00',
          adresse: address,
        },
        dateEffet: '2026-03-02T09:30:00.000Z',
        demandePar: CAST.users.marc,
      },
    ]);
    mock.expectInvariants();
  });

  it('STR-3: INSEE and identity fields are read-only (echo accepted, change refused with the rule)', async () => {
    const jeane = mock.clientAs('jeane');
    const s = await jeane.getStructure(S.chaourcois);
    const error = await refusal(
      jeane.updateStructure(S.chaourcois, {
        designationStructure: 'AUTRE NOM',
        identifiantStructure: sirets.freeActive,
        version: s.version,
      }),
      'RULE_BROKEN',
      'STR-3',
    );
    expect(error.fields.map((f) => `${f.field}:${f.code}`)).toEqual([
      'identifiantStructure:not_editable',
      'designationStructure:not_editable',
    ]);
    const echoed = await jeane.updateStructure(S.chaourcois, {
      designationStructure: s.designationStructure,
      identifiantStructure: s.identifiantStructure,
      typeStructure: s.typeStructure,
      libelleStructure: 'Chaource',
      version: s.version,
    });
    expect(echoed.changementsEnAttente.map((c) => c.champs)).toEqual([{ libelleStructure: 'Chaource' }]);
  });

  it('STR-3 / X-2: a simple user cannot modify; a stale version is refused (ACC-7)', async () => {
    const s = await mock.clientAs('jeane').getStructure(S.chaourcois);
    await refusal(
      mock.clientAs('lucas').updateStructure(S.chaourcois, { libelleStructure: 'Piraté', version: s.version }),
      'FORBIDDEN',
      'STR-3',
    );
    await refusal(
      mock.clientAs('paul').updateStructure(S.chaourcois, { libelleStructure: 'Piraté', version: s.version }),
      'FORBIDDEN',
      'STR-3',
    );
    await mock.clientAs('jeane').updateStructure(S.chaourcois, { libelleStructure: 'Premier', version: s.version });
    await refusal(
      mock.clientAs('marc').updateStructure(S.chaourcois, { libelleStructure: 'Second', version: s.version }),
      'VERSION_CONFLICT',
      'ACC-7',
    );
  });

  it('STR-3: a modification that changes nothing answers the structure unchanged', async () => {
    const jeane = mock.clientAs('jeane');
    const s = await jeane.getStructure(S.chaourcois);
    const same = await jeane.updateStructure(S.chaourcois, {
      libelleStructure: s.libelleStructure,
      version: s.version,
    });
    expect(same).toEqual(s);
  });
});

describe('STR-3 activate / deactivate', () => {
  it('STR-3: activation is offered only for an inactive structure', async () => {
    const jeane = mock.clientAs('jeane');
    const inactive = await jeane.getStructure(S.syndicatEaux);
    const accepted = await jeane.activateStructure(S.syndicatEaux, { version: inactive.version });
    expect(accepted.statut).toBe('INACTIF');
    expect(accepted.changementsEnAttente.map((c) => c.champs)).toEqual([{ statut: 'ACTIF' }]);
    const again = await refusal(
      jeane.activateStructure(S.syndicatEaux, { version: accepted.version }),
      'STATE_CONFLICT',
      'STR-3',
    );
    expect(again.text.en).toContain('already pending');
    const active = await jeane.getStructure(S.chaourcois);
    expect(
      (await refusal(jeane.activateStructure(S.chaourcois, { version: active.version }), 'STATE_CONFLICT', 'STR-3'))
        .text.en,
    ).toBe('Only an inactive structure can be activated.');
    mock.expectInvariants();
  });

  it('STR-3: deactivation is offered only for an active structure', async () => {
    const jeane = mock.clientAs('jeane');
    const inactive = await jeane.getStructure(S.syndicatEaux);
    expect(
      (
        await refusal(
          jeane.deactivateStructure(S.syndicatEaux, { version: inactive.version }),
          'STATE_CONFLICT',
          'STR-3',
        )
      ).status,
    ).toBe(409);
    const active = await jeane.getStructure(S.chaourcois);
    const accepted = await jeane.deactivateStructure(S.chaourcois, { version: active.version });
    expect(accepted.changementsEnAttente.map((c) => c.champs)).toEqual([{ statut: 'INACTIF' }]);
    await refusal(jeane.deactivateStructure(S.chaourcois, { version: accepted.version }), 'STATE_CONFLICT', 'STR-3');
    mock.expectInvariants();
  });

  it('STR-3 / X-2: a simple user cannot activate or deactivate', async () => {
    const s = await mock.clientAs('pauline').getStructure(S.mairie);
    await refusal(mock.clientAs('sophie').deactivateStructure(S.mairie, { version: s.version }), 'FORBIDDEN', 'STR-3');
    await refusal(mock.clientAs('lucas').activateStructure(S.syndicatEaux, { version: 1 }), 'FORBIDDEN', 'STR-3');
  });
});

describe('STR-3 update from INSEE', () => {
  const newMairieSiret = makeSiret('21780520', '0002');
  const movedAddress = {
    adresse: '1 place de la République',
    codePostal: '78520',
    ville: 'Terneuil sur Seine',
    pays: 'FR',
  };

  it('STR-3: the identifier follows the INSEE successor; the answer shows before and after', async () => {
    const { insee } = mock.app.env;
    insee.register({
      siret: newMairieSiret,
      raisonSociale: 'COMMUNE DE TERNEUIL-SUR-SEINE',
      etatAdministratif: 'ACTIF',
      adresse: movedAddress,
      dateMiseAJour: '2026-02-01T00:00:00.000Z',
    });
    insee.register({ ...insee.lookup(sirets.mairie)!, etatAdministratif: 'FERME', siretSuccesseur: newMairieSiret });
    const pauline = mock.clientAs('pauline');
    const s = await pauline.getStructure(S.mairie);
    const result = await pauline.updateStructureFromInsee(S.mairie, { version: s.version });
    expect(result.avant).toEqual({
      identifiantStructure: sirets.mairie,
      designationStructure: 'COMMUNE DE TERNEUIL SUR SEINE',
      adresse: s.adresse,
    });
    expect(result.apres).toEqual({
      identifiantStructure: newMairieSiret,
      designationStructure: 'COMMUNE DE TERNEUIL-SUR-SEINE',
      adresse: movedAddress,
    });
    expect(result.structure.identifiantStructure).toBe(sirets.mairie);
    mock.clock.advance(30 * 60 * 1000);
    expect(await pauline.getStructure(S.mairie)).toMatchObject({
      identifiantStructure: newMairieSiret,
      designationStructure: 'COMMUNE DE TERNEUIL-SUR-SEINE',
      adresse: movedAddress,
      changementsEnAttente: [],
    });
    mock.expectInvariants();
  });

  it('STR-3 / STR-1: the new identifier may not be another structure’s; a closed SIRET without successor is refused', async () => {
    const { insee } = mock.app.env;
    const pauline = mock.clientAs('pauline');
    insee.register({ ...insee.lookup(sirets.ccas)!, etatAdministratif: 'FERME', siretSuccesseur: sirets.mairie });
    const ccas = await pauline.getStructure(S.ccas);
    await refusal(pauline.updateStructureFromInsee(S.ccas, { version: ccas.version }), 'DUPLICATE', 'STR-1');
    insee.close(sirets.mairie, '2026-02-01T00:00:00.000Z');
    const mairie = await pauline.getStructure(S.mairie);
    expect(
      (await refusal(pauline.updateStructureFromInsee(S.mairie, { version: mairie.version }), 'RULE_BROKEN', 'STR-3'))
        .fields[0]!.code,
    ).toBe('insee_closed');
  });

  it('STR-3 / X-2: only managers update from INSEE', async () => {
    await refusal(mock.clientAs('sophie').updateStructureFromInsee(S.mairie, { version: 1 }), 'FORBIDDEN', 'STR-3');
  });
});
