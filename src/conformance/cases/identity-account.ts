import type { Check } from '../check.js';
import { FIXTURE } from '../fixture.js';
import { editOf, fieldCodes } from './lookup.js';

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
    id: 'ACC-2.general-information',
    rule: 'ACC-2',
    section: '2. Mon compte',
    title:
      'a contact e-mail other than the login, a mobile and a fax are saved; an empty prénom and a malformed phone are refused 400 on those fields',
    as: ['sophie'],
    async run(ctx) {
      const sophie = ctx.as('sophie');
      const me = await sophie.getMyAccount();
      const error = await ctx.refused(sophie.updateMyAccount({ ...editOf(me), prenom: '', telephone: 'appelez-moi' }), {
        status: 400,
        code: 'INVALID',
      });
      ctx.expect(
        fieldCodes(error).join() === 'prenom:required,telephone:format',
        'field messages prenom:required and telephone:format',
        fieldCodes(error),
      );
      const saved = await sophie.updateMyAccount({
        ...editOf(me),
        emailContact: 'compta@terneuil-sur-seine.fr',
        mobile: '06 12 34 56 78',
        fax: '+33 1 39 00 00 09',
      });
      ctx.expect(
        saved.login === me.login &&
          saved.emailContact === 'compta@terneuil-sur-seine.fr' &&
          saved.mobile === '06 12 34 56 78' &&
          saved.fax === '+33 1 39 00 00 09',
        'the contact e-mail, mobile and fax saved, the login unchanged',
        { login: saved.login, emailContact: saved.emailContact, mobile: saved.mobile, fax: saved.fax },
      );
    },
  },
  {
    id: 'ACC-5.secret-answer-never-returned',
    rule: 'ACC-5',
    section: '2. Mon compte',
    title:
      'changing the secret question needs the current password (refused 422 ACC-4 without it); the answer is never returned',
    as: ['jeane'],
    async run(ctx) {
      const jeane = ctx.as('jeane');
      const change = { question: 'Ville de naissance ?', reponse: 'Bar-sur-Aube 1971' };
      await ctx.refused(jeane.changeSecretQuestion({ ...change, motDePasseActuel: 'Pas-Le-Bon-2026!' }), {
        status: 422,
        code: 'RULE_BROKEN',
        rule: 'ACC-4',
      });
      const saved = await jeane.changeSecretQuestion({ ...change, motDePasseActuel: FIXTURE.password });
      ctx.expect(saved.questionSecrete === change.question, 'the new question', saved.questionSecrete);
      const read = await ctx.send('jeane', { method: 'GET', path: '/api/me' });
      ctx.expect(
        !JSON.stringify(saved).includes(change.reponse) && !read.text.includes(change.reponse),
        'the answer in no answer of the backend',
        'the answer returned',
      );
    },
  },
  {
    id: 'ACC-6.parameters-saved-state-read-only',
    rule: 'ACC-6',
    section: '2. Mon compte',
    title: 'language and periodic notifications are saved; account state and dates sent with a save are ignored',
    as: ['lucas'],
    async run(ctx) {
      const lucas = ctx.as('lucas');
      const me = await lucas.getMyAccount();
      const saved = await lucas.updateMyAccount({
        ...editOf(me),
        parametres: { langue: 'EN', notificationsPeriodiques: false },
      });
      ctx.expect(
        saved.parametres.langue === 'EN' && !saved.parametres.notificationsPeriodiques,
        'langue EN, notifications off',
        saved.parametres,
      );
      const forged = await ctx.send('lucas', {
        method: 'PUT',
        path: '/api/me',
        headers: { 'if-match': `"${saved.version}"` },
        body: { ...editOf(saved), etat: 'INACTIF', dateCreation: '2000-01-01T00:00:00.000Z' },
      });
      const after = await lucas.getMyAccount();
      ctx.expect(
        after.etat === 'ACTIF' && after.dateCreation === me.dateCreation,
        `the read-only state and dates unchanged (the forged save answered ${forged.status})`,
        { etat: after.etat, dateCreation: after.dateCreation },
      );
    },
  },
  {
    id: 'ACC-4.wrong-current-password',
    rule: 'ACC-4',
    section: '2. Mon compte',
    title: 'a password change with a wrong current password is refused; with the right one it is accepted',
    as: ['lucas'],
    async run(ctx) {
      const lucas = ctx.as('lucas');
      const next = 'Nouveau-Secret-2027';
      await ctx.refused(
        lucas.changePassword({ motDePasseActuel: 'Pas-Le-Bon-2026!', nouveauMotDePasse: next, confirmation: next }),
        { status: 422, code: 'RULE_BROKEN', rule: 'ACC-4' },
      );
      await lucas.changePassword({ motDePasseActuel: FIXTURE.password, nouveauMotDePasse: next, confirmation: next });
    },
  },
  {
    id: 'ACC-8.pigp-account-managed-by-pigp',
    rule: 'ACC-8',
    section: '2. Mon compte',
    title:
      'an account initialised from MADRHAS (Pauline) is refused 403 ACC-8 a password change, a secret question change and self-deactivation; a portal account (Jeane) sees what deactivating needs',
    as: ['pauline', 'jeane'],
    async run(ctx) {
      const pauline = ctx.as('pauline');
      const refusal = { status: 403, code: 'FORBIDDEN', rule: 'ACC-8' } as const;
      const next = 'Nouveau-Secret-2027';
      await ctx.refused(
        pauline.changePassword({ motDePasseActuel: FIXTURE.password, nouveauMotDePasse: next, confirmation: next }),
        refusal,
      );
      await ctx.refused(
        pauline.changeSecretQuestion({ motDePasseActuel: FIXTURE.password, question: 'Ville ?', reponse: 'Terneuil' }),
        refusal,
      );
      await ctx.refused(pauline.previewDeactivation(), refusal);
      await ctx.refused(pauline.deactivateMyAccount({ confirmation: true }), refusal);
      ctx.expect((await pauline.getMyAccount()).etat === 'ACTIF', 'Pauline still ACTIF', 'deactivated');
      const preview = await ctx.as('jeane').previewDeactivation();
      ctx.expect(preview.structuresAConfier.length === 2, 'two structures for Jeane to hand over', preview);
    },
  },
];
