import { describe, expect, it } from 'vitest';
import { CAST } from '../../mock-api/seed/index.js';
import { refusal, useMock } from './support/mock.js';

const mock = useMock();
const { structures: S, services: SV } = CAST;

const ask = (who: 'sophie' | 'paul' | 'lucas', idStructureCPP: number) =>
  mock
    .clientAs(who)
    .requestRattachement({ idStructureCPP, niveau: 'STRUCTURE', dateDebut: '2026-03-02', commentaire: 'Demande' });

describe('APR-1 the approvals inbox', () => {
  it('APR-1: a manager sees the requests of his structures with état, type, demandeur, structure, raison sociale, created at', async () => {
    const inbox = await mock.clientAs('pauline').listApprobations();
    expect(inbox.items).toHaveLength(1);
    expect(inbox.items[0]).toMatchObject({
      etat: 'DEMANDE',
      type: 'RATTACHEMENT',
      demandeur: 'Claire PETIT',
      loginDemandeur: 'claire.petit@terneuil-sur-seine.fr',
      identifiantStructure: CAST.sirets.mairie,
      designationStructure: 'COMMUNE DE TERNEUIL SUR SEINE',
      commentaireDemande: 'Agent comptable, reprise du poste de Denise FAURE',
    });
    expect(inbox.items[0]!.dateCreation).toBe('2026-02-27T09:00:00.000Z');
    expect((await mock.clientAs('jeane').listApprobations()).total).toBe(0);
  });

  it('APR-1: a count for the host\'s "APPROBATIONS n" badge; managers of other structures and simple users see nothing', async () => {
    await ask('sophie', S.ccas);
    expect(await mock.clientAs('pauline').countApprobations()).toEqual({ enAttente: 2 });
    expect(await mock.clientAs('sophie').countApprobations()).toEqual({ enAttente: 0 });
    expect((await mock.clientAs('sophie').listApprobations()).total).toBe(0);
    expect(await mock.clientAs('jeane').countApprobations()).toEqual({ enAttente: 0 });
  });

  it('APR-1: filter by state, type and structure; sort by date or demandeur', async () => {
    mock.clock.advance(60_000);
    await ask('sophie', S.ccas);
    mock.clock.advance(60_000);
    await ask('paul', S.ccas);
    const pauline = mock.clientAs('pauline');
    const newest = await pauline.listApprobations({ sort: 'dateCreation', order: 'desc' });
    expect(newest.items.map((a) => a.demandeur)).toEqual(['Paul DURAND', 'Sophie MARTIN', 'Claire PETIT']);
    expect((await pauline.listApprobations({ sort: 'demandeur' })).items.map((a) => a.demandeur)).toEqual([
      'Claire PETIT',
      'Paul DURAND',
      'Sophie MARTIN',
    ]);
    expect((await pauline.listApprobations({ idStructureCPP: S.ccas })).total).toBe(2);
    const [first] = newest.items;
    await pauline.decideApprobation({
      idApprobation: first!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Fournisseur : pas de rattachement',
      version: first!.version,
    });
    expect((await pauline.listApprobations({ etat: 'REFUSE' })).items.map((a) => a.demandeur)).toEqual(['Paul DURAND']);
    expect((await pauline.listApprobations({ etat: 'DEMANDE', type: 'RATTACHEMENT' })).total).toBe(2);
    expect((await pauline.listApprobations({ type: 'ABONNEMENT' })).total).toBe(0);
  });

  it('APR-1: each request has a number RITM and 7 digits, unique, the same in the list and the detail and after a decision', async () => {
    await ask('sophie', S.ccas);
    await ask('paul', S.ccas);
    const pauline = mock.clientAs('pauline');
    const { items } = await pauline.listApprobations();
    const numbers = items.map((a) => a.numero);
    for (const numero of numbers) expect(numero).toMatch(/^RITM\d{7}$/);
    expect(new Set(numbers).size).toBe(items.length);
    const [first] = items;
    expect((await pauline.getApprobation({ idApprobation: first!.idApprobation })).numero).toBe(first!.numero);
    const decided = await pauline.decideApprobation({
      idApprobation: first!.idApprobation,
      decision: 'APPROUVE',
      version: first!.version,
    });
    expect(decided.numero).toBe(first!.numero);
    expect((await pauline.listApprobations({ sort: 'numero' })).items.map((a) => a.numero)).toEqual(
      [...numbers].sort(),
    );
  });

  it('APR-1: no approver nor decision date before a decision; once decided, the approver and the date in the list and the detail', async () => {
    const pauline = mock.clientAs('pauline');
    const [pending] = (await pauline.listApprobations()).items;
    expect(pending!.decideur).toBeUndefined();
    expect(pending!.dateDecision).toBeUndefined();
    mock.clock.advance(60_000);
    await pauline.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: pending!.version,
    });
    const decidedAt = mock.clock.now().toISOString();
    const [listed] = (await pauline.listApprobations({ etat: 'APPROUVE' })).items;
    expect(listed).toMatchObject({ numero: pending!.numero, decideur: 'Pauline DUFOUR', dateDecision: decidedAt });
    expect(await pauline.getApprobation({ idApprobation: pending!.idApprobation })).toMatchObject({
      decideur: 'Pauline DUFOUR',
      dateDecision: decidedAt,
    });
  });
});

