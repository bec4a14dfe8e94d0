import { describe, expect, it } from 'vitest';
import { roleOf } from '../../mock-api/rules/access.js';
import { todayIso } from '../../mock-api/rules/context.js';
import { frenchAddress, rattachementRecord, structureRecord, userRecord } from '../../mock-api/seed/builders.js';
import { CAST } from '../../mock-api/seed/index.js';
import { makeSiret } from '../../mock-api/seed/siret.js';
import type { GpTransferRequest } from '../../src/domain/schemas/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
/** The mock's day now (RAT-9: roles hold through rattachements in force). */
const today = () => todayIso(mock.app.env);
const { users: u, structures: s } = CAST;

const now = () => mock.clock.now().toISOString();
const to = (mode: GpTransferRequest['mode'], ...pairs: [number, number][]): GpTransferRequest => ({
  mode,
  affectations: pairs.map(([idStructureCPP, idNouveauGestionnaire]) => ({ idStructureCPP, idNouveauGestionnaire })),
});
/** The held profiles of a user on a structure (whole-structure scope), espace → mode. */
const profilesOf = (idUtilisateur: number, idStructureCPP: number) =>
  Object.fromEntries(
    mock.store.abonnements
      .filter(
        (a) =>
          a.idUtilisateur === idUtilisateur &&
          a.idStructureCPP === idStructureCPP &&
          a.idService === undefined &&
          a.statut === 'VALIDE',
      )
      .map((a) => [a.espace, a.mode]),
  );
const roles = () =>
  [s.mairie, s.ccas, s.chaourcois, s.durandBtp].map(
    (id) =>
      mock.store.rattachements.find(
        (r) => r.idStructureCPP === id && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
      )!.idUtilisateur,
  );
const SEED_GPS = [u.pauline, u.pauline, u.jeane, u.paul];

/** Sophie, simple user of the mairie, also attached (VALIDEE) to the CCAS. */
const attachSophieToCcas = () =>
  mock.store.rattachements.insert(
    rattachementRecord(now(), { idRattachement: 100, idUtilisateur: u.sophie, idStructureCPP: s.ccas }),
  );

/** A third public structure led by Pauline (Ecole de Terneuil), Sophie attached to it. */
function addEcole(): number {
  const idStructureCPP = 50;
  mock.store.structures.insert(
    structureRecord(now(), {
      idStructureCPP,
      identifiantStructure: makeSiret('21780521', '0009'),
      typeStructure: 'PUBLIQUE',
      designationStructure: 'CAISSE DES ECOLES DE TERNEUIL',
      adresse: frenchAddress('3 rue de Crimée', '78520', 'Terneuil sur Seine'),
    }),
  );
  mock.store.rattachements.insert(
    rattachementRecord(now(), {
      idRattachement: 101,
      idUtilisateur: u.pauline,
      idStructureCPP,
      role: 'GESTIONNAIRE_PRINCIPAL',
    }),
  );
  mock.store.rattachements.insert(
    rattachementRecord(now(), { idRattachement: 102, idUtilisateur: u.sophie, idStructureCPP }),
  );
  return idStructureCPP;
}

