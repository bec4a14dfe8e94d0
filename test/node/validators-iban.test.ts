import { describe, expect, it } from 'vitest';
import { formatIban, ibanCountries, normalizeIban, validateIban } from '../../src/domain/index.js';

/** Real-world IBANs (the IBAN registry's examples, the French vectors of research section 2.2). */
const VALID: ReadonlyArray<readonly [string, string]> = [
  ['FR', 'FR7630006000011234567890189'],
  ['FR, letter in the account', 'FR1420041010050500013M02606'],
  ['DE', 'DE89370400440532013000'],
  ['BE', 'BE68539007547034'],
  ['ES', 'ES9121000418450200051332'],
  ['IT', 'IT60X0542811101000000123456'],
  ['GB', 'GB29NWBK60161331926819'],
  ['NL', 'NL91ABNA0417164300'],
  ['CH', 'CH9300762011623852957'],
  ['LU', 'LU280019400644750000'],
  ['PT', 'PT50000201231234567890154'],
  ['MC', 'MC5811222000010123456789030'],
  ['GP (Guadeloupe)', 'GP7312107000101234567890131'],
  ['RE (La Réunion)', 'RE0712107000101234567890131'],
  ['NC (Nouvelle-Calédonie)', 'NC4912107000101234567890131'],
  ['PF (Polynésie française)', 'PF2212107000101234567890131'],
];