describe('APR-2 deciding', () => {
  it('APR-2 / RAT-5: approving validates the rattachement; the detail shows the decision', async () => {
    const pauline = mock.clientAs('pauline');
    const [pending] = (await pauline.listApprobations()).items;
    const detail = await pauline.getApprobation({ idApprobation: pending!.idApprobation });
    expect(detail.idObjet).toBe(pending!.idObjet);
    const decided = await pauline.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'APPROUVE',
      version: detail.version,
    });
    expect(decided).toMatchObject({
      etat: 'APPROUVE',
      decideur: 'Pauline DUFOUR',
      dateDecision: mock.clock.now().toISOString(),
    });
    const claire = (await mock.clientAs('claire').listMyRattachements()).items.find(
      (r) => r.idStructureCPP === S.mairie,
    )!;
    expect(claire.statutRattachement).toBe('VALIDEE');
    expect((await mock.clientAs('claire').getApprobation({ idApprobation: pending!.idApprobation })).etat).toBe(
      'APPROUVE',
    );
    expect(await pauline.countApprobations()).toEqual({ enAttente: 0 });
    mock.expectInvariants();
  });

  it('APR-2 / RAT-5: refusing needs a comment; the rattachement becomes REFUSEE with it', async () => {
    const pauline = mock.clientAs('pauline');
    const [pending] = (await pauline.listApprobations()).items;
    const missing = await refusal(
      pauline.decideApprobation({
        idApprobation: pending!.idApprobation,
        decision: 'REFUSE',
        commentaire: ' ',
        version: pending!.version,
      }),
      'INVALID',
    );
    expect(missing.fields.map((f) => `${f.field}:${f.code}`)).toEqual(['commentaire:comment_required_to_refuse']);
    await pauline.decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Poste déjà pourvu',
      version: pending!.version,
    });
    const claire = (await mock.clientAs('claire').listMyRattachements()).items.find(
      (r) => r.idStructureCPP === S.mairie,
    )!;
    expect(claire).toMatchObject({
      statutRattachement: 'REFUSEE',
      commentaireDecision: 'Poste déjà pourvu',
      enVigueur: false,
    });
    expect(
      (await mock.clientAs('claire').checkMyAccess({ idStructureCPP: S.mairie, application: 'MON_COMPTE' }))
        .consultation,
    ).toBe(false);
    mock.expectInvariants();
  });

  it('APR-2 / HAB-6: a GS ("Organisation modification") decides; simple users, other structures\' GPs and the demandeur cannot (X-2)', async () => {
    await ask('sophie', S.chaourcois);
    const [pending] = (await mock.clientAs('jeane').listApprobations()).items;
    await refusal(
      mock
        .clientAs('lucas')
        .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version }),
      'FORBIDDEN',
      'APR-2',
    );
    await refusal(
      mock
        .clientAs('pauline')
        .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version }),
      'FORBIDDEN',
      'APR-2',
    );
    await refusal(
      mock
        .clientAs('sophie')
        .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version }),
      'FORBIDDEN',
      'APR-2',
    );
    await refusal(mock.clientAs('pauline').getApprobation({ idApprobation: pending!.idApprobation }), 'NOT_FOUND');
    const decided = await mock
      .clientAs('marc')
      .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version });
    expect(decided.decideur).toBe('Marc LEROY');
    mock.expectInvariants();
  });

  it('APR-2: bulk approval decides each id and reports each outcome', async () => {
    await ask('sophie', S.ccas);
    await ask('lucas', S.ccas);
    const pauline = mock.clientAs('pauline');
    const ids = (await pauline.listApprobations({ etat: 'DEMANDE' })).items.map((a) => a.idApprobation);
    const decidedBefore = ids[0]!;
    await pauline.decideApprobation({ idApprobation: decidedBefore, decision: 'APPROUVE', version: 1 });
    await ask('paul', S.chaourcois);
    const foreign = (await mock.clientAs('jeane').listApprobations()).items[0]!.idApprobation;
    const { resultats } = await pauline.decideApprobations({ ids: [...ids, foreign, 999], decision: 'APPROUVE' });
    expect(resultats.map((r) => [r.idApprobation, r.ok, r.code])).toEqual([
      [ids[0], false, 'STATE_CONFLICT'],
      [ids[1], true, undefined],
      [ids[2], true, undefined],
      [foreign, false, 'FORBIDDEN'],
      [999, false, 'NOT_FOUND'],
    ]);
    expect(resultats[1]!.approbation!.etat).toBe('APPROUVE');
    expect(resultats[3]!.message!.en).toContain('Only the main manager');
    expect(await pauline.countApprobations()).toEqual({ enAttente: 0 });
    mock.expectInvariants();
  });

  it('APR-2 / HAB-8: approving an abonnement grants the profile (replacing the held mode); refusing removes the request', async () => {
    const lucas = mock.clientAs('lucas');
    await lucas.requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'ENGAGEMENTS',
      lignes: [{ idService: SV.facturesPubliques, mode: 'MODIFICATION' }],
      dateEffet: '2026-03-02',
    });
    await lucas.requestAbonnements({
      idStructureCPP: S.chaourcois,
      espace: 'RACCORDEMENTS',
      lignes: [{ idService: SV.facturesPubliques, mode: 'MODIFICATION' }],
      dateEffet: '2026-03-02',
    });
    const jeane = mock.clientAs('jeane');
    const inbox = await jeane.listApprobations({ type: 'ABONNEMENT', sort: 'dateCreation' });
    expect(inbox.items.map((a) => [a.espace, a.mode, a.codesServices])).toEqual([
      ['ENGAGEMENTS', 'MODIFICATION', ['FACTURES_PUBLIQUES']],
      ['RACCORDEMENTS', 'MODIFICATION', ['FACTURES_PUBLIQUES']],
    ]);
    const [engagements, raccordements] = inbox.items;
    await jeane.decideApprobation({
      idApprobation: engagements!.idApprobation,
      decision: 'APPROUVE',
      version: engagements!.version,
    });
    await jeane.decideApprobation({
      idApprobation: raccordements!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Inutile',
      version: raccordements!.version,
    });
    const access = (application: 'ENGAGEMENTS' | 'RACCORDEMENTS') =>
      lucas.checkMyAccess({ idStructureCPP: S.chaourcois, idService: SV.facturesPubliques, application });
    expect(await access('ENGAGEMENTS')).toMatchObject({ modification: true });
    expect(await access('RACCORDEMENTS')).toMatchObject({ modification: false });
    expect((await lucas.listMyAbonnements({ espace: 'ENGAGEMENTS' })).items.map((a) => [a.statut, a.mode])).toEqual([
      ['VALIDE', 'MODIFICATION'],
    ]);
    expect((await lucas.listMyAbonnements({ espace: 'RACCORDEMENTS' })).items.map((a) => [a.statut, a.mode])).toEqual([
      ['VALIDE', 'CONSULTATION_UNIQUEMENT'],
    ]);
    mock.expectInvariants();
  });
});

