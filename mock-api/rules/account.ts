import type {
  FirstConnectionInput,
  PasswordChange,
  SecretQuestionChange,
  UserAccount,
  UserAccountUpdate,
} from '../../src/domain/schemas/index.js';
import { nowIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, refuse } from './errors.js';
import { assertPortalAccount } from './guards.js';
import { passwordPolicyProblems } from './password-policy.js';
import { hashSecret, newSalt, normaliseAnswer, verifySecret } from './secrets.js';

/** Rules of "Mon compte" (ACC-1..7) and of the login id (ID-3). */

/** The caller's own account (ACC-2, ACC-6). */
export const getMyAccount = (ctx: RuleContext): UserAccount => ctx.store.users.get(ctx.caller.idUtilisateur)!;

/** ID-3: the login id is never editable; echoing it unchanged is fine. */
function assertLoginUnchanged(account: UserAccount, login: string | undefined): void {
  if (login !== undefined && login.toLowerCase() !== account.login.toLowerCase()) {
    throw refuse(
      'RULE_BROKEN',
      'ID-3',
      { fr: 'L’identifiant de connexion ne peut pas être modifié.', en: 'The login id cannot be changed.' },
      [fieldProblem('login', 'not_editable', { fr: 'Non modifiable.', en: 'Not editable.' })],
    );
  }
}

/** The account with the general information of ACC-2 applied (every block at once, ACC-3). */
function withGeneralInformation(account: UserAccount, input: UserAccountUpdate, now: string): UserAccount {
  return {
    ...account,
    emailContact: input.emailContact,
    adresseNotification: input.adresseNotification,
    nom: input.nom,
    prenom: input.prenom,
    adresse: input.adresse,
    telephone: input.telephone,
    mobile: input.mobile,
    fax: input.fax,
    parametres: input.parametres ?? account.parametres,
    dateModification: now,
    version: account.version + 1,
  };
}

/**
 * ACC-1: completes an account initialised from MADRHAS (contact e-mail, nom, prénom, address
 * required and validated by the schema). Afterwards every other call is open; completing twice is
 * refused (409).
 */
export function completeFirstConnection(ctx: RuleContext, input: FirstConnectionInput): UserAccount {
  const account = getMyAccount(ctx);
  if (account.premiereConnexionTerminee) {
    throw refuse('STATE_CONFLICT', 'ACC-1', {
      fr: 'La première connexion est déjà terminée.',
      en: 'The first connection is already completed.',
    });
  }
  assertLoginUnchanged(account, input.login);
  assertVersion(account, input.version);
  const now = nowIso(ctx);
  const updated = {
    ...withGeneralInformation(account, input, now),
    premiereConnexionTerminee: true,
    dateActivation: account.dateActivation ?? now,
  };
  return ctx.store.users.update(account.idUtilisateur, updated);
}

/**
 * ACC-2, ACC-3, ACC-6, ACC-7, ID-3: saves the general information and parameters at once, based on
 * `input.version`; a stale version is refused (409) and nothing is saved.
 */
export function updateMyAccount(ctx: RuleContext, input: UserAccountUpdate): UserAccount {
  const account = getMyAccount(ctx);
  assertLoginUnchanged(account, input.login);
  assertVersion(account, input.version);
  return ctx.store.users.update(account.idUtilisateur, withGeneralInformation(account, input, nowIso(ctx)));
}

/** ACC-4 / ACC-5: the current password must be right; the refusal says no more than that. */
function assertCurrentPassword(ctx: RuleContext, password: string): void {
  const credential = ctx.store.credentials.get(ctx.caller.idUtilisateur);
  if (!credential || !verifySecret(password, credential.sel, credential.motDePasseHash)) {
    throw refuse('RULE_BROKEN', 'ACC-4', { fr: 'Mot de passe actuel incorrect.', en: 'Current password incorrect.' }, [
      fieldProblem('motDePasseActuel', 'current_password_incorrect', {
        fr: 'Mot de passe actuel incorrect.',
        en: 'Current password incorrect.',
      }),
    ]);
  }
}

/** ACC-4: changes the password (current one right, new one twice, policy followed); not for PIGP accounts (ACC-8). */
export function changePassword(ctx: RuleContext, input: PasswordChange): void {
  assertPortalAccount(ctx.caller, 'secrets');
  assertCurrentPassword(ctx, input.motDePasseActuel);
  const problems = passwordPolicyProblems(
    input.nouveauMotDePasse,
    input.confirmation,
    input.motDePasseActuel,
    'nouveauMotDePasse',
    'confirmation',
  );
  if (problems.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'ACC-4',
      {
        fr: 'Le nouveau mot de passe ne respecte pas la politique.',
        en: 'The new password does not follow the policy.',
      },
      problems,
    );
  }
  setPassword(ctx, ctx.caller.idUtilisateur, input.nouveauMotDePasse);
}

/** Stores a new password hash for the user (also used by reactivation, DEA-3). */
export function setPassword(ctx: Pick<RuleContext, 'store' | 'clock'>, idUtilisateur: number, password: string): void {
  const sel = newSalt();
  const motDePasseHash = hashSecret(password, sel);
  if (ctx.store.credentials.get(idUtilisateur)) ctx.store.credentials.update(idUtilisateur, { sel, motDePasseHash });
  else ctx.store.credentials.insert({ idUtilisateur, sel, motDePasseHash });
  const account = ctx.store.users.get(idUtilisateur)!;
  ctx.store.users.update(idUtilisateur, { dateModification: nowIso(ctx), version: account.version + 1 });
}

/**
 * ACC-5: changes the secret question and answer; the answer is stored hashed and never returned. Not
 * for PIGP accounts (ACC-8).
 */
export function changeSecretQuestion(ctx: RuleContext, input: SecretQuestionChange): UserAccount {
  assertPortalAccount(ctx.caller, 'secrets');
  assertCurrentPassword(ctx, input.motDePasseActuel);
  return setSecretQuestion(ctx, ctx.caller.idUtilisateur, input.question, input.reponse);
}

/** Stores a secret question and the hash of its answer (also used by reactivation, DEA-3). */
export function setSecretQuestion(
  ctx: Pick<RuleContext, 'store' | 'clock'>,
  idUtilisateur: number,
  question: string,
  answer: string,
): UserAccount {
  const selReponse = newSalt();
  ctx.store.credentials.update(idUtilisateur, {
    selReponse,
    reponseSecreteHash: hashSecret(normaliseAnswer(answer), selReponse),
  });
  const account = ctx.store.users.get(idUtilisateur)!;
  return ctx.store.users.update(idUtilisateur, {
    questionSecrete: question,
    dateModification: nowIso(ctx),
    version: account.version + 1,
  });
}
