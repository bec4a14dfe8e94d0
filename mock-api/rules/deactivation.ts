import type {
  AccountDeactivation,
  DeactivationPreview,
  Reactivation,
  ReactivationRequestResult,
  UserAccount,
} from '../../src/domain/schemas/index.js';
import { DAY_MS } from '../clock.js';
import { setPassword, setSecretQuestion } from './account.js';
import { nowIso, type MockEnv, type RuleContext } from './context.js';
import { fieldProblem, notFound, refuse } from './errors.js';
import { handOverStructures } from './gp-handover.js';
import { assertPortalAccount } from './guards.js';
import { contactAddressOf, notifyUser } from './notify.js';
import { passwordPolicyProblems } from './password-policy.js';
import { hashToken, newToken, verifySecret } from './secrets.js';

/** Rules of account deactivation and reactivation (DEA-1..4). */

/** The structures of which the user is the GP (they need a successor before he leaves, DEA-2). */
const principalStructures = (env: Pick<MockEnv, 'store'>, idUtilisateur: number) =>
  env.store.rattachements
    .filter(
      (r) =>
        r.idUtilisateur === idUtilisateur && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
    )
    .map((r) => env.store.structures.get(r.idStructureCPP)!);

/** DEA-1, DEA-2: what deactivating needs: the structures to hand over first, the reactivation window. */
export function previewDeactivation(ctx: RuleContext): DeactivationPreview {
  assertPortalAccount(ctx.caller, 'deactivation');
  return {
    structuresAConfier: principalStructures(ctx, ctx.caller.idUtilisateur).map((s) => ({
      idStructureCPP: s.idStructureCPP,
      designationStructure: s.designationStructure,
      identifiantStructure: s.identifiantStructure,
    })),
    delaiReactivationJours: ctx.config.reactivationWindowDays,
  };
}

/**
 * DEA-1, DEA-2: deactivates the caller's own account. A GP must name a successor for every structure
 * he manages (each validly attached, GP-2/GP-3); the roles are handed over in the same step with the
 * shared swap (`gp-handover.ts`, profiles adjusted as in a GP transfer), so no structure is ever left
 * without a GP. Afterwards the account can only reactivate (ID-4). A PIGP account is refused: its
 * DGFiP referent deactivates it in MADRHAS (ACC-8).
 */
export function deactivateMyAccount(ctx: RuleContext, input: AccountDeactivation): UserAccount {
  const me = ctx.caller;
  assertPortalAccount(me, 'deactivation');
  const managed = principalStructures(ctx, me.idUtilisateur);
  const successorOf = new Map(input.successeurs.map((s) => [s.idStructureCPP, s.idNouveauGestionnaire]));
  const missing = managed.filter((s) => !successorOf.has(s.idStructureCPP));
  if (missing.length > 0) {
    throw refuse(
      'RULE_BROKEN',
      'DEA-2',
      {
        fr: `Désignez d’abord un nouveau gestionnaire principal pour : ${missing.map((s) => s.designationStructure).join(', ')}.`,
        en: `First designate a new main manager for: ${missing.map((s) => s.designationStructure).join(', ')}.`,
      },
      missing.map((s) =>
        fieldProblem(`successeurs.${s.idStructureCPP}`, 'successor_required', {
          fr: `Successeur requis pour ${s.designationStructure}.`,
          en: `Successor required for ${s.designationStructure}.`,
        }),
      ),
    );
  }
  const unrelated = input.successeurs.filter((s) => !managed.some((m) => m.idStructureCPP === s.idStructureCPP));
  if (unrelated.length > 0) {
    throw refuse(
      'FORBIDDEN',
      'GP-1',
      {
        fr: 'Vous n’êtes pas le gestionnaire principal de cette structure.',
        en: 'You are not the main manager of this structure.',
      },
      unrelated.map((s) =>
        fieldProblem(`successeurs.${s.idStructureCPP}`, 'not_principal', {
          fr: 'Structure non gérée.',
          en: 'Structure not managed.',
        }),
      ),
    );
  }
  handOverStructures(
    ctx,
    managed.map((structure) => ({
      idStructureCPP: structure.idStructureCPP,
      idNouveauGestionnaire: successorOf.get(structure.idStructureCPP)!,
      field: `successeurs.${structure.idStructureCPP}`,
    })),
  );
  const now = nowIso(ctx);
  return ctx.store.users.update(me.idUtilisateur, {
    etat: 'INACTIF',
    dateDesactivation: now,
    dateModification: now,
    version: me.version + 1,
  });
}

/** Whole days elapsed since the deactivation. */
const daysSince = (env: Pick<MockEnv, 'clock'>, iso: string): number =>
  Math.floor((env.clock.now().getTime() - new Date(iso).getTime()) / DAY_MS);

/**
 * DEA-3, DEA-4: a deactivated user asks to reactivate. Within the window (60 days, inclusive) a
 * single-use link valid 24 h is e-mailed to his contact address (earlier links stop working); after
 * it, the request is refused and the user is pointed to the support (sollicitation).
 */
