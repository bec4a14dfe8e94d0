import type { Check, CheckContext } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { addDays, fieldCodes, ownRattachement, rattachementOf, serviceId, structureId } from './lookup.js';

const SECTION = '3. Rattachements';

/** A rattachement request at structure level starting today (RAT-4). */
const requestFor = (ctx: CheckContext, idStructureCPP: number) => ({
  idStructureCPP,
  niveau: 'STRUCTURE' as const,
  dateDebut: ctx.today(),
  commentaire: 'Nouvel agent du service financier',
});

/** SPEC §3: requests, leaving, managers' actions. */
export const rattachementChecks: Check[] = [
  {
    id: 'RAT-5.request-is-pending-for-the-managers',
    rule: 'RAT-5',
    section: SECTION,
    title: 'a request is EN_COURS_DE_VALIDATION and opens an approbation for the structure’s GP',
    as: ['sophie', 'jeane'],
    async run(ctx) {
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const result = await ctx.as('sophie').requestRattachement(requestFor(ctx, chaourcois));
      ctx.expect(
        result.rattachement.statutRattachement === 'EN_COURS_DE_VALIDATION',
        'EN_COURS_DE_VALIDATION',
        result.rattachement.statutRattachement,
      );
      const inbox = await ctx.as('jeane').listApprobations();
      ctx.expect(
        inbox.items.some((a) => a.loginDemandeur === FIXTURE.users.sophie && a.etat === 'DEMANDE'),
        'an approbation from Sophie in Jeane’s inbox',
        inbox.items.map((a) => a.loginDemandeur),
      );
    },
  },
  {
    id: 'RAT-3.supplier-warned-on-public-structure',
    rule: 'RAT-3',
    section: SECTION,
    title:
      'a private supplier (Paul) asking for the public Mairie is warned (RAT-3) and the request is still made; a public user is not warned',
    as: ['paul', 'sophie'],
    async run(ctx) {
      const [mairie, ccas] = [
        await structureId(ctx, FIXTURE.sirets.mairie),
        await structureId(ctx, FIXTURE.sirets.ccas),
      ];
      const paul = await ctx.as('paul').requestRattachement(requestFor(ctx, mairie));
      ctx.expect(
        paul.rattachement.statutRattachement === 'EN_COURS_DE_VALIDATION' &&
          paul.avertissements.some((w) => w.rule === 'RAT-3'),
        'a pending request with a RAT-3 warning',
        { statut: paul.rattachement.statutRattachement, avertissements: paul.avertissements },
      );
      const sophie = await ctx.as('sophie').requestRattachement(requestFor(ctx, ccas));
      ctx.expect(sophie.avertissements.length === 0, 'no warning for a public user', sophie.avertissements);
    },
  },
  {
    id: 'RAT-5.duplicate-request-is-409',
    rule: 'RAT-5',
    section: SECTION,
    title: 'a second request while one is pending for the same structure and level is refused 409',
    as: ['claire'],
    async run(ctx) {
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      await ctx.refused(ctx.as('claire').requestRattachement(requestFor(ctx, mairie)), {
        status: 409,
        code: 'DUPLICATE',
        rule: 'RAT-5',
      });
    },
  },
  {
    id: 'RAT-1.my-rattachements-with-role-level-status',
    rule: 'RAT-1',
    section: SECTION,
    title:
      'Claire’s list shows the CCAS (VALIDEE) and her pending Mairie request with role and level; a SUPPRIMEE row is hidden unless asked for',
    as: ['claire', 'jeane'],
    async run(ctx) {
      const claire = ctx.as('claire');
      const rows = (await claire.listMyRattachements()).items.map((r) =>
        [r.identifiantStructure, r.statutRattachement, r.role, r.niveau].join(' '),
      );
      const expected = [
        `${FIXTURE.sirets.ccas} VALIDEE UTILISATEUR STRUCTURE`,
        `${FIXTURE.sirets.mairie} EN_COURS_DE_VALIDATION UTILISATEUR STRUCTURE`,
      ];
      ctx.expect(rows.sort().join() === expected.sort().join(), expected.join(' | '), rows);
      const gp = await ownRattachement(ctx.as('jeane'), FIXTURE.sirets.chaourcois);
      ctx.expect(gp.role === 'GESTIONNAIRE_PRINCIPAL', 'Jeane listed as GP of the CC du Chaourcois', gp.role);
      const ccas = await ownRattachement(claire, FIXTURE.sirets.ccas);
      await claire.leaveRattachement({ idRattachement: ccas.idRattachement, version: ccas.version });
      const after = await claire.listMyRattachements();
      ctx.expect(
        after.items.every((r) => r.statutRattachement !== 'SUPPRIMEE'),
        'no SUPPRIMEE row by default',
        after.items.map((r) => r.statutRattachement),
      );
      const history = await claire.listMyRattachements({ inclureSupprimees: true });
      ctx.expect(
        history.items.some((r) => r.idRattachement === ccas.idRattachement && r.statutRattachement === 'SUPPRIMEE'),
        'the SUPPRIMEE row when history is asked for',
        history.items.map((r) => r.statutRattachement),
      );
    },
  },
  {
    id: 'RAT-4.request-fields',
    rule: 'RAT-4',
    section: SECTION,
    title:
      'a request without comment, with an end before its start and no service at services level is refused 400 on those fields; an inactive service is refused 422 RAT-4; a services-level request with an end date is made',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const chaourcois = await structureId(ctx, FIXTURE.sirets.chaourcois);
      const jeane = ctx.as('jeane');
      const [finances, inactive] = [
        await serviceId(jeane, chaourcois, 'FINANCES'),
        await serviceId(jeane, chaourcois, 'ANCIEN_SERVICE'),
      ];
      const error = await ctx.refused(
        sophie.requestRattachement({
          ...requestFor(ctx, chaourcois),
          commentaire: '',
          niveau: 'SERVICES',
          idServices: [],
          dateFin: addDays(ctx.today(), -1),
        }),
        { status: 400, code: 'INVALID' },
      );
      const expected = ['commentaire:required', 'dateFin:end_before_start', 'idServices:services_required'];
      ctx.expect(fieldCodes(error).join() === expected.join(), expected.join(', '), fieldCodes(error));
      await ctx.refused(
        sophie.requestRattachement({ ...requestFor(ctx, chaourcois), niveau: 'SERVICES', idServices: [inactive] }),
        { status: 422, code: 'RULE_BROKEN', rule: 'RAT-4' },
      );
      const made = await sophie.requestRattachement({
        ...requestFor(ctx, chaourcois),
        niveau: 'SERVICES',
        idServices: [finances],
        dateFin: addDays(ctx.today(), 300),
      });
      ctx.expect(
        made.rattachement.niveau === 'SERVICES' && made.rattachement.codesServices?.join() === 'FINANCES',
        'a pending services-level request on FINANCES',
        made.rattachement,
      );
    },
  },
  {
    id: 'RAT-6.attached-from-madrhas',
    rule: 'RAT-6',
    section: SECTION,
    title:
      'Nicolas, initialised from MADRHAS, is refused his list until his first connection is completed; then he is attached to the Mairie VALIDEE',
    as: ['nicolas'],
    async run(ctx) {
      const nicolas = ctx.as('nicolas');
      await ctx.refused(nicolas.listMyRattachements(), {
        status: 403,
        code: 'FIRST_CONNECTION_REQUIRED',
        rule: 'ACC-1',
      });
      const me = await nicolas.getMyAccount();
      await nicolas.completeFirstConnection({
        emailContact: 'n.roux@terneuil-sur-seine.fr',
        nom: 'ROUX',
        prenom: 'Nicolas',
        adresse: { adresse: '3 rue de Crimée', codePostal: '78520', ville: 'Terneuil sur Seine', pays: 'FR' },
        version: me.version,
      });
      const row = await ownRattachement(nicolas, FIXTURE.sirets.mairie);
      ctx.expect(row.statutRattachement === 'VALIDEE', 'VALIDEE on the Mairie', row.statutRattachement);
    },
  },
  {
    id: 'RAT-9.outside-validity-dates-no-access',
    rule: 'RAT-9',
    section: SECTION,
    title:
      'a rattachement starting in ten days gives no access, not even consultation; one starting today gives access at once',
    as: ['jeane', 'paul', 'sophie'],
    async run(ctx) {
      const [chaourcois, durand] = [
        await structureId(ctx, FIXTURE.sirets.chaourcois),
        await structureId(ctx, FIXTURE.sirets.durandBtp),
      ];
      const attach = (manager: 'jeane' | 'paul', idStructureCPP: number, dateDebut: string) =>
        ctx.as(manager).attachUser({ idStructureCPP, login: FIXTURE.users.sophie, niveau: 'STRUCTURE', dateDebut });
      await attach('jeane', chaourcois, addDays(ctx.today(), 10));
      await attach('paul', durand, ctx.today());
      const sophie = ctx.as('sophie');
      const later = await sophie.checkMyAccess({ idStructureCPP: chaourcois, application: 'SOLLICITATIONS_EMISES' });
      ctx.expect(!later.consultation && !later.modification, 'no access before the start date', later);
      const row = await ownRattachement(sophie, FIXTURE.sirets.chaourcois);
      ctx.expect(row.enVigueur === false, 'the row listed as not in force', row.enVigueur);
      const now = await sophie.checkMyAccess({ idStructureCPP: durand, application: 'SOLLICITATIONS_EMISES' });
      ctx.expect(now.consultation && now.modification, 'access from today on', now);
    },
  },
  {
    id: 'RAT-10.default-espaces-after-validation',
    rule: 'RAT-10',
    section: SECTION,
    title:
      'Claire has no espace on the Mairie while her request is pending; once Pauline approves it, the default espaces appear',
    as: ['claire', 'pauline'],
    async run(ctx) {
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const claire = ctx.as('claire');
      const before = await claire.checkMyAccess({ idStructureCPP: mairie, application: 'ACCUEIL_CONNECTE' });
      ctx.expect(!before.consultation, 'no access while pending', before);
      const pauline = ctx.as('pauline');
      const pending = (await pauline.listApprobations({ etat: 'DEMANDE' })).items.find(
        (a) => a.loginDemandeur === FIXTURE.users.claire,
      );
      ctx.expect(pending !== undefined, 'Claire’s request in Pauline’s inbox', 'none');
      await pauline.decideApprobation({
        idApprobation: pending!.idApprobation,
        decision: 'APPROUVE',
        version: pending!.version,
      });
      const held = await claire.listMyHabilitations({ idStructureCPP: mairie, pageSize: 100 });
      const apps = new Set(held.items.map((h) => h.application));
      const defaults = [
        'ACCUEIL_CONNECTE',
        'FACTURES_EMISES',
        'FACTURES_RECUES',
        'SOLLICITATIONS_EMISES',
        'MON_COMPTE',
      ];
      ctx.expect(
        defaults.every((a) => apps.has(a as never)) && !apps.has('ACTIVITES_GESTIONNAIRE'),
        `the default espaces ${defaults.join(', ')} (not ACTIVITES_GESTIONNAIRE)`,
        [...apps],
      );
    },
  },
  {
    id: 'RAT-7.simple-user-leaves',
    rule: 'RAT-7',
    section: SECTION,
    title: 'a simple user (Sophie) removes her rattachement entirely',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const row = await ownRattachement(sophie, FIXTURE.sirets.mairie);
      const left = await sophie.leaveRattachement({ idRattachement: row.idRattachement, version: row.version });
      ctx.expect(left.statutRattachement === 'SUPPRIMEE', 'SUPPRIMEE', left.statutRattachement);
    },
  },
  {
    id: 'RAT-7.gp-cannot-leave-without-successor',
    rule: 'RAT-7',
    section: SECTION,
    title: 'the GP (Jeane) cannot just leave; she names a new GP (Marc) and stays attached as a simple user',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const row = await ownRattachement(jeane, FIXTURE.sirets.chaourcois);
      await ctx.refused(jeane.leaveRattachement({ idRattachement: row.idRattachement, version: row.version }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'RAT-7',
      });
      const marc = await rattachementOf(jeane, row.idStructureCPP, 'marc');
      const handed = await jeane.handOverPrincipal({
        idRattachement: row.idRattachement,
        version: row.version,
        idNouveauGestionnaire: marc.idUtilisateur,
      });
      ctx.expect(
        handed.ancien.role === 'UTILISATEUR' && handed.nouveau.role === 'GESTIONNAIRE_PRINCIPAL',
        'Jeane a simple user, Marc the GP',
        { ancien: handed.ancien.role, nouveau: handed.nouveau.role },
      );
    },
  },
  {
    id: 'RAT-8.manager-deactivates-not-the-gp',
    rule: 'RAT-8',
    section: SECTION,
    title: 'the GP deactivates a user’s rattachement and reactivates it; the GP’s own cannot be deactivated this way',
    as: ['pauline'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const mairie = await structureId(ctx, FIXTURE.sirets.mairie);
      const sophie = await rattachementOf(pauline, mairie, 'sophie');
      const off = await pauline.deactivateRattachement({
        idRattachement: sophie.idRattachement,
        version: sophie.version,
      });
      ctx.expect(off.statutRattachement === 'DESACTIVEE', 'DESACTIVEE', off.statutRattachement);
      const on = await pauline.reactivateRattachement({ idRattachement: off.idRattachement, version: off.version });
      ctx.expect(on.statutRattachement === 'VALIDEE', 'VALIDEE again', on.statutRattachement);
      const own = await rattachementOf(pauline, mairie, 'pauline');
      await ctx.refused(pauline.deactivateRattachement({ idRattachement: own.idRattachement, version: own.version }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'RAT-8',
      });
    },
  },
];