describe('GP-1 only the GP transfers the role', () => {
  it('GP-1: the GP transfers his structure; the answer has one line per structure', async () => {
    const done = await mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie]));
    expect(done.transferts).toEqual([
      {
        idTransfert: expect.any(Number),
        idStructureCPP: s.mairie,
        idAncienGestionnaire: u.pauline,
        idNouveauGestionnaire: u.sophie,
        dateTransfert: now(),
      },
    ]);
    expect(roleOf(mock.store, u.sophie, s.mairie, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    mock.expectInvariants();
  });

  it('GP-1: a holder of "Organisation modification" (GS) may not transfer the role', async () => {
    expect(roleOf(mock.store, u.marc, s.chaourcois, today())).toBe('GESTIONNAIRE_SECONDAIRE');
    const error = await refusal(
      mock.clientAs('marc').transferPrincipal(to('STRUCTURES_CHOISIES', [s.chaourcois, u.lucas])),
      'FORBIDDEN',
      'GP-1',
    );
    expect(error.status).toBe(403);
    expect(error.fields.map((f) => f.field)).toEqual([`affectations.${s.chaourcois}`]);
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-1: a simple user may not transfer the role, not even to himself', async () => {
    await refusal(
      mock.clientAs('sophie').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie])),
      'FORBIDDEN',
      'GP-1',
    );
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-1: the GP of another structure may not transfer this one; mixed with his own, nothing is transferred', async () => {
    await refusal(
      mock.clientAs('jeane').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie])),
      'FORBIDDEN',
      'GP-1',
    );
    const error = await refusal(
      mock.clientAs('pauline').transferPrincipal(to('UN_AUTRE' as 'STRUCTURES_CHOISIES', [s.mairie, u.sophie])),
      'INVALID',
    );
    expect(error.status).toBe(400);
    const mixed = await refusal(
      mock
        .clientAs('pauline')
        .transferPrincipal(
          to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.ccas, u.claire], [s.chaourcois, u.marc]),
        ),
      'FORBIDDEN',
      'GP-1',
    );
    expect(mixed.fields.map((f) => f.field)).toEqual([`affectations.${s.chaourcois}`]);
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-1: an unknown structure is refused like a foreign one', async () => {
    await refusal(
      mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [999, u.sophie])),
      'FORBIDDEN',
      'GP-1',
    );
  });
});

describe('GP-2 three ways, to users already attached (VALIDEE)', () => {
  it('GP-2: some of my structures → one user; the others keep their GP', async () => {
    await mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.ccas, u.claire]));
    expect([roleOf(mock.store, u.claire, s.ccas, today()), roleOf(mock.store, u.pauline, s.mairie, today())]).toEqual([
      'GESTIONNAIRE_PRINCIPAL',
      'GESTIONNAIRE_PRINCIPAL',
    ]);
    mock.expectInvariants();
  });

  it('GP-2: "some → one user" with two users is refused', async () => {
    const error = await refusal(
      mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie], [s.ccas, u.claire])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(error.fields.map((f) => f.code)).toEqual(['one_user_expected']);
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-2: all my structures → one user', async () => {
    attachSophieToCcas();
    const done = await mock
      .clientAs('pauline')
      .transferPrincipal(to('TOUTES_A_UN', [s.mairie, u.sophie], [s.ccas, u.sophie]));
    expect(done.transferts.map((t) => [t.idStructureCPP, t.idNouveauGestionnaire])).toEqual([
      [s.mairie, u.sophie],
      [s.ccas, u.sophie],
    ]);
    expect(roles().slice(0, 2)).toEqual([u.sophie, u.sophie]);
    mock.expectInvariants();
  });

  it('GP-2: "all my structures" must name every structure I lead', async () => {
    const error = await refusal(
      mock.clientAs('pauline').transferPrincipal(to('TOUTES_A_UN', [s.mairie, u.sophie])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([[`affectations.${s.ccas}`, 'successor_required']]);
    expect(error.text.fr).toContain("CENTRE COMMUNAL D'ACTION SOCIALE");
    await refusal(
      mock.clientAs('pauline').transferPrincipal(to('TOUTES_UNE_PAR_STRUCTURE', [s.ccas, u.claire])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-2: all my structures → a chosen user per structure', async () => {
    await mock
      .clientAs('pauline')
      .transferPrincipal(to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.ccas, u.claire]));
    expect(roles().slice(0, 2)).toEqual([u.sophie, u.claire]);
    mock.expectInvariants();
  });

  it('GP-2: a structure named twice is refused', async () => {
    const error = await refusal(
      mock
        .clientAs('pauline')
        .transferPrincipal(
          to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.mairie, u.nicolas], [s.ccas, u.claire]),
        ),
      'INVALID',
      'GP-2',
    );
    expect(error.fields.map((f) => f.code)).toEqual(['duplicate']);
  });

  it('GP-2: the new GP must be attached VALIDEE: a pending request, another structure, a deactivated rattachement, oneself are refused', async () => {
    const pauline = mock.clientAs('pauline');
    await refusal(pauline.transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.claire])), 'RULE_BROKEN', 'GP-2');
    await refusal(pauline.transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.marc])), 'RULE_BROKEN', 'GP-2');
    await refusal(pauline.transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.pauline])), 'RULE_BROKEN', 'GP-2');
    const sophie = mock.store.rattachements.find((r) => r.idUtilisateur === u.sophie && r.idStructureCPP === s.mairie)!;
    mock.store.rattachements.update(sophie.idRattachement, { statutRattachement: 'DESACTIVEE' });
    await refusal(pauline.transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie])), 'RULE_BROKEN', 'GP-2');
    expect(roles()).toEqual(SEED_GPS);
  });

  it('GP-2: a deactivated account cannot become GP', async () => {
    const error = await refusal(
      mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.denise])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([[`affectations.${s.mairie}`, 'successor_not_allowed']]);
    expect(roleOf(mock.store, u.pauline, s.mairie, today())).toBe('GESTIONNAIRE_PRINCIPAL');
  });
});

