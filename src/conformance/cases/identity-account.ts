import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { editOf } from './lookup.js';

/** SPEC §1 (identity and session) and §2 (Mon compte). */
export const identityAccountChecks: Check[] = [
  {
    id: 'ID-1.credential-identifies-the-user',
    rule: 'ID-1',
    section: '1. Identity and session',
    title: 'the credential the host passes identifies the user; without one the call is refused 401',
    as: ['pauline'],
    async run(ctx) {
      const me = await ctx.as('pauline').getMyAccount();
      ctx.expect(me.login === FIXTURE.users.pauline, `the account of ${FIXTURE.users.pauline}`, me.login);
      const anonymous = await ctx.send(undefined, { method: 'GET', path: '/api/me/rattachements' });
      ctx.expect(anonymous.status === 401, 'HTTP 401 without credential', `HTTP ${anonymous.status}`);
    },
  },
  {
    id: 'ID-3.login-not-editable',
    rule: 'ID-3',
    section: '1. Identity and session',
    title:
      'an update changing the login id is refused 422 on the login field and changes nothing; echoing it unchanged (any case) is accepted',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const me = await sophie.getMyAccount();
      const error = await ctx.refused(
        sophie.updateMyAccount({ ...editOf(me), nom: 'CHANGED', login: 'someone.else@terneuil-sur-seine.fr' }),
        { status: 422, code: 'RULE_BROKEN', rule: 'ID-3' },
      );
      ctx.expect(
        error.fields.map((f) => f.field).join() === 'login',
        'a field message on login only',
        error.fields.map((f) => f.field),
      );
      const after = await sophie.getMyAccount();
      ctx.expect(after.nom === me.nom && after.version === me.version, 'nothing changed by the refused update', {
        nom: after.nom,
        version: after.version,
      });
      const saved = await sophie.updateMyAccount({ ...editOf(me), login: me.login.toUpperCase(), nom: 'MARTIN-DUVAL' });
      ctx.expect(saved.login === me.login && saved.nom === 'MARTIN-DUVAL', 'the save accepted with the same login', {
        login: saved.login,
        nom: saved.nom,
      });
    },
  },
  {
    id: 'ID-4.deactivated-account-can-only-reactivate',
    rule: 'ID-4',
    section: '1. Identity and session',
    title: 'a deactivated account (Henri) is refused 403 everywhere but the reactivation request',
    as: ['henri'],
    async run(ctx) {
      const henri = ctx.as('henri');
      await ctx.refused(henri.getMyAccount(), { status: 403, code: 'ACCOUNT_DEACTIVATED', rule: 'ID-4' });
      await ctx.refused(henri.listMyRattachements(), { status: 403, code: 'ACCOUNT_DEACTIVATED', rule: 'ID-4' });
      const request = await henri.requestReactivation();
      ctx.expect(request.destinataire !== '', 'a reactivation link sent', request);
    },
  },
  {
    id: 'ACC-1.first-connection-before-anything',
    rule: 'ACC-1',
    section: '2. Mon compte',
    title:
      'an account initialised from MADRHAS (Nicolas) can do nothing before completing it; once completed it is open',
    as: ['nicolas'],
    async run(ctx) {
      const nicolas = ctx.as('nicolas');
      const me = await nicolas.getMyAccount();
      ctx.expect(
        me.premiereConnexionTerminee === false,
        'the first connection not completed in the fixture',
        me.premiereConnexionTerminee,
      );
      const adresse = { adresse: '3 rue de Crimée', codePostal: '78520', ville: 'Terneuil sur Seine', pays: 'FR' };
      const completion = {
        emailContact: 'n.roux@terneuil-sur-seine.fr',
        nom: 'ROUX',
        prenom: 'Nicolas',
        adresse,
        version: me.version,
      };
      await ctx.refused(nicolas.updateMyAccount(completion), {
        status: 403,
        code: 'FIRST_CONNECTION_REQUIRED',
        rule: 'ACC-1',
      });
      const completed = await nicolas.completeFirstConnection(completion);
      ctx.expect(
        completed.premiereConnexionTerminee === true,
        'the first connection completed',
        completed.premiereConnexionTerminee,
      );
      await nicolas.listMyRattachements();
    },
  },
  {
    id: 'ACC-4.wrong-current-password',
    rule: 'ACC-4',
    section: '2. Mon compte',
    title: 'a password change with a wrong current password is refused; with the right one it is accepted',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const next = 'Nouveau-Secret-2027';
      await ctx.refused(
        sophie.changePassword({ motDePasseActuel: 'Pas-Le-Bon-2026!', nouveauMotDePasse: next, confirmation: next }),
        { status: 422, code: 'RULE_BROKEN', rule: 'ACC-4' },
      );
      await sophie.changePassword({ motDePasseActuel: FIXTURE.password, nouveauMotDePasse: next, confirmation: next });
    },
  },
];
