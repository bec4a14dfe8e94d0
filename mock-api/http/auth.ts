import type { UserAccount } from '../../src/domain/schemas/index.js';
import { refuse } from '../rules/errors.js';
import type { Store } from '../store.js';
import type { HttpRequest } from './types.js';

/** Header by which a host names the logged-in user by login id (ID-1), as an alternative to a bearer token. */
export const USER_HEADER = 'x-cp-user';

/**
 * ID-1: the host authenticates; the kit forwards what the host gives it. `Authorization: Bearer
 * <token>` is mapped to a user through the sessions, `X-CP-User: <login>` names the user directly
 * (the host already authenticated him). No or unknown credential: 401.
 */
export function authenticate(store: Store, request: Pick<HttpRequest, 'headers'>): UserAccount {
  const authorization = request.headers['authorization'];
  const bearer = authorization?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  const login = request.headers[USER_HEADER]?.trim().toLowerCase();
  const user = bearer
    ? store.users.get(store.sessions.find((s) => s.token === bearer)?.idUtilisateur ?? 0)
    : login
      ? store.users.find((u) => u.login.toLowerCase() === login)
      : undefined;
  if (!user) {
    throw refuse('UNAUTHENTICATED', 'ID-1', {
      fr:
        bearer || login
          ? 'Identifiant de session inconnu.'
          : 'Aucune session : le portail hôte doit transmettre l’utilisateur connecté.',
      en: bearer || login ? 'Unknown session credential.' : 'No session: the host portal must pass the logged-in user.',
    });
  }
  return user;
}