describe('NOT-4 e-mails of requests and decisions', () => {
  it("NOT-4 / RAT-5 / ACC-6 / APR-1: a request e-mails the structure's active managers; a decision e-mails the demandeur with the comment; each in his language, quoting the request's number", async () => {
    await mock.clientAs('sophie').requestRattachement({
      idStructureCPP: S.chaourcois,
      niveau: 'STRUCTURE',
      dateDebut: '2026-03-02',
      commentaire: 'Demande',
    });
    const [pending] = (await mock.clientAs('jeane').listApprobations()).items;
    expect(pending!.numero).toMatch(/^RITM\d{7}$/);
    const asked = mock.store.outbox.all().map((e) => [e.destinataire, e.sujet]);
    expect(asked).toEqual([
      ['jeane.chaource@cc-chaourcois.fr', `Demande ${pending!.numero} à approuver`],
      ['marc.leroy@cc-chaourcois.fr', `Demande ${pending!.numero} à approuver`],
    ]);
    await mock.clientAs('jeane').decideApprobation({
      idApprobation: pending!.idApprobation,
      decision: 'REFUSE',
      commentaire: 'Mauvaise structure',
      version: pending!.version,
    });
    const decision = mock.store.outbox.all().at(-1)!;
    expect(decision).toMatchObject({
      destinataire: 'sophie.martin@terneuil-sur-seine.fr',
      sujet: `Request ${pending!.numero} refused`, // Sophie reads cp-kit in English (ACC-6)
    });
    expect(decision.corps).toContain(`Your request ${pending!.numero} for a rattachement`);
    expect(decision.corps).toContain('Mauvaise structure');
  });
});

describe('X-2 bulk decisions', () => {
  it("X-2 / APR-2: a simple user's bulk decision decides nothing and reports each refusal", async () => {
    const [pending] = (await mock.clientAs('pauline').listApprobations()).items;
    const { resultats } = await mock
      .clientAs('sophie')
      .decideApprobations({ ids: [pending!.idApprobation], decision: 'APPROUVE' });
    expect(resultats).toMatchObject([
      { idApprobation: pending!.idApprobation, ok: false, code: 'FORBIDDEN', rule: 'APR-2' },
    ]);
    expect((await mock.clientAs('pauline').getApprobation({ idApprobation: pending!.idApprobation })).etat).toBe(
      'DEMANDE',
    );
  });
});
