import type { ReactivationRequestResult, UserAccount, UserAccountUpdate } from '../../domain/schemas/index.js';

/** Detail of `cp-before-account-save`: what is about to be sent; `firstConnection` when it completes the account (ACC-1). */
export interface AccountBeforeSaveDetail {
  readonly update: UserAccountUpdate;
  readonly firstConnection: boolean;
}

/** Detail of the events that carry the account as saved by the server. */
export interface AccountDetail {
  readonly account: UserAccount;
}

/** The events of cp-account-form and of its blocks (which bubble through it), with their details. */
export interface CpAccountFormEventMap {
  'cp-before-account-save': CustomEvent<AccountBeforeSaveDetail>;
  'cp-account-saved': CustomEvent<AccountDetail>;
  'cp-first-connection-completed': CustomEvent<AccountDetail>;
  'cp-password-changed': CustomEvent<null>;
  'cp-secret-question-changed': CustomEvent<null>;
  'cp-before-account-deactivate': CustomEvent<null>;
  'cp-account-deactivated': CustomEvent<AccountDetail>;
  'cp-reactivation-requested': CustomEvent<ReactivationRequestResult>;
  'cp-account-reactivated': CustomEvent<AccountDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpAccountFormEventMap {}
}
