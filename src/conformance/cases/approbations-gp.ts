import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { rattachementOf, structureId } from './lookup.js';

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
      await ctx.refused(ctx.as('sophie').decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version }), { status: 403, code: 'FORBIDDEN', rule: 'APR-2' });
      const decided = await ctx.as('pauline').decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version });
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
      const decided = await pauline.decideApprobation({ idApprobation: pending!.idApprobation, decision: 'APPROUVE', version: pending!.version });
      await ctx.refused(pauline.decideApprobation({ idApprobation: pending!.idApprobation, decision: 'REFUSE', commentaire: 'Non', version: decided.version }), { status: 409, code: 'STATE_CONFLICT', rule: 'APR-2' });
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
      const [lucas, marc] = [await rattachementOf(jeane, chaourcois, 'lucas'), await rattachementOf(jeane, chaourcois, 'marc')];
      const to = (idNouveauGestionnaire: number) => ({ mode: 'STRUCTURES_CHOISIES' as const, affectations: [{ idStructureCPP: chaourcois, idNouveauGestionnaire }] });
      await ctx.refused(ctx.as('marc').transferPrincipal(to(lucas.idUtilisateur)), { status: 403, code: 'FORBIDDEN', rule: 'GP-1' });
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
      const [mairie, ccas] = [await structureId(ctx, FIXTURE.sirets.mairie), await structureId(ctx, FIXTURE.sirets.ccas)];
      const claire = await rattachementOf(pauline, ccas, 'claire');
      await ctx.refused(pauline.transferPrincipal({ mode: 'STRUCTURES_CHOISIES', affectations: [{ idStructureCPP: mairie, idNouveauGestionnaire: claire.idUtilisateur }] }), { status: 422, code: 'RULE_BROKEN', rule: 'GP-2' });
    },
  },
];
