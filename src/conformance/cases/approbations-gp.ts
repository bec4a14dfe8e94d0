import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { addDays, ownRattachement, rattachementOf, structureId } from './lookup.js';

/** SPEC §11 (approbations) and §8 (GP transfer). */
export const approbationGpChecks: Check[] = [
  {
    id: 'APR-2.only-managers-decide',
    rule: 'APR-2',
    section: '11. Approbations',
    title: 'a simple user (Sophie) cannot decide the Mairie’s pending request; its GP (Pauline) approves it',
    as: ['sophie', 'pauline'],
    async run(ctx) {
      const [pending] = (await ctx.as('pauline').listApprobations({ etat: 'DEMANDE' })).items;
      ctx.expect(pending !== undefined, 'Claire’s pending request in Pauline’s inbox', 'an empty inbox');
      await ctx.refused(
        ctx.as('sophie').decideApprobation({
          idApprobation: pending!.idApprobation,
          decision: 'APPROUVE',
          version: pending!.version,
        }),
        { status: 403, code: 'FORBIDDEN', rule: 'APR-2' },
      );
      const decided = await ctx
        .as('pauline')
        .decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version });
      ctx.expect(decided.etat === 'APPROUVE', 'APPROUVE', decided.etat);
    },
  },
  {
    id: 'APR-2.deciding-twice-is-409',
    rule: 'APR-2',
    section: '11. Approbations',
    title: 'deciding an approbation already decided is refused 409',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const [pending] = (await pauline.listApprobations({ etat: 'DEMANDE' })).items;
      ctx.expect(pending !== undefined, 'Claire’s pending request in Pauline’s inbox', 'an empty inbox');
      const decided = await pauline.decideApprobation({
        idApprobation: pending!.idApprobation,
        decision: 'APPROUVE',
        version: pending!.version,
      });
      await ctx.refused(
        pauline.decideApprobation({
          idApprobation: pending!.idApprobation,
          decision: 'REFUSE',
          commentaire: 'Non',
          version: decided.version,
        }),
        { status: 409, code: 'STATE_CONFLICT', rule: 'APR-2' },
      );
    },
  },
  {
    id: 'APR-1.inbox-of-the-managers-only',
    rule: 'APR-1',
    section: '11. Approbations',
    title:
      'the Mairie’s GP sees its pending request in her inbox and count; a simple user and another structure’s GP see none',
    as: ['pauline', 'sophie', 'jeane'],
    async run(ctx) {
      const inbox = await ctx.as('pauline').listApprobations({ etat: 'DEMANDE' });
      ctx.expect(
        inbox.items.some(
          (a) => a.loginDemandeur === FIXTURE.users.claire && a.identifiantStructure === FIXTURE.sirets.mairie,
        ),
        'Claire’s request on the Mairie',
        inbox.items.map((a) => a.loginDemandeur),
      );
      const counts = [
        await ctx.as('pauline').countApprobations(),
        await ctx.as('sophie').countApprobations(),
        await ctx.as('jeane').countApprobations(),
      ].map((c) => c.enAttente);
      ctx.expect(
        counts[0] === inbox.total && counts[1] === 0 && counts[2] === 0,
        `counts ${inbox.total}, 0, 0 (Pauline, Sophie, Jeane)`,
        counts,
      );
      ctx.expect(
        (await ctx.as('sophie').listApprobations()).total === 0,
        'an empty inbox for a simple user',
        'requests listed',
      );
    },
  },
  {
    id: 'GP-1.only-the-gp-transfers',
    rule: 'GP-1',
    section: '8. Gestionnaire principal transfer',
    title: 'a secondary manager (Marc) may not transfer the GP role; the GP (Jeane) transfers it to him',
    as: ['marc', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const [lucas, marc] = [
        await rattachementOf(jeane, chaourcois, 'lucas'),
        await rattachementOf(jeane, chaourcois, 'marc'),
      ];
      const to = (idNouveauGestionnaire: number) => ({
        mode: 'STRUCTURES_CHOISIES' as const,
        affectations: [{ idStructureCPP: chaourcois, idNouveauGestionnaire }],
      });
      await ctx.refused(ctx.as('marc').transferPrincipal(to(lucas.idUtilisateur)), {
        status: 403,
        code: 'FORBIDDEN',
        rule: 'GP-1',
      });
      const done = await jeane.transferPrincipal(to(marc.idUtilisateur));
      ctx.expect(done.transferts.length === 1, 'one transfer line', done.transferts.length);
    },
  },
  {
    id: 'GP-2.new-gp-must-be-attached',
    rule: 'GP-2',
    section: '8. Gestionnaire principal transfer',
    title: 'the new GP must be attached VALIDEE to the structure: Claire’s pending request does not qualify',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const [mairie, ccas] = [
        await structureId(ctx, FIXTURE.sirets.mairie),
        await structureId(ctx, FIXTURE.sirets.ccas),
      ];
      const claire = await rattachementOf(pauline, ccas, 'claire');
      await ctx.refused(
        pauline.transferPrincipal({
          mode: 'STRUCTURES_CHOISIES',
          affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: claire.idUtilisateur }],
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'GP-2' },
      );
    },
  },
  {
    id: 'GP-3.public-structure-needs-pigp',
    rule: 'GP-3',
    section: '8. Gestionnaire principal transfer',
    title:
      'a user without PIGP account (Paul, attached to the Mairie by its GP) cannot become GP of that public structure',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const paul = await pauline.attachUser({
        idStructureCPP: mairie,
        login: FIXTURE.users.paul,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
      });
      ctx.expect(
        paul.statutRattachement === 'VALIDEE',
        'Paul attached VALIDEE at once (RAT-8)',
        paul.statutRattachement,
      );
      await ctx.refused(
        pauline.transferPrincipal({
          mode: 'STRUCTURES_CHOISIES',
          affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: paul.idUtilisateur }],
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'GP-3' },
      );
    },
  },
  {
    id: 'GP-4.all-or-nothing-one-gp',
    rule: 'GP-4',
    section: '8. Gestionnaire principal transfer',
    title:
      'a transfer with one invalid successor changes nothing; a valid one leaves exactly one GP and the former GP attached as a simple user',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const [mairie, ccas] = [
        await structureId(ctx, FIXTURE.sirets.mairie),
        await structureId(ctx, FIXTURE.sirets.ccas),
      ];
      const sophie = await rattachementOf(pauline, mairie, 'sophie');
      const paul = await pauline.attachUser({
        idStructureCPP: mairie,
        login: FIXTURE.users.paul,
        niveau: 'STRUCTURE',
        dateDebut: ctx.today(),
      });
      await ctx.refused(
        pauline.transferPrincipal({
          mode: 'TOUTES_UNE_PAR_STRUCTURE',
          affectations: [
            { idStructureCPP: mairie, idNouveauGestionnaire: sophie.idUtilisateur },
            { idStructureCPP: ccas, idNouveauGestionnaire: paul.idUtilisateur },
          ],
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'GP-2' },
      );
      const untouched = await rattachementOf(pauline, mairie, 'pauline');
      ctx.expect(
        untouched.role === 'GESTIONNAIRE_PRINCIPAL',
        'Pauline still GP of the Mairie after the refused transfer',
        untouched.role,
      );
      await pauline.transferPrincipal({
        mode: 'STRUCTURES_CHOISIES',
        affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: sophie.idUtilisateur }],
      });
      const former = await ownRattachement(pauline, FIXTURE.sirets.mairie);
      ctx.expect(
        former.role === 'UTILISATEUR' && former.statutRattachement === 'VALIDEE',
        'Pauline attached VALIDEE as a simple user',
        { role: former.role, statut: former.statutRattachement },
      );
      const rows = await ctx.as('sophie').listStructureRattachements({ idStructureCPP: mairie, pageSize: 100 });
      const gps = rows.items.filter((r) => r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE');
      ctx.expect(
        gps.map((r) => r.login).join() === FIXTURE.users.sophie,
        'exactly one GP, Sophie',
        gps.map((r) => r.login),
      );
    },
  },
  {
    id: 'GP-5.same-candidates-on-every-path',
    rule: 'GP-5',
    section: '8. Gestionnaire principal transfer',
    title:
      'Nicolas (first connection not completed) is offered neither by the transfer nor by the successor search of deactivation and leaving, and is refused 422 GP-5 by the transfer and the RAT-7 hand-over; Sophie is offered by both',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const [nicolas, sophie] = [
        await rattachementOf(pauline, mairie, 'nicolas'),
        await rattachementOf(pauline, mairie, 'sophie'),
      ];
      const transfer = (await pauline.listPrincipalStructures({ maxCandidats: 100 })).items.find(
        (s) => s.idStructureCPP === mairie,
      );
      const deactivation = await pauline.searchSuccessorCandidates(mairie, { pageSize: 100 });
      const offered = [
        (transfer?.candidats ?? []).map((c) => c.login).sort(),
        deactivation.items.map((c) => c.login).sort(),
      ];
      ctx.expect(
        offered[0]!.join() === offered[1]!.join() &&
          offered[0]!.includes(FIXTURE.users.sophie) &&
          !offered[0]!.includes(FIXTURE.users.nicolas),
        'the same candidates on both paths, Sophie in, Nicolas out',
        offered,
      );
      const refusal = { status: 422, code: 'RULE_BROKEN', rule: 'GP-5' } as const;
      await ctx.refused(
        pauline.transferPrincipal({
          mode: 'STRUCTURES_CHOISIES',
          affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: nicolas.idUtilisateur }],
        }),
        refusal,
      );
      const own = await ownRattachement(pauline, FIXTURE.sirets.mairie);
      await ctx.refused(
        pauline.handOverPrincipal({
          idRattachement: own.idRattachement,
          version: own.version,
          idNouveauGestionnaire: nicolas.idUtilisateur,
        }),
        refusal,
      );
      const done = await pauline.transferPrincipal({
        mode: 'STRUCTURES_CHOISIES',
        affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: sophie.idUtilisateur }],
      });
      ctx.expect(done.transferts.length === 1, 'the transfer to Sophie done', done.transferts.length);
    },
  },
  {
    id: 'GP-5.rattachement-in-force',
    rule: 'GP-5',
    section: '8. Gestionnaire principal transfer',
    title:
      'a user whose VALIDEE rattachement starts in ten days is not offered and is refused 422 GP-5 by the transfer and by deactivation (DEA-2); Marc, in force, is offered',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const later = await jeane.attachUser({
        idStructureCPP: chaourcois,
        login: FIXTURE.users.sophie,
        niveau: 'STRUCTURE',
        dateDebut: addDays(ctx.today(), 10),
      });
      const offered = (await jeane.searchSuccessorCandidates(chaourcois, { pageSize: 100 })).items.map((c) => c.login);
      ctx.expect(
        offered.includes(FIXTURE.users.marc) && !offered.includes(FIXTURE.users.sophie),
        'Marc offered, Sophie not',
        offered,
      );
      await ctx.refused(
        jeane.transferPrincipal({
          mode: 'STRUCTURES_CHOISIES',
          affectations: [{ idStructureCPP: chaourcois, idNouveauGestionnaire: later.idUtilisateur }],
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'GP-5' },
      );
      const syndicat = await structureId(ctx, FIXTURE.sirets.syndicatEaux);
      const marc = (await jeane.searchSuccessorCandidates(syndicat, { q: 'marc' })).items[0]!;
      await ctx.refused(
        jeane.deactivateMyAccount({
          confirmation: true,
          successeurs: [
            { idStructureCPP: chaourcois, idNouveauGestionnaire: later.idUtilisateur },
            { idStructureCPP: syndicat, idNouveauGestionnaire: marc.idUtilisateur },
          ],
        }),
        { status: 422, code: 'RULE_BROKEN', rule: 'GP-5' },
      );
      ctx.expect((await jeane.getMyAccount()).etat === 'ACTIF', 'Jeane still active', 'deactivated');
    },
  },
];
