import type { Check, CheckContext } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { ownRattachement, rattachementOf, structureId } from './lookup.js';

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
