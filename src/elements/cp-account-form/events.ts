import type { ReactivationRequestResult, UserAccount, UserAccountUpdate } from '../../domain/schemas/index.js';

/** Detail of `cp-before-save`: what is about to be sent; `firstConnection` when it completes the account (ACC-1). */
export interface AccountBeforeSaveDetail {
  readonly update: UserAccountUpdate;
  readonly firstConnection: boolean;
}

/** Detail of the events that carry the account as saved by the server. */
export interface AccountDetail {
  readonly account: UserAccount;
}

/** The events of cp-account-form (and of its blocks, which bubble through it), for typed listeners. */
export interface CpAccountFormEventMap extends HTMLElementEventMap {
  'cp-before-save': CustomEvent<AccountBeforeSaveDetail>;
  'cp-save': CustomEvent<AccountDetail>;
  'cp-first-connection-complete': CustomEvent<AccountDetail>;
  'cp-before-deactivate': CustomEvent<Record<string, never>>;
  'cp-deactivate': CustomEvent<AccountDetail>;
  'cp-reactivation-request': CustomEvent<ReactivationRequestResult>;
  'cp-reactivate': CustomEvent<AccountDetail>;
}

/** Sends a bubbling, composed cp-kit event from `target`; returns false when a listener cancelled it. */
export function fire<K extends keyof CpAccountFormEventMap>(
  target: EventTarget,
  type: K,
  detail: CpAccountFormEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-first-connection-complete': CustomEvent<AccountDetail>;
  }
}
