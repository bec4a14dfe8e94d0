import { composeIBAN } from 'ibantools';
import { fail, ok, type Validation } from '../validation.js';

/** Why a French RIB (BNK-4) is refused. */
export const RIB_REASONS = [
  'rib-bank-code-format',
  'rib-branch-code-format',
  'rib-account-format',
  'rib-key-format',
  'rib-bad-key', // params {expected}
] as const;
export type RibReason = (typeof RIB_REASONS)[number];

/** The four fields of a French RIB. */
export interface RibParts {
  codeBanque: string;
  codeGuichet: string;
  numeroCompte: string;
  cleRib: string;
}

const BANK_CODE = /^[0-9]{5}$/;
const BRANCH_CODE = /^[0-9]{5}$/;
const ACCOUNT = /^[A-Z0-9]{11}$/;
const KEY = /^[0-9]{2}$/;

/** Letters of the account number become digits: A,J→1; B,K,S→2; … I,R,Z→9 (BNK-4). */
const ribDigit = (char: string): number => {
  const code = char.charCodeAt(0);
  if (code <= 57) return code - 48;
  const letter = code - 65; // A = 0
  const shifted = letter >= 18 ? letter + 1 : letter; // S is 2, not 1: the table skips one step
  return (shifted % 9) + 1;
};

/** The remainder modulo 97 of a string of digits and letters under the RIB letter table. */
const ribMod97 = (value: string): number =>
  Array.from(value).reduce((remainder, char) => (remainder * 10 + ribDigit(char)) % 97, 0);

/**
 * Computes the two-digit clé RIB of a French bank account (BNK-4):
 * 97 − ((89·banque + 15·guichet + 3·compte) mod 97), letters of the account mapped to digits.
 * Expects the formats of BNK-4 (5 digits, 5 digits, 11 letters or digits, any case); returns an
 * empty string when a part does not have them.
 */
export function computeRibKey(codeBanque: string, codeGuichet: string, numeroCompte: string): string {
  const account = numeroCompte.toUpperCase();
  if (!BANK_CODE.test(codeBanque) || !BRANCH_CODE.test(codeGuichet) || !ACCOUNT.test(account)) return '';
  const sum = 89 * ribMod97(codeBanque) + 15 * ribMod97(codeGuichet) + 3 * ribMod97(account);
  return String(97 - (sum % 97)).padStart(2, '0');
}

const clean = (value: string): string => value.replace(/[\s.]/g, '').toUpperCase();

/**
 * Validates a French RIB (BNK-4): field formats first, then the key. On success the value carries
 * the cleaned fields and the FR IBAN built from them.
 */
export function validateRib(parts: RibParts): Validation<RibParts & { iban: string }, RibReason> {
  const rib: RibParts = {
    codeBanque: clean(parts.codeBanque),
    codeGuichet: clean(parts.codeGuichet),
    numeroCompte: clean(parts.numeroCompte),
    cleRib: clean(parts.cleRib),
  };
  const input = [parts.codeBanque, parts.codeGuichet, parts.numeroCompte, parts.cleRib].join(' ');
  if (!BANK_CODE.test(rib.codeBanque)) return fail(input, 'rib-bank-code-format');
  if (!BRANCH_CODE.test(rib.codeGuichet)) return fail(input, 'rib-branch-code-format');
  if (!ACCOUNT.test(rib.numeroCompte)) return fail(input, 'rib-account-format');
  if (!KEY.test(rib.cleRib)) return fail(input, 'rib-key-format');
  const expected = computeRibKey(rib.codeBanque, rib.codeGuichet, rib.numeroCompte);
  if (rib.cleRib !== expected) return fail(input, 'rib-bad-key', { expected });
  const bban = rib.codeBanque + rib.codeGuichet + rib.numeroCompte + rib.cleRib;
  return ok({ ...rib, iban: composeIBAN({ countryCode: 'FR', bban }) ?? '' });
}

/** Whether a 23-character French BBAN carries a correct RIB key. */
export const isValidFrenchBban = (bban: string): boolean =>
  bban.length === 23 && computeRibKey(bban.slice(0, 5), bban.slice(5, 10), bban.slice(10, 21)) === bban.slice(21);
