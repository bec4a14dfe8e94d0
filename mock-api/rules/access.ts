import type { Application, Rattachement, Role } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { refuse } from './errors.js';

/**
 * Who may do what on a structure, derived from rattachements and held profiles (one permission
 * model, §4). Every section's rules ask here instead of re-deriving roles.
 */

/** Whether `today` (YYYY-MM-DD) is within the rattachement's validity dates (RAT-9). */
export const isInForce = (r: Pick<Rattachement, 'dateDebut' | 'dateFin'>, today: string): boolean =>
  r.dateDebut <= today && (r.dateFin === undefined || today <= r.dateFin);

/**
 * The user's VALIDEE rattachements to the structure (structure or services level) in force `today`
 * (RAT-9: outside its validity dates a rattachement gives no access), not history.
 */
export const activeRattachementsOf = (
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  today: string,
): Rattachement[] =>
  store.rattachements.filter(
    (r) =>
      r.idUtilisateur === idUtilisateur &&
      r.idStructureCPP === idStructureCPP &&
      r.statutRattachement === 'VALIDEE' &&
      isInForce(r, today),
  );

/** The structure's gestionnaire principal rattachement (exactly one by invariant, GP-4). */
export const principalOf = (store: Store, idStructureCPP: number): Rattachement | undefined =>
  store.rattachements.find(
    (r) =>
      r.idStructureCPP === idStructureCPP && r.role === 'GESTIONNAIRE_PRINCIPAL' && r.statutRattachement === 'VALIDEE',
  );

/** Whether the user is the structure's GP. */
export const isPrincipal = (store: Store, idUtilisateur: number, idStructureCPP: number): boolean =>
  principalOf(store, idStructureCPP)?.idUtilisateur === idUtilisateur;

/** Whether the user holds (application, MODIFICATION) on the structure itself (VALIDE abonnement). */
export const holdsModification = (
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  application: Application,
): boolean =>
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
 * The user's role on the structure `today`: GP, GS (a validated user holding "Organisation
 * modification", HAB-6) or simple user; undefined without a VALIDEE rattachement in force (RAT-9).
 */
export function roleOf(store: Store, idUtilisateur: number, idStructureCPP: number, today: string): Role | undefined {
  if (activeRattachementsOf(store, idUtilisateur, idStructureCPP, today).length === 0) return undefined;
  if (isPrincipal(store, idUtilisateur, idStructureCPP)) return 'GESTIONNAIRE_PRINCIPAL';
  return holdsModification(store, idUtilisateur, idStructureCPP, 'ORGANISATION')
    ? 'GESTIONNAIRE_SECONDAIRE'
    : 'UTILISATEUR';
}

/** Whether the user manages the structure `today`: its GP or a holder of "Organisation modification" (HAB-5, HAB-6, RAT-9). */
export const isManager = (store: Store, idUtilisateur: number, idStructureCPP: number, today: string): boolean => {
  const role = roleOf(store, idUtilisateur, idStructureCPP, today);
  return role === 'GESTIONNAIRE_PRINCIPAL' || role === 'GESTIONNAIRE_SECONDAIRE';
};

/**
 * Refuses (403, X-2) unless the user manages the structure `today`; `rule` names the rule that
 * requires it, or RAT-9 when the user's rattachement exists but is not in force today.
 */
export function assertManager(
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  rule: string,
  today: string,
): void {
  if (!isManager(store, idUtilisateur, idStructureCPP, today)) {
    assertNotOutOfDates(store, idUtilisateur, idStructureCPP, today);
    throw refuse('FORBIDDEN', rule, {
      fr: 'Seuls le gestionnaire principal et les gestionnaires (Organisation en modification) de cette structure peuvent le faire.',
      en: 'Only the main manager and the managers ("Organisation" in modification) of this structure may do this.',
    });
  }
}

/** Whether the user is validly attached to the structure `today` (GP, GS or simple user; RAT-9). */
export const isMember = (store: Store, idUtilisateur: number, idStructureCPP: number, today: string): boolean =>
  roleOf(store, idUtilisateur, idStructureCPP, today) !== undefined;

/**
 * Refuses (403, X-2) unless the user is validly attached to the structure `today`; `rule` names the
 * rule that requires it, or RAT-9 when the user's rattachement exists but is not in force today.
 */
export function assertMember(
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  rule: string,
  today: string,
): void {
  if (!isMember(store, idUtilisateur, idStructureCPP, today)) {
    assertNotOutOfDates(store, idUtilisateur, idStructureCPP, today);
    throw refuse('FORBIDDEN', rule, {
      fr: 'Seuls les utilisateurs rattachés à cette structure peuvent la consulter.',
      en: 'Only users attached to this structure may see this.',
    });
  }
}

/** RAT-9: refuses with the dates as the reason when the user holds a VALIDEE rattachement to the structure that is not in force today. */
function assertNotOutOfDates(store: Store, idUtilisateur: number, idStructureCPP: number, today: string): void {
  const outOfDates = store.rattachements.find(
    (r) =>
      r.idUtilisateur === idUtilisateur &&
      r.idStructureCPP === idStructureCPP &&
      r.statutRattachement === 'VALIDEE' &&
      !isInForce(r, today),
  );
  if (outOfDates) {
    throw refuse('FORBIDDEN', 'RAT-9', {
      fr: 'Votre rattachement à cette structure n’est pas en vigueur aujourd’hui.',
      en: 'Your rattachement to this structure is not in force today.',
    });
  }
}
