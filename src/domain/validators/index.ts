/** Validators of bank details (IBAN, RIB, BIC) and INSEE identifiers (SIREN, SIRET). */
import type { BicReason } from './bic.js';
import { BIC_REASONS } from './bic.js';
import type { IbanReason } from './iban.js';
import { IBAN_REASONS } from './iban.js';
import type { RibReason } from './rib.js';
import { RIB_REASONS } from './rib.js';
import type { SirenReason, SiretReason } from './siret.js';
import { SIREN_REASONS, SIRET_REASONS } from './siret.js';

export * from './bic.js';
export * from './french-bank-countries.js';
export * from './iban.js';
export * from './password.js';
export * from './rib.js';
export * from './siret.js';

/** Every reason a validator of cp-kit can give; each has a FR and an EN message. */
export type ValidationReason = IbanReason | RibReason | BicReason | SiretReason | SirenReason;

/** Every validation reason, once each. */
export const VALIDATION_REASONS: readonly ValidationReason[] = [
  ...new Set<ValidationReason>([...IBAN_REASONS, ...RIB_REASONS, ...BIC_REASONS, ...SIRET_REASONS, ...SIREN_REASONS]),
];
