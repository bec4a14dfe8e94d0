import type { DeactivationApi } from '../../client/deactivation-api.js';
import type { DeactivationPreview, Successor, UserSummary } from '../../domain/schemas/index.js';

/** A structure the deactivating GP must hand over (DEA-2). */
export type StructureToHandOver = DeactivationPreview['structuresAConfier'][number];

/** "Prénom NOM (login)" of a user, as a picker shows him. */
export const userLabel = (user: UserSummary): string =>
  `${[user.prenom, user.nom].filter(Boolean).join(' ') || user.login} (${user.login})`;

/**
 * Users who may become GP of every structure at once ("one person for all", DEA-2): the search is
 * run on each structure and only the users found in all of them are kept.
 */
export async function searchCommonCandidates(
  client: DeactivationApi,
  structures: readonly StructureToHandOver[],
  q: string,
): Promise<UserSummary[]> {
  const pages = await Promise.all(
    structures.map((s) => client.searchSuccessorCandidates(s.idStructureCPP, { q, pageSize: 100 })),
  );
  const [first, ...others] = pages.map((page) => page.items);
  return (first ?? []).filter((user) =>
    others.every((items) => items.some((other) => other.idUtilisateur === user.idUtilisateur)),
  );
}

/** The successors to send: the same user for every structure, or the one chosen per structure. */
export function successorsOf(
  structures: readonly StructureToHandOver[],
  forAll: UserSummary | undefined,
  chosen: ReadonlyMap<number, UserSummary> | undefined,
): Successor[] {
  return structures.flatMap((s) => {
    const user = forAll ?? chosen?.get(s.idStructureCPP);
    return user ? [{ idStructureCPP: s.idStructureCPP, idNouveauGestionnaire: user.idUtilisateur }] : [];
  });
}
