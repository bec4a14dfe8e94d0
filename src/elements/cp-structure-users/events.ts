/** What a manager does to a user of the structure (RAT-8, HAB-5, HAB-9). */
export type UserAction =
  'attach' | 'deactivate' | 'reactivate' | 'delete' | 'grant' | 'remove' | 'remove-all' | 'espaces';

/** Detail of `cp-before-user-change` and `cp-user-changed`: the action, its structure and the user concerned. */
export interface UserChangeDetail {
  readonly action: UserAction;
  readonly idStructureCPP: number;
  readonly idUtilisateur?: number;
}

/** The events of cp-structure-users, for typed listeners. */
export interface CpStructureUsersEventMap {
  'cp-before-user-change': CustomEvent<UserChangeDetail>;
  'cp-user-changed': CustomEvent<UserChangeDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpStructureUsersEventMap {}
}
