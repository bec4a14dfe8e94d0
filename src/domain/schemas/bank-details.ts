import * as z from 'zod/mini';
import { validateBic } from '../validators/bic.js';
import { validateIban } from '../validators/iban.js';
import { computeRibKey } from '../validators/rib.js';
import { CountryCode, Id, Instant, Version, text } from './common.js';
import { IdentifierType } from './structure.js';

/**
 * An IBAN in electronic format (BNK-2): ISO 13616 structure of its country, national key, mod-97 = 1.
 * The checks are the domain validators' (`validateIban`, `validateBic`, `computeRibKey`); the element
 * shows their precise reasons, the schema only says valid or not.
 */
export const Iban = z.string().check(
  z.regex(/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/),
  z.refine((v) => validateIban(v).valid, { message: 'iban_invalid' }),
);

/** A BIC / SWIFT code (BNK-3): ISO 9362, 8 or 11 characters. */
export const Bic = z.string().check(
  z.regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/),
  z.refine((v) => validateBic(v).valid, { message: 'bic_invalid' }),
);

/** A French RIB (BNK-4): banque 5 digits, guichet 5 digits, compte 11 alphanumerics, clé 2 digits. */
export const Rib = z
  .object({
    codeBanque: z.string().check(z.regex(/^\d{5}$/)),
    codeGuichet: z.string().check(z.regex(/^\d{5}$/)),
    numeroCompte: z.string().check(z.regex(/^[0-9A-Z]{11}$/)),
    cleRib: z.string().check(z.regex(/^\d{2}$/)),
  })
  .check(
    z.refine((r) => computeRibKey(r.codeBanque, r.codeGuichet, r.numeroCompte) === r.cleRib, {
      message: 'rib_key_invalid',
      path: ['cleRib'],
    }),
  );
export type Rib = z.infer<typeof Rib>;

/** The factor (affactureur) paid instead of the structure (BNK-1). */
export const Factor = z.object({
  raisonSociale: text(255),
  pays: CountryCode,
  identifiant: text(80),
  typeIdentifiant: IdentifierType,
});
export type Factor = z.infer<typeof Factor>;

const bankFields = {
  nomCoordonneeBancaire: text(100),
  idStructureCPP: Id,
  type: z.enum(['IBAN', 'RIB']),
  pays: CountryCode,
  iban: z.optional(Iban),
  bic: z.optional(Bic),
  rib: z.optional(Rib),
  pieceJointeId: Id,
  affactureur: z.boolean(),
  factor: z.optional(Factor),
};

type BankShape = {
  type: 'IBAN' | 'RIB';
  iban?: string | undefined;
  bic?: string | undefined;
  rib?: Rib | undefined;
  affactureur: boolean;
  factor?: Factor | undefined;
};
const bankConsistency = [
  z.refine<BankShape>((b) => b.type !== 'IBAN' || b.iban !== undefined, { message: 'iban_required', path: ['iban'] }),
  z.refine<BankShape>((b) => b.type !== 'RIB' || b.rib !== undefined, { message: 'rib_required', path: ['rib'] }),
  z.refine<BankShape>((b) => !b.affactureur || b.factor !== undefined, {
    message: 'factor_required',
    path: ['factor'],
  }),
  z.refine<BankShape>((b) => !b.iban || !b.bic || validateBic(b.bic, { ibanCountry: b.iban.slice(0, 2) }).valid, {
    message: 'bic_country_mismatch',
    path: ['bic'],
  }),
] as const;

/**
 * Coordonnées bancaires of a structure (BNK-1..5): IBAN (with BIC) or RIB, the RIB file attached
 * (`pieceJointeId`, required), and the factor when `affactureur` is set.
 */
export const BankDetails = z
  .object({ idCoordonneeBancaire: Id, ...bankFields, dateModification: Instant, version: Version })
  .check(...bankConsistency);
export type BankDetails = z.infer<typeof BankDetails>;

/** Creating bank details (BNK-1). */
export const BankDetailsCreate = z.object(bankFields).check(...bankConsistency);
export type BankDetailsCreate = z.infer<typeof BankDetailsCreate>;

/**
 * Bank details as a manager enters them (BNK-1..4): the account as typed (spaces and lower case
 * tolerated, BNK-2), checked by the engine with the domain validators so that a refusal names the
 * precise reason of each field; the structure is the one of the path.
 */
export const BankDetailsInput = z.object({
  nomCoordonneeBancaire: text(100),
  type: z.enum(['IBAN', 'RIB']),
  pays: CountryCode,
  iban: z.optional(z.string().check(z.maxLength(64))),
  bic: z.optional(z.string().check(z.maxLength(20))),
  rib: z.optional(
    z.object({
      codeBanque: z.string().check(z.maxLength(16)),
      codeGuichet: z.string().check(z.maxLength(16)),
      numeroCompte: z.string().check(z.maxLength(24)),
      cleRib: z.string().check(z.maxLength(8)),
    }),
  ),
  pieceJointeId: Id,
  affactureur: z.boolean(),
  factor: z.optional(Factor),
});
export type BankDetailsInput = z.infer<typeof BankDetailsInput>;

/** Modifying bank details (BNK-5): the same fields, based on a version. */
export const BankDetailsUpdate = z.extend(BankDetailsInput, { version: Version });
export type BankDetailsUpdate = z.infer<typeof BankDetailsUpdate>;
