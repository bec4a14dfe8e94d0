/**
 * What the portal knows of the logged-in user's account, so that it asks the API only what the user
 * may see: an account not yet completed (ACC-1) or deactivated (ID-4) may do nothing else, so the
 * menu's "APPROBATIONS n" is not asked for it (the answer would be a refusal, 403, on every page).
 * The account is read once per login (`GET /api/me`), then kept from what the account page reports.
 */
import { createHttpClient } from '../../src/client/index.js';
import type { UserAccount } from '../../src/domain/schemas/index.js';

/** The logged-in user's account, as last read or reported. */
export class AccountState {
  #login = '';
  #account: Promise<UserAccount | undefined> = Promise.resolve(undefined);

  /** The account of `login`, read once; undefined when it cannot be read (a deactivated account, ID-4). */
  of(login: string): Promise<UserAccount | undefined> {
    if (login !== this.#login) {
      this.#login = login;
      this.#account = createHttpClient({ user: login })
        .getMyAccount()
        .catch(() => undefined);
    }
    return this.#account;
  }

  /** The account of `login` as the account page just saved, completed, deactivated or reactivated it. */
  set(login: string, account: UserAccount): void {
    this.#login = login;
    this.#account = Promise.resolve(account);
  }

  /** Reads the account again next time (the world changed under the page). */
  forget(): void {
    this.#login = '';
  }
}

/** Whether the account may do more than complete or reactivate itself (ACC-1, ID-4). */
export const isUsable = (account: UserAccount | undefined): boolean =>
  account?.etat === 'ACTIF' && account.premiereConnexionTerminee;
