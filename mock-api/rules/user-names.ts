import type { Store } from '../store.js';

/** A user as lists and requests name him: prénom and nom, else his login, else his id. */
export const fullName = (store: Store, idUtilisateur: number): string => {
  const u = store.users.get(idUtilisateur);
  return u ? [u.prenom, u.nom].filter(Boolean).join(' ') || u.login : String(idUtilisateur);
};
