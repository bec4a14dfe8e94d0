import { describe, expect, it } from 'vitest';
import { validateBic } from '../../src/domain/index.js';

describe('validateBic (BNK-3)', () => {
  it.each([
    ['BNPAFRPP', { bic: 'BNPAFRPP', bankCode: 'BNPA', countryCode: 'FR', locationCode: 'PP' }],
    ['BNPAFRPPXXX', { bic: 'BNPAFRPPXXX', bankCode: 'BNPA', countryCode: 'FR', locationCode: 'PP', branchCode: 'XXX' }],
    ['DEUTDEFF500', { bic: 'DEUTDEFF500', bankCode: 'DEUT', countryCode: 'DE', locationCode: 'FF', branchCode: '500' }],
    [
      'deut de ff 500',
      { bic: 'DEUTDEFF500', bankCode: 'DEUT', countryCode: 'DE', locationCode: 'FF', branchCode: '500' },
    ],
    ['AGRIFRPP882', { bic: 'AGRIFRPP882', bankCode: 'AGRI', countryCode: 'FR', locationCode: 'PP', branchCode: '882' }],
    ['NWBKGB2L', { bic: 'NWBKGB2L', bankCode: 'NWBK', countryCode: 'GB', locationCode: '2L' }],
  ])('BNK-3 accepts %s (8 or 11 characters) and splits it', (raw, value) => {
    expect(validateBic(raw)).toEqual({ valid: true, value });
  });

  it.each([
    ['', 'bic-empty', undefined],
    ['   ', 'bic-empty', undefined],
    ['BNPAFRP', 'bic-wrong-length', { actual: 7 }],
    ['BNPAFRPPXX', 'bic-wrong-length', { actual: 10 }],
    ['BNPAFRPPXXXX', 'bic-wrong-length', { actual: 12 }],
    ['BNPAXXPP', 'bic-unknown-country', { country: 'XX' }],
    ['BNPAQQPPXXX', 'bic-unknown-country', { country: 'QQ' }],
    ['BNPA1RPP', 'bic-bad-format', undefined],
    ['1NPAFRPP', 'bic-bad-format', undefined],
    ['BNPAFRP-', 'bic-bad-format', undefined],
    ['BNPAFRPP_XX', 'bic-bad-format', undefined],
  ])('BNK-3 refuses %j with %s', (raw, reason, params) => {
    expect(validateBic(raw)).toEqual({ valid: false, reason, input: raw, ...(params ? { params } : {}) });
  });

  it('BNK-3 accepts a BIC of the IBAN country', () => {
    expect(validateBic('BNPAFRPP', { ibanCountry: 'FR' }).valid).toBe(true);
    expect(validateBic('DEUTDEFF500', { ibanCountry: 'de' }).valid).toBe(true);
  });

  it('BNK-3 refuses a BIC whose country is not the IBAN country', () => {
    expect(validateBic('BNPAFRPP', { ibanCountry: 'DE' })).toEqual({
      valid: false,
      reason: 'bic-country-mismatch',
      params: { bicCountry: 'FR', ibanCountry: 'DE' },
      input: 'BNPAFRPP',
    });
    expect(validateBic('DEUTDEFF500', { ibanCountry: 'FR' })).toMatchObject({ reason: 'bic-country-mismatch' });
  });

  it.each(['GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'NC', 'PF', 'WF', 'TF', 'MF', 'BL'])(
    'BNK-3 accepts an FR BIC with an IBAN of the French overseas code %s',
    (ibanCountry) => {
      expect(validateBic('BNPAFRPP', { ibanCountry }).valid).toBe(true);
    },
  );

  it('BNK-3 does not accept an FR BIC for a Monaco IBAN (Monaco banks have MC BICs)', () => {
    expect(validateBic('BNPAFRPP', { ibanCountry: 'MC' })).toMatchObject({ reason: 'bic-country-mismatch' });
    expect(validateBic('BNPAMCM1', { ibanCountry: 'MC' }).valid).toBe(true);
  });

  it('BNK-3 does not accept an overseas BIC for a mainland FR IBAN', () => {
    expect(validateBic('BDAFGPGP', { ibanCountry: 'FR' })).toMatchObject({ reason: 'bic-country-mismatch' });
  });
});