describe('GP-3 a public structure needs a new GP with a PIGP account', () => {
  it('GP-3: a user without PIGP account cannot become GP of a public structure', async () => {
    mock.store.users.update(u.sophie, { comptePigp: false });
    const error = await refusal(
      mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie])),
      'RULE_BROKEN',
      'GP-3',
    );
    expect(error.text.en).toContain('PIGP');
    expect(roleOf(mock.store, u.pauline, s.mairie, today())).toBe('GESTIONNAIRE_PRINCIPAL');
  });

  it('GP-3: a user with a PIGP account can; a private structure needs none', async () => {
    await mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie]));
    mock.store.users.insert(
      userRecord(now(), { idUtilisateur: 60, login: 'julie.durand@durand-btp.fr', nom: 'DURAND', prenom: 'Julie' }),
    );
    mock.store.rattachements.insert(
      rattachementRecord(now(), { idRattachement: 103, idUtilisateur: 60, idStructureCPP: s.durandBtp }),
    );
    await mock.clientAs('paul').transferPrincipal(to('TOUTES_A_UN', [s.durandBtp, 60]));
    expect(roleOf(mock.store, 60, s.durandBtp, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    mock.expectInvariants();
  });
});

describe('GP-4 one GP per structure at every moment; the former GP stays a simple user', () => {
  it('GP-4: all or nothing: three structures, one invalid target, nothing changes and the refusal names it', async () => {
    const ecole = addEcole();
    const abonnements = mock.store.abonnements.all();
    const outbox = mock.store.outbox.size;
    const error = await refusal(
      mock
        .clientAs('pauline')
        .transferPrincipal(to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.ccas, u.claire], [ecole, u.claire])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(error.fields.map((f) => [f.field, f.code])).toEqual([[`affectations.${ecole}`, 'successor_not_allowed']]);
    expect(error.text.fr).toMatch(/^Aucun transfert effectué\. CAISSE DES ECOLES DE TERNEUIL : /);
    expect(roles().slice(0, 2)).toEqual([u.pauline, u.pauline]);
    expect(roleOf(mock.store, u.pauline, ecole, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    expect(mock.store.gpTransfers.size).toBe(0);
    expect(mock.store.abonnements.all()).toEqual(abonnements);
    expect(mock.store.outbox.size).toBe(outbox);
    mock.expectInvariants();
  });

  it('GP-4: every blocking structure is named with its own rule', async () => {
    mock.store.users.update(u.claire, { comptePigp: false });
    const error = await refusal(
      mock
        .clientAs('pauline')
        .transferPrincipal(to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.denise], [s.ccas, u.claire])),
      'RULE_BROKEN',
      'GP-2',
    );
    expect(error.fields.map((f) => f.field)).toEqual([`affectations.${s.mairie}`, `affectations.${s.ccas}`]);
    expect(error.fields[1]!.message.en).toContain('PIGP');
  });

  it('GP-4: three structures handed over at once; the former GP stays attached as a simple user and can no longer transfer', async () => {
    const ecole = addEcole();
    const pauline = mock.clientAs('pauline');
    await pauline.transferPrincipal(
      to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.ccas, u.claire], [ecole, u.sophie]),
    );
    for (const id of [s.mairie, s.ccas, ecole]) expect(roleOf(mock.store, u.pauline, id, today())).toBe('UTILISATEUR');
    expect(
      mock.store.rattachements.filter((r) => r.idUtilisateur === u.pauline).map((r) => [r.role, r.statutRattachement]),
    ).toEqual([
      ['UTILISATEUR', 'VALIDEE'],
      ['UTILISATEUR', 'VALIDEE'],
      ['UTILISATEUR', 'VALIDEE'],
    ]);
    await refusal(pauline.transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.nicolas])), 'FORBIDDEN', 'GP-1');
    expect((await pauline.listPrincipalStructures()).total).toBe(0);
    mock.expectInvariants();
  });

  it('GP-4, HAB-3: the new GP gets the managers’ profiles in modification, the former GP a simple user’s', async () => {
    await mock.clientAs('pauline').transferPrincipal(to('STRUCTURES_CHOISIES', [s.mairie, u.sophie]));
    const sophie = profilesOf(u.sophie, s.mairie);
    expect(sophie).toMatchObject({
      ORGANISATION: 'MODIFICATION',
      ENGAGEMENTS: 'MODIFICATION',
      FACTURES_A_VALIDER: 'MODIFICATION',
      ACTIVITES_GESTIONNAIRE: 'MODIFICATION',
    });
    expect(roleOf(mock.store, u.sophie, s.mairie, today())).toBe('GESTIONNAIRE_PRINCIPAL');
    const pauline = profilesOf(u.pauline, s.mairie);
    expect(pauline).toMatchObject({
      ORGANISATION: 'CONSULTATION_UNIQUEMENT',
      ENGAGEMENTS: 'CONSULTATION_UNIQUEMENT',
      FACTURES_RECUES: 'CONSULTATION_UNIQUEMENT',
      ACCUEIL_CONNECTE: 'MODIFICATION',
    });
    expect(pauline).not.toHaveProperty('ACTIVITES_GESTIONNAIRE');
    expect(roleOf(mock.store, u.pauline, s.mairie, today())).toBe('UTILISATEUR');
    expect(profilesOf(u.pauline, s.ccas)).toMatchObject({
      ORGANISATION: 'MODIFICATION',
      ACTIVITES_GESTIONNAIRE: 'MODIFICATION',
    });
    mock.expectInvariants();
  });

  it('GP-4, HAB-3: on a private structure the former GP loses "Organisation" and "Activités du gestionnaire"', async () => {
    mock.store.users.insert(
      userRecord(now(), { idUtilisateur: 60, login: 'julie.durand@durand-btp.fr', nom: 'DURAND', prenom: 'Julie' }),
    );
    mock.store.rattachements.insert(
      rattachementRecord(now(), { idRattachement: 103, idUtilisateur: 60, idStructureCPP: s.durandBtp }),
    );
    await mock.clientAs('paul').transferPrincipal(to('STRUCTURES_CHOISIES', [s.durandBtp, 60]));
    const paul = profilesOf(u.paul, s.durandBtp);
    expect(paul).not.toHaveProperty('ORGANISATION');
    expect(paul).not.toHaveProperty('ACTIVITES_GESTIONNAIRE');
    expect(paul).toMatchObject({ FACTURES_EMISES: 'MODIFICATION', MON_COMPTE: 'MODIFICATION' });
    expect(profilesOf(60, s.durandBtp)).toMatchObject({
      ORGANISATION: 'MODIFICATION',
      ACTIVITES_GESTIONNAIRE: 'MODIFICATION',
    });
    mock.expectInvariants();
  });
  it('GP-4, DEA-2: a hand-over at deactivation uses the same swap: the new GP gets the managers’ profiles', async () => {
    await mock.clientAs('jeane').deactivateMyAccount({
      confirmation: true,
      successeurs: [
        { idStructureCPP: s.chaourcois, idNouveauGestionnaire: u.lucas },
        { idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.marc },
      ],
    });
    expect(profilesOf(u.lucas, s.chaourcois)).toMatchObject({
      ORGANISATION: 'MODIFICATION',
      ACTIVITES_GESTIONNAIRE: 'MODIFICATION',
      ENGAGEMENTS: 'MODIFICATION',
    });
    expect(profilesOf(u.jeane, s.chaourcois)).toMatchObject({
      ORGANISATION: 'CONSULTATION_UNIQUEMENT',
      ENGAGEMENTS: 'CONSULTATION_UNIQUEMENT',
    });
    mock.expectInvariants();
  });
});

