import type { SuccessorCandidate, UserAccount } from '../../src/domain/schemas/index.js';
import { matchesText } from '../http/paging.js';
import type { Store } from '../store.js';
import { isPrincipal } from './access.js';
import type { MockEnv } from './context.js';
import { refuse } from './errors.js';
import { successorProblem } from './principal.js';

/**
 * Who may take over a structure's GP role (GP-2, DEA-2): the active users validly attached to it,
 * other than its GP, searched by nom/prénom, postal address or e-mail. Used by the GP transfer (§8)
 * and by deactivation (§5).
 */

/** Refuses (403, GP-1) unless the caller is the structure's GP: only he names his successor. */
export function assertPrincipal(store: Store, idUtilisateur: number, idStructureCPP: number): void {
  if (!isPrincipal(store, idUtilisateur, idStructureCPP)) {
    throw refuse('FORBIDDEN', 'GP-1', {
      fr: 'Seul le gestionnaire principal de la structure transfère son rôle (pas « Organisation modification »).',
      en: 'Only the structure’s main manager transfers his role (not “Organisation modification”).',
    });
  }
}

/** Whether the user matches a free-text search on nom, prénom, e-mails or postal address (accents and case ignored). */
const matchesUser = (u: UserAccount, q: string | undefined): boolean =>
  [
    u.nom,
    u.prenom,
    `${u.prenom ?? ''} ${u.nom ?? ''}`,
    `${u.nom ?? ''} ${u.prenom ?? ''}`,
    u.login,
    u.emailContact,
    u.adresse?.adresse,
    u.adresse?.codePostal,
    u.adresse?.ville,
  ].some((value) => matchesText(value, q));

/**
 * The candidates to succeed the GP of a structure, matching `q` when given, in the store's order: the
 * users attached to it whom `successorProblem` accepts (GP-2, GP-5), those without the PIGP account a
 * public structure needs included with `comptePigp: false` so that the screen says why (GP-3, X-8).
 * The transfer, the RAT-7 hand-over and deactivation (DEA-2) offer these same users (GP-5).
 */
export function successorCandidates(
  env: Pick<MockEnv, 'store' | 'clock'>,
  idStructureCPP: number,
  q?: string,
): SuccessorCandidate[] {
  const { store } = env;
  const attached = new Set(
    store.rattachements
      .filter((r) => r.idStructureCPP === idStructureCPP && r.statutRattachement === 'VALIDEE')
      .map((r) => r.idUtilisateur),
  );
  return [...attached]
    .map((id) => store.users.get(id)!)
    .filter((u) => {
      const problem = successorProblem(env, idStructureCPP, u.idUtilisateur);
      return (problem === undefined || problem.rule === 'GP-3') && matchesUser(u, q);
    })
    .map(({ idUtilisateur, login, nom, prenom, etat, comptePigp }) => ({
      idUtilisateur,
      login,
      nom,
      prenom,
      etat,
      comptePigp,
    }));
}
