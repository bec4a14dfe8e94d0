import { ValidationErrorsBIC, validateBIC as checkBic } from 'ibantools';
import { fail, ok, type Validation } from '../validation.js';
import { FRENCH_OVERSEAS_COUNTRIES } from './french-bank-countries.js';

/** Why a BIC (BNK-3) is refused. */
export const BIC_REASONS = [
  'bic-empty',
  'bic-wrong-length', // params {actual}
  'bic-bad-format',
  'bic-unknown-country', // params {country}
  'bic-country-mismatch', // params {bicCountry, ibanCountry}
] as const;
export type BicReason = (typeof BIC_REASONS)[number];

/** A valid BIC and its parts (ISO 9362). */
export interface BicParts {
  /** Upper case, no spaces. */
  bic: string;
  bankCode: string;
  countryCode: string;
  locationCode: string;
  /** The 3-character branch of an 11-character BIC ("XXX" = head office). */
  branchCode?: string;
}

/** Whether a BIC of `bicCountry` may serve an IBAN of `ibanCountry`: same country, or an FR BIC for a French overseas IBAN. */
const consistentCountries = (bicCountry: string, ibanCountry: string): boolean =>
  bicCountry === ibanCountry || (bicCountry === 'FR' && FRENCH_OVERSEAS_COUNTRIES.includes(ibanCountry));

/**
 * Validates a BIC / SWIFT code (BNK-3): 8 or 11 characters, 4 letters bank, 2 letters of a known
 * country, 2 alphanumerics location, optional 3 alphanumerics branch. With `ibanCountry`, the BIC's
 * country must be the IBAN's (an FR BIC is accepted for the French overseas codes). Never throws.
 */
export function validateBic(raw: string, options: { ibanCountry?: string } = {}): Validation<BicParts, BicReason> {
  const bic = raw.replace(/\s/g, '').toUpperCase();
  if (bic === '') return fail(raw, 'bic-empty');
  if (bic.length !== 8 && bic.length !== 11) return fail(raw, 'bic-wrong-length', { actual: bic.length });
  const errors = checkBic(bic).errorCodes;
  if (errors.includes(ValidationErrorsBIC.NoBICCountry) && /^[A-Z]{2}$/.test(bic.slice(4, 6))) {
    return fail(raw, 'bic-unknown-country', { country: bic.slice(4, 6) });
  }
  if (errors.length > 0) return fail(raw, 'bic-bad-format');
  const countryCode = bic.slice(4, 6);
  const ibanCountry = options.ibanCountry?.toUpperCase();
  if (ibanCountry && !consistentCountries(countryCode, ibanCountry)) {
    return fail(raw, 'bic-country-mismatch', { bicCountry: countryCode, ibanCountry });
  }
  return ok({
    bic,
    bankCode: bic.slice(0, 4),
    countryCode,
    locationCode: bic.slice(6, 8),
    ...(bic.length === 11 ? { branchCode: bic.slice(8) } : {}),
  });
}
