/**
 * Countries whose IBAN carries a French BBAN (code banque, code guichet, numéro de compte, clé RIB):
 * France, Monaco and the French overseas codes. Their BBAN is checked with the RIB key (BNK-4).
 */
export const FRENCH_BBAN_COUNTRIES: readonly string[] = [
  'FR',
  'MC',
  'GP',
  'MQ',
  'GF',
  'RE',
  'YT',
  'PM',
  'NC',
  'PF',
  'WF',
  'TF',
  'MF',
  'BL',
];

/**
 * French overseas IBAN country codes: their banks are French and usually have an FR BIC, so an FR
 * BIC is consistent with an IBAN of these codes (BNK-3).
 */
export const FRENCH_OVERSEAS_COUNTRIES: readonly string[] = FRENCH_BBAN_COUNTRIES.filter(
  (code) => code !== 'FR' && code !== 'MC',
);

/** Whether an IBAN of `countryCode` holds a French BBAN with a RIB key. */
export const hasFrenchBban = (countryCode: string): boolean => FRENCH_BBAN_COUNTRIES.includes(countryCode);
