import type { ReasonParams } from '../../domain/validation.js';
import { validateBic, type BicParts, type BicReason } from '../../domain/validators/bic.js';
import { normalizeIban, validateIban, type IbanParts, type IbanReason } from '../../domain/validators/iban.js';
import { validateRib, type RibParts, type RibReason } from '../../domain/validators/rib.js';

/** How the account is entered: an IBAN (any country) or the four fields of a French RIB. */
export type BankDetailsMode = 'iban' | 'rib';

/** The inner fields of the element, each can carry an error. */
export type BankField = 'iban' | 'bank' | 'branch' | 'account' | 'key' | 'bic';

/** The two parts of the bank details, each with its own error line: the account (IBAN or RIB, country) and the BIC. */
export type BankPart = 'account' | 'bic';

/** The part an inner field belongs to. */
export const partOf = (field: BankField): BankPart => (field === 'bic' ? 'bic' : 'account');

/** Why the bank details are refused: a validator's reason, or an empty RIB when one is required. */
export type BankReason = IbanReason | RibReason | BicReason | 'rib-empty';

/** One problem of the bank details, on one inner field. */
export interface BankIssue {
  readonly field: BankField;
  readonly reason: BankReason;
  readonly params?: ReasonParams | undefined;
  /** The `ValidityState` flag the problem raises. */
  readonly flag: keyof ValidityStateFlags;
}

/** What the user entered, as the element holds it. */
export interface BankDetailsInput {
  readonly mode: BankDetailsMode;
  /** The IBAN as typed (separators and lower case allowed). */
  readonly iban: string;
  readonly rib: RibParts;
  readonly bic: string;
  readonly required: boolean;
  readonly bicRequired: boolean;
  readonly allowedCountries?: readonly string[] | undefined;
}

/** The outcome: the IBAN to submit, the problems (the account's first, then the BIC's) and the parsed parts. */
export interface BankDetailsCheck {
  /** Electronic IBAN: as typed without separators in IBAN mode; built from a valid RIB in RIB mode, else ''. */
  readonly value: string;
  readonly issues: readonly BankIssue[];
  readonly parts?: IbanParts;
  readonly bic?: BicParts;
}

export const EMPTY_RIB: RibParts = { codeBanque: '', codeGuichet: '', numeroCompte: '', cleRib: '' };

const RIB_FIELD: Record<RibReason, BankField> = {
  'rib-bank-code-format': 'bank',
  'rib-branch-code-format': 'branch',
  'rib-account-format': 'account',
  'rib-key-format': 'key',
  'rib-bad-key': 'key',
};

/** The validity flag of a reason: missing value, length, shape, or a value that is not a real account. */
function flagOf(reason: BankReason, params?: ReasonParams): keyof ValidityStateFlags {
  if (reason === 'iban-empty' || reason === 'bic-empty' || reason === 'rib-empty') return 'valueMissing';
  if (reason === 'iban-wrong-length')
    return Number(params?.['actual']) < Number(params?.['expected']) ? 'tooShort' : 'tooLong';
  if (/format|characters|length|not-allowed/.test(reason)) return 'patternMismatch';
  return 'typeMismatch';
}

const issue = (field: BankField, reason: BankReason, params?: ReasonParams): BankIssue => ({
  field,
  reason,
  params,
  flag: flagOf(reason, params),
});

/** The four RIB fields of a French IBAN (27 characters), or undefined for any other IBAN. */
export function ribFromIban(iban: string): RibParts | undefined {
  if (!/^FR[0-9]{2}[0-9A-Z]{23}$/.test(iban)) return undefined;
  return {
    codeBanque: iban.slice(4, 9),
    codeGuichet: iban.slice(9, 14),
    numeroCompte: iban.slice(14, 25),
    cleRib: iban.slice(25),
  };
}

/** The four RIB fields from a pasted RIB ("30006 00001 12345678901 89") or FR IBAN, or undefined for anything else. */
export function ribFromText(text: string): RibParts | undefined {
  const compact = normalizeIban(text);
  if (!/^[0-9]{10}[0-9A-Z]{11}[0-9]{2}$/.test(compact)) return ribFromIban(compact);
  return {
    codeBanque: compact.slice(0, 5),
    codeGuichet: compact.slice(5, 10),
    numeroCompte: compact.slice(10, 21),
    cleRib: compact.slice(21),
  };
}

interface AccountCheck {
  value: string;
  issue?: BankIssue;
  parts?: IbanParts;
}

function checkIbanMode(input: BankDetailsInput): AccountCheck {
  const typed = normalizeIban(input.iban);
  if (typed === '') return input.required ? { value: '', issue: issue('iban', 'iban-empty') } : { value: '' };
  const result = validateIban(typed, { allowedCountries: input.allowedCountries });
  if (!result.valid) return { value: typed, issue: issue('iban', result.reason, result.params) };
  return { value: result.value.iban, parts: result.value };
}

function checkRibMode(input: BankDetailsInput): AccountCheck {
  if (Object.values(input.rib).every((part) => part.trim() === '')) {
    return input.required ? { value: '', issue: issue('bank', 'rib-empty') } : { value: '' };
  }
  const rib = validateRib(input.rib);
  if (!rib.valid) return { value: '', issue: issue(RIB_FIELD[rib.reason], rib.reason, rib.params) };
  const iban = validateIban(rib.value.iban, { allowedCountries: input.allowedCountries });
  if (!iban.valid) return { value: '', issue: issue('bank', iban.reason, iban.params) };
  return { value: iban.value.iban, parts: iban.value };
}

/**
 * Checks bank details as the element shows them (BNK-2, BNK-3, BNK-4): the account (IBAN, or RIB
 * with its key, converted to an FR IBAN), then the BIC, whose country must match a valid IBAN's.
 * An empty optional field is no problem. Pure: no DOM, never throws.
 */
export function checkBankDetails(input: BankDetailsInput): BankDetailsCheck {
  const account = input.mode === 'iban' ? checkIbanMode(input) : checkRibMode(input);
  const issues: BankIssue[] = account.issue ? [account.issue] : [];
  const bicText = input.bic.replace(/\s/g, '');
  let bic: BicParts | undefined;
  if (bicText === '') {
    if (input.bicRequired) issues.push(issue('bic', 'bic-empty'));
  } else {
    const result = validateBic(bicText, account.parts ? { ibanCountry: account.parts.countryCode } : {});
    if (result.valid) bic = result.value;
    else issues.push(issue('bic', result.reason, result.params));
  }
  return {
    value: account.value,
    issues,
    ...(account.parts ? { parts: account.parts } : {}),
    ...(bic ? { bic } : {}),
  };
}
