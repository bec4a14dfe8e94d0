import type { ReasonParams } from '../domain/validation.js';
import type { BicReason } from '../domain/validators/bic.js';
import type { IbanReason } from '../domain/validators/iban.js';
import type { RibReason } from '../domain/validators/rib.js';
import { defineMessages, type Catalog } from './catalog.js';
import type { Locale } from './locale.js';

/** The reasons of the bank details validators (IBAN, RIB, BIC). */
export type BankValidationReason = IbanReason | RibReason | BicReason;

/**
 * FR messages of the bank details validators: full sentences a user understands. Parameters:
 * `{country}` and friends are ISO codes; `{countryName}` (and `{bicCountryName}`, `{ibanCountryName}`)
 * are their names in the message's language, added by `withCountryNames`. The EN ones, with the same
 * keys, are `validation-messages-bank.en.ts`, loaded on demand.
 */
export const bankMessagesFr: Catalog<BankValidationReason> = {
  'iban-empty': 'Saisissez un IBAN.',
  'iban-bad-characters': 'Un IBAN ne contient que des lettres et des chiffres ; retirez le caractère « {character} ».',
  'iban-unknown-country': "Un IBAN commence par le code d'un pays qui utilise l'IBAN ; « {country} » n'en est pas un.",
  'iban-country-not-allowed':
    'Les IBAN du pays {countryName} ({country}) ne sont pas acceptés ici ; pays acceptés : {allowed}.',
  'iban-wrong-length':
    'Un IBAN du pays {countryName} ({country}) compte {expected} caractères ; vous en avez saisi {actual}.',
  'iban-bad-format':
    "Cet IBAN n'a pas la forme d'un IBAN du pays {countryName} ({country}) : vérifiez les lettres et les chiffres après les quatre premiers caractères.",
  'iban-bad-rib-key':
    "La clé RIB (les deux derniers chiffres) ne correspond pas au reste de l'IBAN : vérifiez votre saisie.",
  'iban-bad-national-check':
    'Les chiffres de contrôle nationaux de cet IBAN du pays {countryName} ({country}) sont faux : vérifiez votre saisie.',
  'iban-bad-check-digits':
    "Les chiffres de contrôle de l'IBAN (3e et 4e caractères) ne correspondent pas au reste : une faute de frappe s'est sans doute glissée.",
  'rib-bank-code-format': 'Le code banque se compose de 5 chiffres.',
  'rib-branch-code-format': 'Le code guichet se compose de 5 chiffres.',
  'rib-account-format': 'Le numéro de compte se compose de 11 chiffres ou lettres.',
  'rib-key-format': 'La clé RIB se compose de 2 chiffres.',
  'rib-bad-key':
    'La clé RIB ne correspond pas au code banque, au code guichet et au numéro de compte (clé attendue : {expected}) : vérifiez votre saisie.',
  'bic-empty': 'Saisissez un BIC.',
  'bic-wrong-length': 'Un BIC compte 8 ou 11 caractères ; vous en avez saisi {actual}.',
  'bic-bad-format':
    'Un BIC se compose de 4 lettres (banque), 2 lettres (pays), 2 lettres ou chiffres (lieu) et, parfois, 3 lettres ou chiffres (agence).',
  'bic-unknown-country':
    "Les 5e et 6e caractères d'un BIC désignent un pays ; « {country} » n'est pas un code pays connu.",
  'bic-country-mismatch':
    "Ce BIC est celui d'une banque du pays {bicCountryName} ({bicCountry}), mais l'IBAN est du pays {ibanCountryName} ({ibanCountry}) : vérifiez l'un ou l'autre.",
};

const translate = defineMessages(bankMessagesFr, () => import('./validation-messages-bank.en.js'));

/** The name of a country in `locale` ("Guadeloupe", "Germany"), or the code itself when unknown. */
function countryName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Adds `{key}Name` for every country code parameter (`country`, `bicCountry`, `ibanCountry`). */
export function withCountryNames(locale: Locale, params: ReasonParams): Record<string, string | number> {
  const named: Record<string, string | number> = { ...params };
  for (const [key, value] of Object.entries(params)) {
    if (/country$/i.test(key) && typeof value === 'string') named[`${key}Name`] = countryName(locale, value);
  }
  return named;
}

/**
 * The message of a bank details reason in `locale`, its parameters filled in, e.g.
 * `bankValidationMessage('fr', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 26 })` →
 * « Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26. »
 * Elements that handle bank details import this module alone, not the identifiers' messages. EN
 * messages come once the EN catalogues are loaded (`ensureLocale('en')`, which elements await).
 */
export function bankValidationMessage(locale: Locale, reason: BankValidationReason, params: ReasonParams = {}): string {
  return translate(locale, reason, withCountryNames(locale, params));
}
