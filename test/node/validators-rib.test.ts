import { describe, expect, it } from 'vitest';
import { computeRibKey, validateIban, validateRib } from '../../src/domain/index.js';

describe('computeRibKey (BNK-4)', () => {
  it.each([
    ['30006', '00001', '12345678901', '89'],
    ['20041', '01005', '0500013M026', '06'],
    ['20041', '01005', '0500013m026', '06'],
    ['11222', '00001', '01234567890', '30'],
    ['12107', '00010', '12345678901', '31'],
  ])('BNK-4 computes the key of (%s, %s, %s) as %s', (bank, branch, account, key) => {
    expect(computeRibKey(bank, branch, account)).toBe(key);
  });

  it('BNK-4 maps letters of the account with the RIB table (A,J→1; B,K,S→2 … I,R,Z→9)', () => {
    // Each letter gives the same key as its digit.
    const pairs: ReadonlyArray<readonly [string, string]> = [
      ['A', '1'],
      ['J', '1'],
      ['B', '2'],
      ['K', '2'],
      ['S', '2'],
      ['I', '9'],
      ['R', '9'],
      ['Z', '9'],
      ['M', '4'],
      ['T', '3'],
    ];
    for (const [letter, digit] of pairs) {
      expect(computeRibKey('30006', '00001', `1234567890${letter}`)).toBe(
        computeRibKey('30006', '00001', `1234567890${digit}`),
      );
    }
  });

  it('BNK-4 gives no key for malformed parts', () => {
    expect(computeRibKey('3000', '00001', '12345678901')).toBe('');
    expect(computeRibKey('30006', '0000A', '12345678901')).toBe('');
    expect(computeRibKey('30006', '00001', '1234567890')).toBe('');
  });
});

describe('validateRib (BNK-4)', () => {
  it('BNK-4 accepts a valid RIB and builds its FR IBAN', () => {
    expect(
      validateRib({ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' }),
    ).toEqual({
      valid: true,
      value: {
        codeBanque: '30006',
        codeGuichet: '00001',
        numeroCompte: '12345678901',
        cleRib: '89',
        iban: 'FR7630006000011234567890189',
      },
    });
  });

  it('BNK-4 accepts letters in lower case and spaces, and its IBAN passes BNK-2', () => {
    const result = validateRib({
      codeBanque: ' 20041',
      codeGuichet: '01005 ',
      numeroCompte: '0500013 m026',
      cleRib: '06',
    });
    expect(result).toMatchObject({
      valid: true,
      value: { numeroCompte: '0500013M026', iban: 'FR1420041010050500013M02606' },
    });
    expect(result.valid && validateIban(result.value.iban).valid).toBe(true);
  });

  it.each([
    [{ codeBanque: '3000', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' }, 'rib-bank-code-format'],
    [{ codeBanque: '3000A', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' }, 'rib-bank-code-format'],
    [
      { codeBanque: '30006', codeGuichet: '000012', numeroCompte: '12345678901', cleRib: '89' },
      'rib-branch-code-format',
    ],
    [{ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '1234567890', cleRib: '89' }, 'rib-account-format'],
    [{ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '1234567890-', cleRib: '89' }, 'rib-account-format'],
    [{ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '8' }, 'rib-key-format'],
    [{ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '8A' }, 'rib-key-format'],
  ])('BNK-4 refuses %j with %s', (parts, reason) => {
    expect(validateRib(parts)).toMatchObject({ valid: false, reason });
  });

  it('BNK-4 refuses a wrong key and tells the expected one', () => {
    expect(
      validateRib({ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '88' }),
    ).toEqual({
      valid: false,
      reason: 'rib-bad-key',
      params: { expected: '89' },
      input: '30006 00001 12345678901 88',
    });
  });
});
