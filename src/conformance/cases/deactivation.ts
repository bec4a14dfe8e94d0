import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';

/** SPEC §5: deactivating one's account and reactivating it. */
export const deactivationChecks: Check[] = [
  {
    id: 'DEA-1.simple-user-deactivates-after-confirmation',
    rule: 'DEA-1',
    section: '5. Deactivation',
    title:
      'without the explicit confirmation nothing happens (400 on confirmation); with it a simple user’s account is INACTIF and has no access (ID-4)',
    as: ['lucas'],
    async run(ctx) {
      const lucas = ctx.as('lucas');
      const preview = await lucas.previewDeactivation();
      ctx.expect(
        preview.delaiReactivationJours === 60 && preview.structuresAConfier.length === 0,
        'a 60-day window and nothing to hand over',
        preview,
      );
      const error = await ctx.refused(lucas.deactivateMyAccount({ confirmation: false as true }), {
        status: 400,
        code: 'INVALID',
      });
      ctx.expect(
        error.fields.map((f) => f.field).join() === 'confirmation',
        'a field message on confirmation',
        error.fields,
      );
      ctx.expect((await lucas.getMyAccount()).etat === 'ACTIF', 'still ACTIF', 'deactivated');
      const done = await lucas.deactivateMyAccount({ confirmation: true });
      ctx.expect(done.etat === 'INACTIF', 'INACTIF', done.etat);
      await ctx.refused(lucas.listMyRattachements(), { status: 403, code: 'ACCOUNT_DEACTIVATED', rule: 'ID-4' });
    },
  },
  {
    id: 'DEA-3.link-within-60-days',
    rule: 'DEA-3',
    section: '5. Deactivation',
    title:
      'an active account has nothing to reactivate (409 DEA-3); Henri, deactivated 10 days ago, is sent a link valid 24 hours to his address; an unknown link is refused 404',
    as: ['lucas', 'henri'],
    async run(ctx) {
      await ctx.refused(ctx.as('lucas').requestReactivation(), { status: 409, code: 'STATE_CONFLICT', rule: 'DEA-3' });
      const henri = ctx.as('henri');
      const sent = await henri.requestReactivation();
      const hours = (Date.parse(sent.expireLe) - Date.parse(ctx.now())) / 3_600_000;
      ctx.expect(
        sent.destinataire === FIXTURE.users.henri && hours > 23 && hours <= 24.5,
        `a link sent to ${FIXTURE.users.henri}, valid 24 hours`,
        sent,
      );
      await ctx.refused(
        henri.reactivate({
          jeton: '0123456789abcdef0123456789abcdef',
          nouveauMotDePasse: 'Nouveau-Depart-2026',
          confirmation: 'Nouveau-Depart-2026',
          questionSecrete: 'Premier poste ?',
          reponseSecrete: 'Mairie',
        }),
        { status: 404, code: 'NOT_FOUND' },
      );
    },
  },
  {
    id: 'DEA-2.gp-needs-a-successor',
    rule: 'DEA-2',
    section: '5. Deactivation',
    title:
      'a GP (Jeane) cannot deactivate her account while her structures (the Chaourcois and its Syndicat) would have no GP; a simple user (Lucas) can (DEA-1)',
    as: ['jeane', 'lucas'],
    async run(ctx) {
      await ctx.refused(ctx.as('jeane').deactivateMyAccount({ confirmation: true }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'DEA-2',
      });
      const lucas = await ctx.as('lucas').deactivateMyAccount({ confirmation: true });
      ctx.expect(lucas.etat === 'INACTIF', 'INACTIF', lucas.etat);
    },
  },
  {
    id: 'DEA-4.after-60-days-refused',
    rule: 'DEA-4',
    section: '5. Deactivation',
    title:
      'self-reactivation 90 days after deactivation (Denise) is refused; 10 days after (Henri) a link is sent (DEA-3)',
    as: ['denise', 'henri'],
    async run(ctx) {
      await ctx.refused(ctx.as('denise').requestReactivation(), { status: 422, code: 'RULE_BROKEN', rule: 'DEA-4' });
      await ctx.as('henri').requestReactivation();
    },
  },
  {
    id: 'DEA-4.window-closes-with-time',
    rule: 'DEA-4',
    section: '5. Deactivation',
    title:
      'once the backend’s clock passes the 60 days (Henri, deactivated 10 days ago, 51 days later), reactivation is refused',
    as: ['henri'],
    needs: ['clock'],
    async run(ctx) {
      await ctx.advanceClock(51 * 24 * 60);
      await ctx.refused(ctx.as('henri').requestReactivation(), { status: 422, code: 'RULE_BROKEN', rule: 'DEA-4' });
    },
  },
];
