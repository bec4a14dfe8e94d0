import type { Abonnement, AccessMode, Rattachement } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { assertManager, isInForce } from './access.js';
import { todayIso, type RuleContext } from './context.js';

/**
 * What a rattachement gives today: validity dates (RAT-9), deactivation (RAT-8) and the scope it
 * covers (whole structure or listed services). Profiles (VALIDE abonnements) only give access
 * through a rattachement that covers their scope.
 */

/** Whether the rattachement gives any access today: VALIDEE or DESACTIVEE, within its dates (RAT-8, RAT-9). */
export const givesAccess = (r: Rattachement, today: string): boolean =>
  (r.statutRattachement === 'VALIDEE' || r.statutRattachement === 'DESACTIVEE') && isInForce(r, today);

/** Whether the rattachement covers a scope: the whole structure covers every service; a services-level one only its services. */
export const covers = (r: Rattachement, idService: number | undefined): boolean =>
  r.niveau === 'STRUCTURE' || (idService !== undefined && r.idServices.includes(idService));

/** Where rules read a user's rattachements from: the store, or a subset grouped once for a long list. */
export interface RattachementSource {
  /** The rattachements of one user. */
  of(idUtilisateur: number): readonly Rattachement[];
}

/** Reads every user's rattachements from the store (one call, one scan). */
export const storeRattachements = (store: Store): RattachementSource => ({
  of: (id) => store.rattachements.filter((r) => r.idUtilisateur === id),
});

/**
 * The rattachements that `keep` selects, grouped by user in one scan, so that a list of thousands of
 * rows (10,000 habilitations on one structure) does not rescan the store per row.
 */
export function rattachementsWhere(store: Store, keep: (r: Rattachement) => boolean): RattachementSource {
  const byUser = new Map<number, Rattachement[]>();
  for (const r of store.rattachements.filter(keep))
    byUser.set(r.idUtilisateur, [...(byUser.get(r.idUtilisateur) ?? []), r]);
  return { of: (id) => byUser.get(id) ?? [] };
}

/**
 * The rattachement through which the user reaches a scope today (a VALIDEE one before a DESACTIVEE
 * one), or undefined when none gives access.
 */
export function rattachementFor(
  source: RattachementSource,
  today: string,
  idUtilisateur: number,
  idStructureCPP: number,
  idService: number | undefined,
): Rattachement | undefined {
  const candidates = source
    .of(idUtilisateur)
    .filter((r) => r.idStructureCPP === idStructureCPP && givesAccess(r, today) && covers(r, idService));
  return candidates.find((r) => r.statutRattachement === 'VALIDEE') ?? candidates[0];
}

/**
 * The mode a held profile gives today (HAB-1, RAT-8, RAT-9): its mode under a VALIDEE rattachement,
 * consultation only under a DESACTIVEE one, nothing without a rattachement in force or while pending.
 */
export function effectiveMode(source: RattachementSource, today: string, a: Abonnement): AccessMode | undefined {
  if (a.statut !== 'VALIDE' || a.dateEffet > today) return undefined;
  const r = rattachementFor(source, today, a.idUtilisateur, a.idStructureCPP, a.idService);
  if (!r) return undefined;
  return r.statutRattachement === 'DESACTIVEE' ? 'CONSULTATION_UNIQUEMENT' : a.mode;
}

/**
 * Refuses (403, X-2) unless the caller manages the structure (GP or "Organisation modification",
 * HAB-5, HAB-6) through a VALIDEE rattachement in force today (RAT-9).
 */
export function assertManagerInForce(ctx: RuleContext, idStructureCPP: number, rule: string): void {
  assertManager(ctx.store, ctx.caller.idUtilisateur, idStructureCPP, rule, todayIso(ctx));
}
