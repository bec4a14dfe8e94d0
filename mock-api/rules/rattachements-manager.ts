import type {
  Rattachement,
  RattachementAction,
  RattachementByManager,
  RattachementLevel,
  RattachementStatus,
  RattachementView,
} from '../../src/domain/schemas/index.js';
import { fold } from '../http/paging.js';
import { nowIso, todayIso, type RuleContext } from './context.js';
import { assertVersion, fieldProblem, notFound, refuse } from './errors.js';
import { grantDefaults } from './habilitations-grant.js';
import { assertManagerInForce } from './rattachements-scope.js';
import { rattachementView, rattachementViewIndex } from './rattachements-view.js';
import { assertAttachable, assertNoDuplicate, endRattachement } from './rattachements.js';

/** A manager's actions on the rattachements of his structure's users (RAT-8, HAB-6). */

/** Filters of a structure's rattachements list. */
export interface StructureRattachementsFilter {
  statut?: RattachementStatus | undefined;
  niveau?: RattachementLevel | undefined;
  /** Part of the user's login, nom or prénom (case and accents ignored). */
  utilisateur?: string | undefined;
  inclureSupprimees?: boolean | undefined;
}

/** RAT-8: the rattachements of a structure's users, for its managers only. SUPPRIMEE rows on demand. */
export function listStructureRattachements(
  ctx: RuleContext,
  idStructureCPP: number,
  filter: StructureRattachementsFilter,
): RattachementView[] {
  if (!ctx.store.structures.get(idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  assertManagerInForce(ctx, idStructureCPP, 'RAT-8');
  const today = todayIso(ctx);
  const needle = filter.utilisateur ? fold(filter.utilisateur) : undefined;
  const index = rattachementViewIndex(ctx.store);
  return ctx.store.rattachements
    .filter(
      (r) =>
        r.idStructureCPP === idStructureCPP &&
        (filter.statut
          ? r.statutRattachement === filter.statut
          : filter.inclureSupprimees || r.statutRattachement !== 'SUPPRIMEE') &&
        (!filter.niveau || r.niveau === filter.niveau),
    )
    .map((r) => rattachementView(ctx.store, today, r, index))
    .filter((v) => !needle || [v.login, v.nom, v.prenom].some((t) => t !== undefined && fold(t).includes(needle)));
}

/**
 * RAT-8: a manager attaches a user, found by login e-mail, to the structure or some of its services;
 * valid at once, with the default profiles of a simple user (HAB-3, HAB-4, RAT-10).
 */
export function attachByLogin(
  ctx: RuleContext,
  idStructureCPP: number,
  input: RattachementByManager,
): RattachementView {
  const { store } = ctx;
  if (!store.structures.get(idStructureCPP)) throw notFound({ fr: 'Structure', en: 'Structure' });
  assertManagerInForce(ctx, idStructureCPP, 'RAT-8');
  const login = input.login.toLowerCase();
  const user = store.users.find((u) => u.login.toLowerCase() === login);
  // say who can unblock it. An unknown login has no account yet: the user creates it on the portal,
  // or, for a public agent, his DGFiP correspondent creates it in MADRHAS (guide 000, ID-2); a
  // deactivated one is reactivated by its holder within 60 days, by the support after (DEA-3, DEA-4).
  if (!user) {
    throw refuse(
      'RULE_BROKEN',
      'RAT-8',
      {
        fr: 'Aucun compte n’a cet identifiant de connexion. L’utilisateur doit d’abord avoir un compte : il le crée sur le portail Chorus Pro ou, pour un agent public, son correspondant DGFiP le crée dans MADRHAS.',
        en: 'No account has this login id. The user needs an account first: he creates it on the Chorus Pro portal or, for a public agent, his DGFiP correspondent creates it in MADRHAS.',
      },
      [fieldProblem('login', 'unknown_user', { fr: 'Compte inconnu.', en: 'Unknown account.' })],
    );
  }
  if (user.etat !== 'ACTIF') {
    throw refuse(
      'RULE_BROKEN',
      'RAT-8',
      {
        fr: 'Ce compte est désactivé : son titulaire peut le réactiver pendant 60 jours, l’assistance Chorus Pro ensuite. Rattachez-le une fois son compte réactivé.',
        en: 'This account is deactivated: its holder can reactivate it within 60 days, the Chorus Pro support after that. Attach him once his account is active again.',
      },
      [fieldProblem('login', 'deactivated_user', { fr: 'Compte désactivé.', en: 'Deactivated account.' })],
    );
  }
  const idServices = input.niveau === 'STRUCTURE' ? [] : [...new Set(input.idServices)];
  assertAttachable(store, idStructureCPP, input.niveau, idServices);
  assertNoDuplicate(store, user.idUtilisateur, idStructureCPP, input.niveau, idServices);
  const now = nowIso(ctx);
  const r = store.rattachements.insert({
    idUtilisateur: user.idUtilisateur,
    idStructureCPP,
    niveau: input.niveau,
    idServices,
    dateDebut: input.dateDebut,
    ...(input.dateFin === undefined ? {} : { dateFin: input.dateFin }),
    statutRattachement: 'VALIDEE',
    role: 'UTILISATEUR',
    dateCreation: now,
    dateModification: now,
    version: 1,
  });
  grantDefaults(ctx, r, 'UTILISATEUR');
  return rattachementView(store, todayIso(ctx), r);
}

/** The rattachement a manager acts on: exists, caller manages its structure, not the GP's own (RAT-8). */
function managedRattachement(ctx: RuleContext, idRattachement: number, input: RattachementAction): Rattachement {
  const r = ctx.store.rattachements.get(idRattachement);
  if (!r) throw notFound({ fr: 'Rattachement', en: 'Rattachement' });
  assertManagerInForce(ctx, r.idStructureCPP, 'RAT-8');
  if (r.role === 'GESTIONNAIRE_PRINCIPAL') {
    throw refuse('RULE_BROKEN', 'RAT-8', {
      fr: 'Le rattachement du gestionnaire principal ne peut être ni désactivé ni supprimé.',
      en: 'The main manager’s rattachement can be neither deactivated nor deleted.',
    });
  }
  assertVersion(r, input.version);
  return r;
}

/** Refuses (409) a transition from a status other than `from`. */
function assertStatus(r: Rattachement, from: RattachementStatus, action: { fr: string; en: string }): void {
  if (r.statutRattachement !== from) {
    throw refuse('STATE_CONFLICT', 'RAT-8', {
      fr: `Impossible de ${action.fr} un rattachement ${r.statutRattachement}.`,
      en: `Cannot ${action.en} a ${r.statutRattachement} rattachement.`,
    });
  }
}

/**
 * RAT-8: deactivates a VALIDEE rattachement: the user keeps consultation and loses every
 * modification mode; his profiles are kept for reactivation.
 */
export function deactivateRattachement(
  ctx: RuleContext,
  idRattachement: number,
  input: RattachementAction,
): RattachementView {
  const r = managedRattachement(ctx, idRattachement, input);
  assertStatus(r, 'VALIDEE', { fr: 'désactiver', en: 'deactivate' });
  const updated = ctx.store.rattachements.update(r.idRattachement, {
    statutRattachement: 'DESACTIVEE',
    dateModification: nowIso(ctx),
    version: r.version + 1,
  });
  return rattachementView(ctx.store, todayIso(ctx), updated);
}

/** RAT-8: reactivates a DESACTIVEE rattachement in one action; the profiles held before come back. */
export function reactivateRattachement(
  ctx: RuleContext,
  idRattachement: number,
  input: RattachementAction,
): RattachementView {
  const r = managedRattachement(ctx, idRattachement, input);
  assertStatus(r, 'DESACTIVEE', { fr: 'réactiver', en: 'reactivate' });
  const updated = ctx.store.rattachements.update(r.idRattachement, {
    statutRattachement: 'VALIDEE',
    dateModification: nowIso(ctx),
    version: r.version + 1,
  });
  return rattachementView(ctx.store, todayIso(ctx), updated);
}

/** RAT-8: deletes a VALIDEE or DESACTIVEE rattachement for good: SUPPRIMEE, no access at all. */
export function deleteRattachement(
  ctx: RuleContext,
  idRattachement: number,
  input: RattachementAction,
): RattachementView {
  const r = managedRattachement(ctx, idRattachement, input);
  if (r.statutRattachement !== 'VALIDEE' && r.statutRattachement !== 'DESACTIVEE') {
    throw refuse('STATE_CONFLICT', 'RAT-8', {
      fr: `Impossible de supprimer un rattachement ${r.statutRattachement} (une demande se décide dans les approbations).`,
      en: `Cannot delete a ${r.statutRattachement} rattachement (a request is decided in the approvals).`,
    });
  }
  return rattachementView(ctx.store, todayIso(ctx), endRattachement(ctx, r));
}