describe('validateIban (BNK-2)', () => {
  it.each(VALID)('BNK-2 accepts a valid %s IBAN', (_, iban) => {
    const result = validateIban(iban);
    expect(result).toMatchObject({ valid: true, value: { iban, countryCode: iban.slice(0, 2), bban: iban.slice(4) } });
  });

  it('BNK-2 splits a French IBAN into its RIB fields', () => {
    expect(validateIban('FR1420041010050500013M02606')).toEqual({
      valid: true,
      value: {
        iban: 'FR1420041010050500013M02606',
        countryCode: 'FR',
        checkDigits: '14',
        bban: '20041010050500013M02606',
        bankCode: '20041',
        branchCode: '01005',
        accountNumber: '0500013M026',
        nationalKey: '06',
      },
    });
  });

  it('BNK-2 gives the bank and account of a German IBAN, and no account number outside the BBAN', () => {
    expect(validateIban('DE89370400440532013000')).toMatchObject({
      valid: true,
      value: { bankCode: '37040044', accountNumber: '0532013000' },
    });
    const belgian = validateIban('BE68539007547034');
    expect(belgian.valid && belgian.value.accountNumber).toBeFalsy();
  });

  it.each([
    ['lower case', 'fr7630006000011234567890189'],
    ['groups of four', 'FR76 3000 6000 0112 3456 7890 189'],
    ['dashes and dots', 'FR76-3000-6000.0112-3456-7890-189'],
    ['non-breaking spaces and tabs', 'FR76\u00a03000\u202f6000\t0112 3456 7890 189 '],
  ])('BNK-2 tolerates %s on paste', (_, raw) => {
    expect(validateIban(raw)).toMatchObject({ valid: true, value: { iban: 'FR7630006000011234567890189' } });
  });

  it.each([
    ['', 'iban-empty', undefined],
    ['  - ', 'iban-empty', undefined],
    ['FR76 3000 6000 0112 3456 7890 18*', 'iban-bad-characters', { character: '*' }],
    ['FR76_30006000011234567890189', 'iban-bad-characters', { character: '_' }],
    ['XX7630006000011234567890189', 'iban-unknown-country', { country: 'XX' }],
    ['US640000000000001234', 'iban-unknown-country', { country: 'US' }],
    ['7630006000011234567890189', 'iban-unknown-country', { country: '76' }],
    ['FR763000600001123456789018', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 26 }],
    ['FR76300060000112345678901890', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 28 }],
    ['DE8937040044053201300', 'iban-wrong-length', { country: 'DE', expected: 22, actual: 21 }],
    ['BE685390075470341', 'iban-wrong-length', { country: 'BE', expected: 16, actual: 17 }],
    ['ES912100041845020005133', 'iban-wrong-length', { country: 'ES', expected: 24, actual: 23 }],
    ['GB29NWBK6016133192681', 'iban-wrong-length', { country: 'GB', expected: 22, actual: 21 }],
    ['NL91ABNA041716430', 'iban-wrong-length', { country: 'NL', expected: 18, actual: 17 }],
    ['CH930076201162385295', 'iban-wrong-length', { country: 'CH', expected: 21, actual: 20 }],
    ['GP731210700010123456789013', 'iban-wrong-length', { country: 'GP', expected: 27, actual: 26 }],
    ['FR', 'iban-wrong-length', { country: 'FR', expected: 27, actual: 2 }],
    ['FR76300060000112345678901A9', 'iban-bad-format', { country: 'FR' }],
    ['DE8937040044053201300A', 'iban-bad-format', { country: 'DE' }],
    ['NL9112340417164300', 'iban-bad-format', { country: 'NL' }],
    ['FR7630006000011234567890188', 'iban-bad-rib-key', { country: 'FR' }],
    ['MC5811222000010123456789031', 'iban-bad-rib-key', { country: 'MC' }],
    ['GP7312107000101234567890132', 'iban-bad-rib-key', { country: 'GP' }],
    ['BE68539007547035', 'iban-bad-national-check', { country: 'BE' }],
    ['FRAB30006000011234567890189', 'iban-bad-check-digits', undefined],
    ['FR7730006000011234567890189', 'iban-bad-check-digits', undefined],
    ['DE89370400440532013001', 'iban-bad-check-digits', undefined],
    ['GB29NWBK60161331926818', 'iban-bad-check-digits', undefined],
  ])('BNK-2 refuses %j with %s', (raw, reason, params) => {
    const result = validateIban(raw);
    expect(result).toEqual({ valid: false, reason, input: raw, ...(params ? { params } : {}) });
  });

  it('BNK-2 reports a wrong length before any checksum error', () => {
    // Wrong length AND broken check digits AND broken RIB key: the length is what the user must fix first.
    expect(validateIban('FR0030006000011234567890')).toMatchObject({ reason: 'iban-wrong-length' });
  });

  it('BNK-2 restricts the accepted countries on request', () => {
    const options = { allowedCountries: ['FR', 'gp'] };
    expect(validateIban('FR7630006000011234567890189', options).valid).toBe(true);
    expect(validateIban('GP7312107000101234567890131', options).valid).toBe(true);
    expect(validateIban('DE89370400440532013000', options)).toMatchObject({
      valid: false,
      reason: 'iban-country-not-allowed',
      params: { country: 'DE', allowed: 'FR, GP' },
    });
  });
});

describe('IBAN formats (BNK-2)', () => {
  it('BNK-2 normalises to the electronic format', () => {
    expect(normalizeIban(' fr76 3000-6000.0112\u00a03456 7890 189 ')).toBe('FR7630006000011234567890189');
  });

  it('BNK-2 shows groups of four, even while typing', () => {
    expect(formatIban('fr7630006000011234567890189')).toBe('FR76 3000 6000 0112 3456 7890 189');
    expect(formatIban('FR76-3000-60')).toBe('FR76 3000 60');
    expect(formatIban('')).toBe('');
  });

  it('BNK-2 lists every country of the registry, sorted, with its length', () => {
    const countries = ibanCountries();
    const codes = countries.map((country) => country.code);
    expect(codes).toEqual([...codes].sort());
    expect(countries.length).toBeGreaterThan(80);
    expect(countries.find((country) => country.code === 'FR')).toEqual({ code: 'FR', length: 27, sepa: true });
    expect(countries.find((country) => country.code === 'DE')).toMatchObject({ length: 22, sepa: true });
    for (const code of ['MC', 'GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'NC', 'PF', 'WF', 'TF', 'MF', 'BL']) {
      expect(countries.find((country) => country.code === code)?.length).toBe(27);
    }
    expect(codes).not.toContain('US');
  });
});
