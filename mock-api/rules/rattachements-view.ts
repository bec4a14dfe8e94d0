import type { Rattachement, RattachementView } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isInForce } from './access.js';

/**
 * The (user, structure) pairs whose user holds "Organisation modification" on the structure (what
 * makes a GS, HAB-6), as `user:structure` keys, in one scan of the profiles (lists compute it once).
 */
export function organisationHolders(store: Store): ReadonlySet<string> {
  const holders = new Set<string>();
  for (const a of store.abonnements.filter(
    (x) =>
      x.espace === 'ORGANISATION' && x.mode === 'MODIFICATION' && x.statut === 'VALIDE' && x.idService === undefined,
  )) {
    holders.add(`${a.idUtilisateur}:${a.idStructureCPP}`);
  }
  return holders;
}

/**
 * A rattachement as lists show it (RAT-1, RAT-8): the role derived from held profiles (a VALIDEE
 * non-GP holding "Organisation modification" is GESTIONNAIRE_SECONDAIRE, HAB-6), the names of the
 * structure, services and user, the user's account state (ID-4), and whether it gives access today
 * (RAT-9).
 */
export function rattachementView(
  store: Store,
  today: string,
  r: Rattachement,
  holders: ReadonlySet<string> = organisationHolders(store),
): RattachementView {
  const structure = store.structures.get(r.idStructureCPP)!;
  const user = store.users.get(r.idUtilisateur)!;
  const secondary =
    r.role !== 'GESTIONNAIRE_PRINCIPAL' &&
    r.statutRattachement === 'VALIDEE' &&
    holders.has(`${r.idUtilisateur}:${r.idStructureCPP}`);
  return {
    ...r,
    role: secondary ? 'GESTIONNAIRE_SECONDAIRE' : r.role,
    identifiantStructure: structure.identifiantStructure,
    designationStructure: structure.designationStructure,
    typeStructure: structure.typeStructure,
    codesServices: r.idServices.map((id) => store.services.get(id)?.codeService ?? String(id)),
    login: user.login,
    ...(user.nom === undefined ? {} : { nom: user.nom }),
    ...(user.prenom === undefined ? {} : { prenom: user.prenom }),
    etatCompte: user.etat,
    enVigueur: (r.statutRattachement === 'VALIDEE' || r.statutRattachement === 'DESACTIVEE') && isInForce(r, today),
  };
}
