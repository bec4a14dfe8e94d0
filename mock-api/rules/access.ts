import type { Application, Rattachement, Role } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { refuse } from './errors.js';

/**
 * Who may do what on a structure, derived from rattachements and held profiles (one permission
 * model, §4). Every section's rules ask here instead of re-deriving roles.
 */

/** The user's current rattachement to the structure at structure level or services level, not history. */
export const activeRattachementsOf = (store: Store, idUtilisateur: number, idStructureCPP: number): Rattachement[] =>
  store.rattachements.filter(
    (r) => r.idUtilisateur === idUtilisateur && r.idStructureCPP === idStructureCPP && r.statutRattachement === 'VALIDEE',
  );

/** The structure's gestionnaire principal rattachement (exactly one by invariant, GP-4). */
export const principalOf = (store: Store, idStructureCPP: number): Rattachement | undefined =>
  store.rattachements.find(
    (r) => r.idStructureCPP === idStructureCPP && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
  );

/** Whether the user is the structure's GP. */
export const isPrincipal = (store: Store, idUtilisateur: number, idStructureCPP: number): boolean =>
  principalOf(store, idStructureCPP)?.idUtilisateur === idUtilisateur;

/** Whether the user holds (application, MODIFICATION) on the structure itself (VALIDE abonnement). */
export const holdsModification = (store: Store, idUtilisateur: number, idStructureCPP: number, application: Application): boolean =>
  store.abonnements.find(
    (a) =>
      a.idUtilisateur === idUtilisateur &&
      a.idStructureCPP === idStructureCPP &&
      a.idService === undefined &&
      a.espace === application &&
      a.mode === 'MODIFICATION' &&
      a.statut === 'VALIDE',
  ) !== undefined;

/**
 * The user's role on the structure: GP, GS (a validated user holding "Organisation modification",
 * HAB-6) or simple user; undefined when not validly attached.
 */
export function roleOf(store: Store, idUtilisateur: number, idStructureCPP: number): Role | undefined {
  if (isPrincipal(store, idUtilisateur, idStructureCPP)) return 'GESTIONNAIRE_PRINCIPAL';
  if (activeRattachementsOf(store, idUtilisateur, idStructureCPP).length === 0) return undefined;
  return holdsModification(store, idUtilisateur, idStructureCPP, 'ORGANISATION') ? 'GESTIONNAIRE_SECONDAIRE' : 'UTILISATEUR';
}

/** Whether the user manages the structure: its GP or a holder of "Organisation modification" (HAB-5, HAB-6). */
export const isManager = (store: Store, idUtilisateur: number, idStructureCPP: number): boolean => {
  const role = roleOf(store, idUtilisateur, idStructureCPP);
  return role === 'GESTIONNAIRE_PRINCIPAL' || role === 'GESTIONNAIRE_SECONDAIRE';
};

/** Refuses (403, X-2) unless the user manages the structure; `rule` names the rule that requires it. */
export function assertManager(store: Store, idUtilisateur: number, idStructureCPP: number, rule: string): void {
  if (!isManager(store, idUtilisateur, idStructureCPP)) {
    throw refuse('FORBIDDEN', rule, {
      fr: 'Seuls le gestionnaire principal et les gestionnaires (Organisation en modification) de cette structure peuvent le faire.',
      en: 'Only the main manager and the managers ("Organisation" in modification) of this structure may do this.',
    });
  }
}

/** Whether the user is validly attached to the structure (GP, GS or simple user). */
export const isMember = (store: Store, idUtilisateur: number, idStructureCPP: number): boolean => roleOf(store, idUtilisateur, idStructureCPP) !== undefined;

/** Refuses (403, X-2) unless the user is validly attached to the structure; `rule` names the rule that requires it. */
export function assertMember(store: Store, idUtilisateur: number, idStructureCPP: number, rule: string): void {
  if (!isMember(store, idUtilisateur, idStructureCPP)) {
    throw refuse('FORBIDDEN', rule, {
      fr: 'Seuls les utilisateurs rattachés à cette structure peuvent la consulter.',
      en: 'Only users attached to this structure may see this.',
    });
  }
}
