import type { Store } from '../store.js';

/**
 * Puts a seed user's account back to the state MADRHAS leaves it in before the first connection
 * (ACC-1): no contact e-mail confirmed, not activated, completion pending. Nom, prénom and address
 * stay as MADRHAS provided them, for the user to check. Lets the demo page and the tests replay
 * guide 002 (Pauline DUFOUR's first day) with any user. Returns false for an unknown login.
 */
export function replayFirstConnection(store: Store, login: string): boolean {
  const account = store.users.find((user) => user.login === login);
  if (!account) return false;
  store.transaction(() =>
    store.users.update(account.idUtilisateur, {
      premiereConnexionTerminee: false,
      emailContact: undefined,
      dateActivation: undefined,
      version: account.version + 1,
    }),
  );
  return true;
}
