import type { Locale } from '../../i18n/locale.js';

/** ISO 3166-1 alpha-2 codes of the countries and territories (addresses' `pays`). */
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
  'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
  'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
  'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
  'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

/** A country of a list: its ISO code and its name in the page's language. */
export interface Country {
  readonly code: string;
  readonly name: string;
}

const cache = new Map<Locale, readonly Country[]>();

/** Every country by its name in `locale` (from `Intl.DisplayNames`), France first, then in alphabetical order. */
export function countries(locale: Locale): readonly Country[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' });
  const collator = new Intl.Collator(locale);
  const list = CODES.split(' ')
    .map((code) => ({ code, name: names.of(code) ?? code }))
    .sort((a, b) => Number(b.code === 'FR') - Number(a.code === 'FR') || collator.compare(a.name, b.name));
  cache.set(locale, list);
  return list;
}

/** The name of a country in `locale`, its code when unknown. */
export const countryName = (code: string, locale: Locale): string =>
  countries(locale).find((country) => country.code === code)?.name ?? code;