export function requestReactivation(ctx: RuleContext): ReactivationRequestResult {
  const me = ctx.caller;
  assertPortalAccount(me, 'deactivation');
  if (me.etat === 'ACTIF' || !me.dateDesactivation) {
    throw refuse('STATE_CONFLICT', 'DEA-3', { fr: 'Votre compte est actif.', en: 'Your account is active.' });
  }
  const window = ctx.config.reactivationWindowDays;
  if (daysSince(ctx, me.dateDesactivation) > window) {
    throw refuse('RULE_BROKEN', 'DEA-4', {
      fr: `Votre compte est désactivé depuis plus de ${window} jours : la réactivation n’est plus possible par vous-même. Adressez une sollicitation au support Chorus Pro.`,
      en: `Your account was deactivated more than ${window} days ago: you can no longer reactivate it yourself. Send a request (sollicitation) to the Chorus Pro support.`,
    });
  }
  const now = ctx.clock.now();
  assertReactivationRequestAllowed(ctx, now);
  for (const link of ctx.store.emailLinks.filter(
    (l) => l.idUtilisateur === me.idUtilisateur && l.objet === 'REACTIVATION' && !l.utiliseLe,
  )) {
    ctx.store.emailLinks.update(link.idLien, { utiliseLe: now.toISOString() });
  }
  const token = newToken();
  const expireLe = new Date(now.getTime() + ctx.config.emailLinkTtlMs).toISOString();
  ctx.store.emailLinks.insert({
    idUtilisateur: me.idUtilisateur,
    objet: 'REACTIVATION',
    jetonHash: hashToken(token),
    expireLe,
  });
  const destinataire = contactAddressOf(me);
  const name = `${me.prenom ?? ''} ${me.nom ?? ''}`;
  notifyUser(ctx, me, {
    sujet: { fr: 'Réactivation de votre compte Chorus Pro', en: 'Reactivating your Chorus Pro account' },
    corps: {
      fr: `Bonjour ${name},\n\nPour réactiver votre compte, suivez ce lien avant le ${expireLe} ; il ne sert qu’une fois.`,
      en: `Hello ${name},\n\nTo reactivate your account, follow this link before ${expireLe}; it works once.`,
    },
    lien: `/reactivation?jeton=${token}`,
  });
  return { destinataire, expireLe };
}

/**
 * DEA-3: an account asks for at most `config.reactivationRequestLimit.count` links per window (3 per
 * hour): each request e-mails a link, so without a limit anyone holding the account's session could
 * flood its mailbox. Counted from the links issued in the window (issued = expiry − lifetime); more
 * is refused with 429 and the seconds until the oldest of them leaves the window (Retry-After).
 */
function assertReactivationRequestAllowed(ctx: RuleContext, now: Date): void {
  const { count, windowMs } = ctx.config.reactivationRequestLimit;
  const since = now.getTime() - windowMs;
  const issued = ctx.store.emailLinks
    .filter((l) => l.idUtilisateur === ctx.caller.idUtilisateur && l.objet === 'REACTIVATION')
    .map((l) => new Date(l.expireLe).getTime() - ctx.config.emailLinkTtlMs)
    .filter((at) => at > since)
    .sort((a, b) => a - b);
  if (issued.length < count) return;
  const retryAfterSeconds = Math.max(1, Math.ceil((issued[issued.length - count]! + windowMs - now.getTime()) / 1000));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  throw refuse(
    'TOO_MANY_REQUESTS',
    'DEA-3',
    {
      fr: `Trop de demandes de lien de réactivation : réessayez dans ${minutes} min.`,
      en: `Too many reactivation link requests: try again in ${minutes} min.`,
    },
    [],
    { retryAfterSeconds },
  );
}

/**
 * DEA-3: following the e-mailed link, the user sets a new password (ACC-4 policy, not the old one)
 * and a new secret question and answer; the account is active again with its rattachements and
 * profiles as they were. An unknown link is refused (404), a used one (409), an expired one (422):
 * the user may ask for a new one.
 */
export function reactivate(env: MockEnv, input: Reactivation): UserAccount {
  const link = env.store.emailLinks.find((l) => l.objet === 'REACTIVATION' && l.jetonHash === hashToken(input.jeton));
  if (!link) throw notFound({ fr: 'Lien de réactivation', en: 'Reactivation link' });
  if (link.utiliseLe) {
    throw refuse('STATE_CONFLICT', 'DEA-3', {
      fr: 'Ce lien a déjà servi ou a été remplacé. Demandez-en un nouveau.',
      en: 'This link was already used or replaced. Ask for a new one.',
    });
  }
  const now = env.clock.now();
  if (now.getTime() > new Date(link.expireLe).getTime()) {
    throw refuse('RULE_BROKEN', 'DEA-3', {
      fr: 'Ce lien a expiré. Demandez-en un nouveau.',
      en: 'This link has expired. Ask for a new one.',
    });
  }
  const credential = env.store.credentials.get(link.idUtilisateur);
  const problems = passwordPolicyProblems(
    input.nouveauMotDePasse,
    input.confirmation,
    undefined,
    'nouveauMotDePasse',
    'confirmation',
  );
  if (credential && verifySecret(input.nouveauMotDePasse, credential.sel, credential.motDePasseHash)) {
    problems.push(
      fieldProblem('nouveauMotDePasse', 'password_reused', {
        fr: 'Le nouveau mot de passe doit différer de l’ancien.',
        en: 'The new password must differ from the old one.',
      }),
    );
  }
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
  env.store.emailLinks.update(link.idLien, { utiliseLe: now.toISOString() });
  setPassword(env, link.idUtilisateur, input.nouveauMotDePasse);
  setSecretQuestion(env, link.idUtilisateur, input.questionSecrete, input.reponseSecrete);
  const account = env.store.users.get(link.idUtilisateur)!;
  const at = now.toISOString();
  return env.store.users.update(link.idUtilisateur, {
    etat: 'ACTIF',
    dateDesactivation: undefined,
    dateActivation: at,
    dateModification: at,
    version: account.version + 1,
  });
}
