/**
 * Building blocks shared by every resource schema. The schemas use `zod/mini` (tree-shakable,
 * ~5.6 kB gz in an element bundle instead of ~26 kB for full zod); full zod and mini share the same
 * core, so `z.infer`, `safeParse` and `z.toJSONSchema` work the same on them.
 */
import * as z from 'zod/mini';

/** A positive integer technical id (the API's int64 ids such as `idStructureCPP`). */
export const Id = z.int().check(z.positive());

/** Optimistic-concurrency version of a mutable resource; starts at 1, +1 on each accepted write (ACC-7). */
export const Version = z.int().check(z.positive());

/** An ISO 8601 instant in UTC (`2026-01-31T08:00:00.000Z`), how every time is stored. */
export const Instant = z.iso.datetime();

/** An ISO 8601 calendar date (`2026-01-31`), for validity periods. */
export const IsoDate = z.iso.date();

/** A required, trimmed-by-the-caller text of 1..max characters. */
export const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max));

/** An optional text of at most max characters (empty string allowed: an untouched optional field). */
export const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));

/** An e-mail address (login id, contact address, structure address). */
export const Email = z.email().check(z.maxLength(254));

/**
 * A phone or fax number, E.164-ish (ACC-2): optional leading `+`, 6 to 17 digits, single spaces,
 * dots or dashes between digits allowed (`+33 1 23 45 67 89`, `01.23.45.67.89`).
 */
export const Phone = z.string().check(z.regex(/^\+?[0-9](?:[ .-]?[0-9]){5,16}$/));

/** An ISO 3166-1 alpha-2 country code (`FR`). */
export const CountryCode = z.string().check(z.regex(/^[A-Z]{2}$/));

/** Active / inactive: the one status enum of structures, services and accounts (API's ACTIF/ACTIVE normalised). */
export const ActiveState = z.enum(['ACTIF', 'INACTIF']);
export type ActiveState = z.infer<typeof ActiveState>;

/** A message in both languages of the kit. */
export const Bilingual = z.object({ fr: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

/** Language of the user and of the elements (ACC-6); the API's `codeLangue`. */
export const Language = z.enum(['FR', 'EN']);
export type Language = z.infer<typeof Language>;
