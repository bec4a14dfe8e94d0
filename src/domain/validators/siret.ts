import { fail, ok, type Validation } from '../validation.js';
import { isLuhnValid } from './luhn.js';

/** Why a SIREN is refused. */
export const SIREN_REASONS = [
  'siren-empty',
  'siren-not-digits',
  'siren-wrong-length', // params {expected, actual}
  'siren-bad-key',
] as const;
export type SirenReason = (typeof SIREN_REASONS)[number];

/** Why a SIRET (STR-1) is refused; `siren-bad-key` when its first nine digits are not a valid SIREN. */
export const SIRET_REASONS = [
  'siret-empty',
  'siret-not-digits',
  'siret-wrong-length', // params {expected, actual}
  'siret-bad-key',
  'siren-bad-key',
] as const;
export type SiretReason = (typeof SIRET_REASONS)[number];

/** A valid SIRET and its two parts. */
export interface SiretParts {
  siret: string;
  /** The company: first nine digits. */
  siren: string;
  /** The establishment: last five digits. */
  nic: string;
}

const LA_POSTE_SIREN = '356000000';
const LA_POSTE_HEAD_OFFICE = '35600000000048';

/** Input hygiene of INSEE identifiers: spaces (NBSP too) and dots removed. */
const clean = (raw: string): string => raw.replace(/[\s.]/g, '');

/** Digit sum of a string of digits. */
const digitSum = (digits: string): number => Array.from(digits).reduce((sum, digit) => sum + Number(digit), 0);

/**
 * Whether a 14-digit SIRET has a valid key: Luhn, except La Poste's establishments (SIREN
 * 356000000 other than its head office 35600000000048) whose digit sum must be a multiple of 5.
 */
const isSiretKeyValid = (siret: string): boolean =>
  siret.startsWith(LA_POSTE_SIREN) && siret !== LA_POSTE_HEAD_OFFICE ? digitSum(siret) % 5 === 0 : isLuhnValid(siret);

/** Validates a SIREN: 9 digits with a Luhn key. Spaces and dots are accepted. Never throws. */
export function validateSiren(raw: string): Validation<string, SirenReason> {
  const siren = clean(raw);
  if (siren === '') return fail(raw, 'siren-empty');
  if (!/^[0-9]+$/.test(siren)) return fail(raw, 'siren-not-digits');
  if (siren.length !== 9) return fail(raw, 'siren-wrong-length', { expected: 9, actual: siren.length });
  return isLuhnValid(siren) ? ok(siren) : fail(raw, 'siren-bad-key');
}

/**
 * Validates a SIRET (STR-1): 14 digits, a valid SIREN, and a valid key (Luhn, La Poste exception).
 * Spaces and dots are accepted. With `sandbox`, a bad key is accepted with a warning, because the
 * official test data sets carry SIRETs that fail it. Never throws.
 */
export function validateSiret(raw: string, options: { sandbox?: boolean } = {}): Validation<SiretParts, SiretReason> {
  const siret = clean(raw);
  if (siret === '') return fail(raw, 'siret-empty');
  if (!/^[0-9]+$/.test(siret)) return fail(raw, 'siret-not-digits');
  if (siret.length !== 14) return fail(raw, 'siret-wrong-length', { expected: 14, actual: siret.length });
  const parts: SiretParts = { siret, siren: siret.slice(0, 9), nic: siret.slice(9) };
  const keyError: SiretReason | undefined = !isLuhnValid(parts.siren)
    ? 'siren-bad-key'
    : !isSiretKeyValid(siret)
      ? 'siret-bad-key'
      : undefined;
  if (!keyError) return ok(parts);
  return options.sandbox ? ok(parts, { reason: keyError }) : fail(raw, keyError);
}

/** The display format of a SIRET, "732 829 320 00074", from any input, even partial. */
export function formatSiret(raw: string): string {
  const siret = clean(raw);
  const sirenGroups = siret.slice(0, 9).match(/.{1,3}/g) ?? [];
  const nic = siret.slice(9);
  return [...sirenGroups, ...(nic ? [nic] : [])].join(' ');
}
