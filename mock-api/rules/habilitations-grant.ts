import type { Abonnement, AccessMode, Application, Rattachement, Role } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { nowIso, todayIso, type MockEnv } from './context.js';
import { defaultProfiles } from './default-profiles.js';

/**
 * Writing held profiles (VALIDE abonnements), the one permission model of §4: granting one,
 * granting the defaults of a validated rattachement (HAB-3, HAB-4, RAT-10), removing those of a
 * scope when a rattachement ends (RAT-7, RAT-8).
 */

/** The key of a profile: one row per (user, structure, service, espace) (HAB-7). */
export interface ProfileKey {
  idUtilisateur: number;
  idStructureCPP: number;
  idService: number | undefined;
  espace: Application;
}

const sameKey = (a: Abonnement, k: ProfileKey): boolean =>
  a.idUtilisateur === k.idUtilisateur &&
  a.idStructureCPP === k.idStructureCPP &&
  a.idService === k.idService &&
  a.espace === k.espace;

/** The held (VALIDE) profile of this key, if any. */
export const heldProfile = (store: Store, k: ProfileKey): Abonnement | undefined =>
  store.abonnements.find((a) => a.statut === 'VALIDE' && sameKey(a, k));

/** The pending (EN_COURS_DE_VALIDATION) request of this key, if any. */
export const pendingProfile = (store: Store, k: ProfileKey): Abonnement | undefined =>
  store.abonnements.find((a) => a.statut === 'EN_COURS_DE_VALIDATION' && sameKey(a, k));

/** Sets the held profile of this key to `mode` (creates it when absent); returns it. */
export function setProfile(env: Pick<MockEnv, 'store' | 'clock'>, k: ProfileKey, mode: AccessMode): Abonnement {
  const held = heldProfile(env.store, k);
  if (held)
    return held.mode === mode
      ? held
      : env.store.abonnements.update(held.idAbonnement, { mode, version: held.version + 1 });
  return env.store.abonnements.insert({
    idUtilisateur: k.idUtilisateur,
    idStructureCPP: k.idStructureCPP,
    ...(k.idService === undefined ? {} : { idService: k.idService }),
    espace: k.espace,
    mode,
    statut: 'VALIDE',
    dateEffet: todayIso(env),
    dateCreation: nowIso(env),
    version: 1,
  });
}

/** The scopes of a rattachement: the whole structure, or each of its services. */
export const scopesOf = (r: Rattachement): (number | undefined)[] =>
  r.niveau === 'STRUCTURE' ? [undefined] : r.idServices;

/**
 * Grants the default profiles of `role` on every scope of a validated rattachement (HAB-3, HAB-4,
 * RAT-10); a profile already held in MODIFICATION is never lowered.
 */
export function grantDefaults(env: Pick<MockEnv, 'store' | 'clock'>, r: Rattachement, role: Role): void {
  const type = env.store.structures.get(r.idStructureCPP)!.typeStructure;
  for (const idService of scopesOf(r)) {
    for (const { application, mode } of defaultProfiles(role, type)) {
      const k = { idUtilisateur: r.idUtilisateur, idStructureCPP: r.idStructureCPP, idService, espace: application };
      if (heldProfile(env.store, k)?.mode !== 'MODIFICATION') setProfile(env, k, mode);
    }
  }
}

/**
 * Deletes an abonnement; a pending one's approbation is withdrawn with it (the request no longer
 * exists, so no manager is asked to decide it).
 */
export function deleteAbonnement(store: Store, a: Abonnement): void {
  if (a.statut === 'EN_COURS_DE_VALIDATION') {
    for (const p of store.approbations.filter(
      (x) => x.type === 'ABONNEMENT' && x.idObjet === a.idAbonnement && x.etat === 'DEMANDE',
    ))
      store.approbations.delete(p.idApprobation);
  }
  store.abonnements.delete(a.idAbonnement);
}

/**
 * Removes every profile and pending request of the user on the given scopes of a structure (a
 * rattachement ends, RAT-7, RAT-8); `'all'` means the structure and all its services.
 */
export function removeProfiles(
  store: Store,
  idUtilisateur: number,
  idStructureCPP: number,
  scopes: (number | undefined)[] | 'all',
): void {
  for (const a of store.abonnements.filter(
    (x) => x.idUtilisateur === idUtilisateur && x.idStructureCPP === idStructureCPP,
  )) {
    if (scopes === 'all' || scopes.includes(a.idService)) deleteAbonnement(store, a);
  }
}
