import {
  ValidationErrorsIBAN,
  validateIBAN as checkIban,
  countrySpecs,
  electronicFormatIBAN,
  extractIBAN,
  friendlyFormatIBAN,
} from 'ibantools';
import { fail, ok, type Validation } from '../validation.js';
import { hasFrenchBban } from './french-bank-countries.js';
import { isValidFrenchBban } from './rib.js';

/** Why an IBAN (BNK-2) is refused, in the order they are checked. */
export const IBAN_REASONS = [
  'iban-empty',
  'iban-bad-characters', // params {character}
  'iban-unknown-country', // params {country}
  'iban-country-not-allowed', // params {country, allowed}
  'iban-wrong-length', // params {country, expected, actual}
  'iban-bad-format', // params {country}: the BBAN does not have the country's structure
  'iban-bad-rib-key', // French BBAN (FR, MC, overseas): wrong clé RIB
  'iban-bad-national-check', // params {country}: another country's national check digits
  'iban-bad-check-digits', // mod-97 check digits
] as const;
export type IbanReason = (typeof IBAN_REASONS)[number];

/** A valid IBAN and its parts. */
export interface IbanParts {
  /** Electronic format: no separators, upper case. */
  iban: string;
  countryCode: string;
  checkDigits: string;
  bban: string;
  bankCode?: string;
  branchCode?: string;
  accountNumber?: string;
  /** The clé RIB of a French BBAN. */
  nationalKey?: string;
}

/** A country of the IBAN registry. */
export interface IbanCountry {
  code: string;
  /** Length of the whole IBAN. */
  length: number;
  sepa: boolean;
  example?: string;
}

const SEPARATORS = /[\s.\u2010-\u2015]/g;

/** The electronic format of an IBAN: spaces, dashes, dots and NBSP removed, upper case. */
export function normalizeIban(raw: string): string {
  return electronicFormatIBAN(raw.replace(SEPARATORS, '')) ?? '';
}

/** The print format of an IBAN, groups of four ("FR76 3000 6000 …"), from any input, even partial. */
export function formatIban(raw: string): string {
  return friendlyFormatIBAN(normalizeIban(raw)) ?? '';
}

/** Every country of ibantools' IBAN registry, sorted by code. */
export function ibanCountries(): readonly IbanCountry[] {
  return Object.entries(countrySpecs)
    .filter(([, spec]) => spec.chars && spec.bban_regexp)
    .map(([code, spec]) => ({ code, length: spec.chars ?? 0, sepa: spec.SEPA === true }))
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** The parts of a valid IBAN: bank, branch and account as ibantools knows them, RIB fields for French BBANs. */
function ibanParts(iban: string): IbanParts {
  const countryCode = iban.slice(0, 2);
  const bban = iban.slice(4);
  const base = { iban, countryCode, checkDigits: iban.slice(2, 4), bban };
  if (hasFrenchBban(countryCode)) {
    return {
      ...base,
      bankCode: bban.slice(0, 5),
      branchCode: bban.slice(5, 10),
      accountNumber: bban.slice(10, 21),
      nationalKey: bban.slice(21, 23),
    };
  }
  const parts = extractIBAN(iban);
  // ibantools' account ranges overflow the BBAN for a few countries (BE, FI, IT, PL…): keep the
  // account number only when it is a proper part of the BBAN.
  const account = parts.accountNumber;
  const accountInBban = account !== undefined && account.length < bban.length && bban.includes(account);
  return {
    ...base,
    ...(parts.bankIdentifier ? { bankCode: parts.bankIdentifier } : {}),
    ...(parts.branchIdentifier ? { branchCode: parts.branchIdentifier } : {}),
    ...(accountInBban ? { accountNumber: account } : {}),
  };
}

/**
 * Validates an IBAN (BNK-2) on ibantools' registry and reports the first precise reason: bad
 * characters, unknown or not allowed country, wrong length for the country (before any checksum),
 * BBAN structure, national check (clé RIB for FR, MC and the French overseas codes), mod-97.
 * Spaces, dashes, dots and lower case are accepted. Never throws.
 */
export function validateIban(
  raw: string,
  options: { allowedCountries?: readonly string[] } = {},
): Validation<IbanParts, IbanReason> {
  const iban = normalizeIban(raw);
  if (iban === '') return fail(raw, 'iban-empty');
  const badCharacter = /[^A-Z0-9]/.exec(iban);
  if (badCharacter) return fail(raw, 'iban-bad-characters', { character: badCharacter[0] });
  const country = iban.slice(0, 2);
  const spec = countrySpecs[country];
  if (!spec?.chars || !spec.bban_regexp) return fail(raw, 'iban-unknown-country', { country });
  const allowed = options.allowedCountries?.map((code) => code.toUpperCase());
  if (allowed && !allowed.includes(country)) {
    return fail(raw, 'iban-country-not-allowed', { country, allowed: allowed.join(', ') });
  }
  if (iban.length !== spec.chars) {
    return fail(raw, 'iban-wrong-length', { country, expected: spec.chars, actual: iban.length });
  }
  const errors = checkIban(iban).errorCodes;
  if (errors.includes(ValidationErrorsIBAN.ChecksumNotNumber)) return fail(raw, 'iban-bad-check-digits');
  if (errors.includes(ValidationErrorsIBAN.WrongBBANFormat)) return fail(raw, 'iban-bad-format', { country });
  if (hasFrenchBban(country)) {
    if (!isValidFrenchBban(iban.slice(4))) return fail(raw, 'iban-bad-rib-key', { country });
  } else if (errors.includes(ValidationErrorsIBAN.WrongAccountBankBranchChecksum)) {
    return fail(raw, 'iban-bad-national-check', { country });
  }
  if (errors.includes(ValidationErrorsIBAN.WrongIBANChecksum)) return fail(raw, 'iban-bad-check-digits');
  return ok(ibanParts(iban));
}