describe('NOT-4 the former and the new GP are told by e-mail', () => {
  it('NOT-4: one e-mail to the former GP listing what he handed over, one to each new GP', async () => {
    await mock
      .clientAs('pauline')
      .transferPrincipal(to('TOUTES_UNE_PAR_STRUCTURE', [s.mairie, u.sophie], [s.ccas, u.claire]));
    const sent = mock.store.outbox.all().map((e) => ({ to: e.destinataire, id: e.idUtilisateur, body: e.corps }));
    expect(sent.map((e) => e.to)).toEqual([
      'pauline.dufour@terneuil-sur-seine.fr',
      'sophie.martin@terneuil-sur-seine.fr',
      'claire.petit@terneuil-sur-seine.fr',
    ]);
    expect(sent[0]!.body).toContain('COMMUNE DE TERNEUIL SUR SEINE → Sophie MARTIN');
    expect(sent[0]!.body).toContain("CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE → Claire PETIT");
    expect(sent[1]!.body).toContain('COMMUNE DE TERNEUIL SUR SEINE');
    expect(sent[1]!.body).not.toContain('CENTRE COMMUNAL');
    expect(sent.map((e) => e.id)).toEqual([u.pauline, u.sophie, u.claire]);
  });

  it('GP-5 / ACC-6: leaving under RAT-7 and deactivating under DEA-2 send the same e-mails, each in its reader’s language', async () => {
    mock.store.users.update(u.lucas, { parametres: { langue: 'EN', notificationsPeriodiques: false } });
    const jeane = mock.clientAs('jeane');
    const mine = (await jeane.listMyRattachements()).items.find((r) => r.idStructureCPP === s.chaourcois)!;
    await jeane.handOverPrincipal({
      idRattachement: mine.idRattachement,
      version: mine.version,
      idNouveauGestionnaire: u.lucas,
    });
    await jeane.deactivateMyAccount({
      confirmation: true,
      successeurs: [{ idStructureCPP: s.syndicatEaux, idNouveauGestionnaire: u.marc }],
    });
    const sent = mock.store.outbox.all().map((e) => [e.idUtilisateur, e.sujet]);
    expect(sent).toEqual([
      [u.jeane, 'Transfert du rôle de gestionnaire principal'],
      [u.lucas, 'You are the main manager'],
      [u.jeane, 'Transfert du rôle de gestionnaire principal'],
      [u.marc, 'Vous êtes gestionnaire principal'],
    ]);
    expect(mock.store.outbox.all()[1]!.corps).toContain(
      "made you the main manager of:\n\n- CC DU CHAOURCOIS ET DU VAL D'ARMANCE",
    );
  });

  it('NOT-4: a refused transfer sends nothing', async () => {
    await refusal(
      mock.clientAs('marc').transferPrincipal(to('STRUCTURES_CHOISIES', [s.chaourcois, u.lucas])),
      'FORBIDDEN',
      'GP-1',
    );
    expect(mock.store.outbox.size).toBe(0);
  });
});

