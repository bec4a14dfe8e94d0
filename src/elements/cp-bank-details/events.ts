import type { BankDetails, BankDetailsInput } from '../../domain/schemas/index.js';

/** Detail of `cp-before-save`: the write about to be sent (cancelable: the host may veto it). */
export type BankDetailsBeforeSaveDetail =
  | { readonly action: 'create'; readonly idStructureCPP: number; readonly input: BankDetailsInput }
  | { readonly action: 'update'; readonly idStructureCPP: number; readonly idCoordonneeBancaire: number; readonly input: BankDetailsInput; readonly version: number };

/** Detail of `cp-bank-details-saved`: the bank details as the server recorded them. */
export interface BankDetailsSavedDetail {
  readonly action: 'create' | 'update';
  readonly bankDetails: BankDetails;
}

/** The events of cp-bank-details, for typed listeners. */
export interface CpBankDetailsEventMap extends HTMLElementEventMap {
  'cp-before-save': CustomEvent<BankDetailsBeforeSaveDetail>;
  'cp-bank-details-saved': CustomEvent<BankDetailsSavedDetail>;
}

/** Sends a bubbling, composed event of cp-bank-details; returns false when a listener cancelled it. */
export function fire<K extends 'cp-before-save' | 'cp-bank-details-saved'>(
  target: EventTarget,
  type: K,
  detail: CpBankDetailsEventMap[K] extends CustomEvent<infer D> ? D : never,
  cancelable = false,
): boolean {
  return target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }));
}

declare global {
  interface HTMLElementEventMap {
    'cp-bank-details-saved': CustomEvent<BankDetailsSavedDetail>;
  }
}
