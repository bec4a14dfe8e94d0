import * as z from 'zod/mini';
import { CountryCode, optionalText, text } from './common.js';

/**
 * A postal address, with the API's `AdressePostale` field names. `adresse`, `codePostal`, `ville`
 * and `pays` are required, the two compléments and the state or province (newer portal, ACC-8) optional
 * (ACC-2, STR-2).
 */
export const PostalAddress = z.object({
  adresse: text(255),
  complementAdresse1: optionalText(255),
  complementAdresse2: optionalText(255),
  codePostal: z.string().check(z.regex(/^[0-9A-Za-z -]{2,10}$/)),
  ville: text(100),
  etatProvince: optionalText(100),
  pays: CountryCode,
});
export type PostalAddress = z.infer<typeof PostalAddress>;
