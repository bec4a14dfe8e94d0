import type { PrincipalStructure, SuccessorCandidate } from '../../domain/schemas/index.js';

/** The candidate's display name: "Prénom NOM", else the login. */
export const candidateName = (c: Pick<SuccessorCandidate, 'prenom' | 'nom' | 'login'>): string =>
  [c.prenom, c.nom].filter(Boolean).join(' ') || c.login;

/**
 * The users who may take over every one of `structures` (GP-2: attached VALIDEE to each), in the
 * order of the first structure; empty when no structure is given.
 */
export function commonCandidates(structures: readonly PrincipalStructure[]): SuccessorCandidate[] {
  const [first, ...rest] = structures;
  if (!first) return [];
  return first.candidats.filter((c) => rest.every((s) => s.candidats.some((o) => o.idUtilisateur === c.idUtilisateur)));
}

/** Whether naming `candidate` for these structures would break GP-3 (a PIGP account needed, none held). */
export const breaksPigp = (candidate: SuccessorCandidate, structures: readonly PrincipalStructure[]): boolean =>
  !candidate.comptePigp && structures.some((s) => s.pigpRequis);