describe('X-5 a retried transfer is not done twice', () => {
  it('X-5: the same Idempotency-Key replays the first answer; a new call is refused since the role moved', async () => {
    const pauline = mock.clientAs('pauline');
    const request = to('STRUCTURES_CHOISIES', [s.mairie, u.sophie]);
    const first = await pauline.transferPrincipal(request, { idempotencyKey: 'gp-transfer-1' });
    mock.clock.advance(1000);
    expect(await pauline.transferPrincipal(request, { idempotencyKey: 'gp-transfer-1' })).toEqual(first);
    expect(mock.store.gpTransfers.size).toBe(1);
    expect(mock.store.outbox.size).toBe(2);
    await refusal(pauline.transferPrincipal(request), 'FORBIDDEN', 'GP-1');
    mock.expectInvariants();
  });
});

describe('GP-2 the structures I lead, with candidate successors', () => {
  it('GP-2, GP-3, GP-5: lists my structures with their active VALIDEE users whose first connection is done, and whether PIGP is required', async () => {
    const before = await mock.clientAs('pauline').listPrincipalStructures();
    expect(before.items.map((x) => x.candidats.map((c) => c.nom))).toEqual([['PETIT'], ['MARTIN']]);
    mock.store.users.update(u.nicolas, { premiereConnexionTerminee: true }); // Nicolas ROUX completes it
    const page = await mock.clientAs('pauline').listPrincipalStructures();
    expect(page.total).toBe(2);
    expect(
      page.items.map((x) => [x.designationStructure, x.pigpRequis, x.nombreCandidats, x.candidats.map((c) => c.nom)]),
    ).toEqual([
      ["CENTRE COMMUNAL D'ACTION SOCIALE DE TERNEUIL SUR SEINE", true, 1, ['PETIT']],
      ['COMMUNE DE TERNEUIL SUR SEINE', true, 2, ['MARTIN', 'ROUX']],
    ]);
    expect(page.items[1]!.candidats[0]).toEqual({
      idUtilisateur: u.sophie,
      login: 'sophie.martin@terneuil-sur-seine.fr',
      nom: 'MARTIN',
      prenom: 'Sophie',
      etat: 'ACTIF',
      comptePigp: true,
    });
    const paul = await mock.clientAs('paul').listPrincipalStructures();
    expect(paul.items.map((x) => [x.designationStructure, x.pigpRequis, x.nombreCandidats])).toEqual([
      ['DURAND BTP', false, 0],
    ]);
  });

  it('GP-2: candidates are searched by nom/prénom, e-mail or postal address; the list is paged, sorted and capped', async () => {
    // Nicolas completed his first connection, so that he is a candidate too (GP-5).
    mock.store.users.update(u.nicolas, { premiereConnexionTerminee: true });
    const pauline = mock.clientAs('pauline');
    const names = async (q: string) =>
      (await pauline.listPrincipalStructures({ q })).items.map((x) => x.candidats.map((c) => c.nom));
    expect(await names('martin sophie')).toEqual([[], ['MARTIN']]);
    expect(await names('claire.petit@')).toEqual([['PETIT'], []]);
    expect(await names('crimee')).toEqual([['PETIT'], ['MARTIN']]);
    const capped = await pauline.listPrincipalStructures({
      maxCandidats: 1,
      sort: 'nombreCandidats',
      order: 'desc',
      pageSize: 1,
    });
    expect(capped).toMatchObject({
      total: 2,
      pageSize: 1,
      items: [
        { designationStructure: 'COMMUNE DE TERNEUIL SUR SEINE', nombreCandidats: 2, candidats: [{ nom: 'MARTIN' }] },
      ],
    });
    await refusal(pauline.listPrincipalStructures({ sort: 'comptePigp' }), 'INVALID');
    await refusal(pauline.listPrincipalStructures({ maxCandidats: 101 }), 'INVALID');
  });

  it('GP-1: a GS or a simple user leads no structure: the list is empty', async () => {
    expect((await mock.clientAs('marc').listPrincipalStructures()).total).toBe(0);
    expect((await mock.clientAs('sophie').listPrincipalStructures()).items).toEqual([]);
  });
});
