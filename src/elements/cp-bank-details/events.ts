import type { BankDetails, BankDetailsInput } from '../../domain/schemas/index.js';

/** Detail of `cp-before-bank-details-save`: the write about to be sent (cancelable: the host may veto it). */
export type BankDetailsBeforeSaveDetail =
  | { readonly action: 'create'; readonly idStructureCPP: number; readonly input: BankDetailsInput }
  | {
      readonly action: 'update';
      readonly idStructureCPP: number;
      readonly idCoordonneeBancaire: number;
      readonly input: BankDetailsInput;
      readonly version: number;
    };

/** Detail of `cp-bank-details-saved`: the bank details as the server recorded them. */
export interface BankDetailsSavedDetail {
  readonly action: 'create' | 'update';
  readonly bankDetails: BankDetails;
}

/** The events of cp-bank-details, for typed listeners. */
export interface CpBankDetailsEventMap {
  'cp-before-bank-details-save': CustomEvent<BankDetailsBeforeSaveDetail>;
  'cp-bank-details-saved': CustomEvent<BankDetailsSavedDetail>;
}

declare global {
  interface HTMLElementEventMap extends CpBankDetailsEventMap {}
}
