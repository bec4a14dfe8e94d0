/** What a manager does to a user of the structure (RAT-8, HAB-5, HAB-9). */
export type UserAction = 'attach' | 'deactivate' | 'reactivate' | 'delete' | 'grant' | 'remove' | 'remove-all' | 'espaces';

/** Detail of `cp-before-user-change` and `cp-user-change`: the action, its structure and the user concerned. */
export interface UserChangeDetail {
  readonly action: UserAction;
  readonly idStructureCPP: number;
  readonly idUtilisateur?: number;
}

/** The events of cp-structure-users, for typed listeners. */
export interface CpStructureUsersEventMap {
  'cp-before-user-change': CustomEvent<UserChangeDetail>;
  'cp-user-change': CustomEvent<UserChangeDetail>;
}

/** Sends a bubbling, composed cp-structure-users event; returns false when a listener cancelled it. */
export function fire<K extends keyof CpStructureUsersEventMap>(target: EventTarget, type: K, detail: UserChangeDetail, cancelable = false): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-before-user-change': CustomEvent<UserChangeDetail>;
    'cp-user-change': CustomEvent<UserChangeDetail>;
  }
}
