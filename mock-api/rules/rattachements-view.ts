import type { Approbation, Rattachement, RattachementView } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isInForce } from './access.js';
import { fullName } from './user-names.js';

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

/** The decided approbations of rattachement requests, by rattachement id, in one scan (RAT-1 "Visualiser la demande"). */
export function rattachementDecisions(store: Store): ReadonlyMap<number, Approbation> {
  const decisions = new Map<number, Approbation>();
  for (const a of store.approbations.filter((x) => x.type === 'RATTACHEMENT' && x.etat !== 'DEMANDE')) {
    decisions.set(a.idObjet, a);
  }
  return decisions;
}

/** What a list computes once for all its rows: the GS holders and the decisions of requests. */
export interface RattachementViewIndex {
  holders: ReadonlySet<string>;
  decisions: ReadonlyMap<number, Approbation>;
}

/** The {@link RattachementViewIndex} of the store now. */
export const rattachementViewIndex = (store: Store): RattachementViewIndex => ({
  holders: organisationHolders(store),
  decisions: rattachementDecisions(store),
});

/**
 * A rattachement as lists show it (RAT-1, RAT-8): the role derived from held profiles (a VALIDEE
 * non-GP holding "Organisation modification" is GESTIONNAIRE_SECONDAIRE, HAB-6), the names of the
 * structure, services (code and libellé) and user, the user's account state (ID-4), whether it gives
 * access today (RAT-9), and for a request a manager decided, when and by whom (RAT-1 "Visualiser la
 * demande").
 */
export function rattachementView(
  store: Store,
  today: string,
  r: Rattachement,
  { holders, decisions }: RattachementViewIndex = rattachementViewIndex(store),
): RattachementView {
  const structure = store.structures.get(r.idStructureCPP)!;
  const user = store.users.get(r.idUtilisateur)!;
  const decision = decisions.get(r.idRattachement);
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
    libellesServices: r.idServices.map((id) => store.services.get(id)?.libelleService ?? ''),
    login: user.login,
    ...(user.nom === undefined ? {} : { nom: user.nom }),
    ...(user.prenom === undefined ? {} : { prenom: user.prenom }),
    etatCompte: user.etat,
    ...(decision?.dateDecision === undefined ? {} : { dateDecision: decision.dateDecision }),
    ...(decision?.idDecideur === undefined ? {} : { decideur: fullName(store, decision.idDecideur) }),
    enVigueur: (r.statutRattachement === 'VALIDEE' || r.statutRattachement === 'DESACTIVEE') && isInForce(r, today),
  };
}
