import type { Rattachement } from '../../src/domain/schemas/index.js';
import { isInForce, principalOf } from './access.js';
import { nowIso, todayIso, type MockEnv } from './context.js';
import { fieldProblem, refuse } from './errors.js';

/**
 * Why `idNouveauGestionnaire` cannot become GP of the structure, or undefined when he can: he must be
 * an active account validly attached to it (GP-2, DEA-2), other than the current GP, whose first
 * connection is completed and whose VALIDEE rattachement is in force today (GP-5), and hold a PIGP
 * account for a public structure (GP-3). Every path that changes a GP (transfer, RAT-7 hand-over,
 * DEA-2) and every list of candidates (`successorCandidates`) goes through it (GP-5).
 */
export function successorProblem(
  env: Pick<MockEnv, 'store' | 'clock'>,
  idStructureCPP: number,
  idNouveauGestionnaire: number,
): { rule: string; fr: string; en: string } | undefined {
  const { store } = env;
  const current = principalOf(store, idStructureCPP);
  if (current?.idUtilisateur === idNouveauGestionnaire)
    return { rule: 'GP-2', fr: 'Il est déjà le gestionnaire principal.', en: 'He already is the main manager.' };
  const user = store.users.get(idNouveauGestionnaire);
  const attached = store.rattachements.filter(
    (r) =>
      r.idUtilisateur === idNouveauGestionnaire &&
      r.idStructureCPP === idStructureCPP &&
      r.statutRattachement === 'VALIDEE',
  );
  if (!user || user.etat !== 'ACTIF' || attached.length === 0) {
    return {
      rule: 'GP-2',
      fr: 'Le nouveau gestionnaire doit être un utilisateur actif rattaché à la structure.',
      en: 'The new manager must be an active user attached to the structure.',
    };
  }
  if (!user.premiereConnexionTerminee) {
    return {
      rule: 'GP-5',
      fr: 'Le nouveau gestionnaire doit avoir terminé sa première connexion.',
      en: 'The new manager must have completed his first connection.',
    };
  }
  const today = todayIso(env);
  if (!attached.some((r) => isInForce(r, today))) {
    return {
      rule: 'GP-5',
      fr: 'Le rattachement du nouveau gestionnaire à la structure doit être en vigueur aujourd’hui.',
      en: 'The new manager’s rattachement to the structure must be in force today.',
    };
  }
  if (store.structures.get(idStructureCPP)?.typeStructure === 'PUBLIQUE' && !user.comptePigp) {
    return {
      rule: 'GP-3',
      fr: 'Le nouveau gestionnaire d’une structure publique doit avoir un compte PIGP.',
      en: 'The new manager of a public structure must hold a PIGP account.',
    };
  }
  return undefined;
}

/**
 * Hands the GP role of a structure over to a validly attached user in one step (GP-4, DEA-2): the
 * former GP stays attached as a simple user, the new one is attached to the whole structure as GP;
 * the transfer is recorded. There is never zero or two GPs. Refuses (422) with the rule that blocks.
 */
export function handOverPrincipal(
  env: Pick<MockEnv, 'store' | 'clock'>,
  idStructureCPP: number,
  idNouveauGestionnaire: number,
  field = 'idNouveauGestionnaire',
): void {
  const { store } = env;
  const problem = successorProblem(env, idStructureCPP, idNouveauGestionnaire);
  if (problem) {
    throw refuse('RULE_BROKEN', problem.rule, problem, [
      fieldProblem(field, 'successor_not_allowed', { fr: problem.fr, en: problem.en }),
    ]);
  }
  const now = nowIso(env);
  const former = principalOf(store, idStructureCPP)!;
  const bump = (r: Rattachement, patch: Partial<Rattachement>) =>
    store.rattachements.update(r.idRattachement, { ...patch, dateModification: now, version: r.version + 1 });
  bump(former, { role: 'UTILISATEUR' });
  const successor = store.rattachements.filter(
    (r) =>
      r.idUtilisateur === idNouveauGestionnaire &&
      r.idStructureCPP === idStructureCPP &&
      r.statutRattachement === 'VALIDEE',
  );
  const [kept, ...others] = successor;
  bump(kept!, { role: 'GESTIONNAIRE_PRINCIPAL', niveau: 'STRUCTURE', idServices: [] });
  for (const other of others) bump(other, { statutRattachement: 'SUPPRIMEE' });
  store.gpTransfers.insert({
    idStructureCPP,
    idAncienGestionnaire: former.idUtilisateur,
    idNouveauGestionnaire,
    dateTransfert: now,
  });
}
