import { describe, expect, it } from 'vitest';
import {
  VALIDATION_REASONS,
  validateBic,
  validateIban,
  validateRib,
  validateSiren,
  validateSiret,
  type ValidationReason,
} from '../../src/domain/index.js';
import { LOCALES } from '../../src/i18n/locale.js';
import { validationMessage } from '../../src/i18n/validation-messages.js';

/** One real input per reason, so each message is checked with the parameters its validator gives. */
const refusals: ReadonlyArray<
  ReturnType<
    typeof validateIban | typeof validateRib | typeof validateBic | typeof validateSiret | typeof validateSiren
  >
> = [
  validateIban(''),
  validateIban('FR76*'),
  validateIban('XX7630006000011234567890189'),
  validateIban('DE89370400440532013000', { allowedCountries: ['FR'] }),
  validateIban('FR763000600001123456789018'),
  validateIban('FR76300060000112345678901A9'),
  validateIban('FR7630006000011234567890188'),
  validateIban('BE68539007547035'),
  validateIban('DE89370400440532013001'),
  validateRib({ codeBanque: '3000', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '89' }),
  validateRib({ codeBanque: '30006', codeGuichet: '0001', numeroCompte: '12345678901', cleRib: '89' }),
  validateRib({ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '1234', cleRib: '89' }),
  validateRib({ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '' }),
  validateRib({ codeBanque: '30006', codeGuichet: '00001', numeroCompte: '12345678901', cleRib: '88' }),
  validateBic(''),
  validateBic('BNPAFR'),
  validateBic('1NPAFRPP'),
  validateBic('BNPAXXPP'),
  validateBic('BNPAFRPP', { ibanCountry: 'DE' }),
  validateSiret(''),
  validateSiret('abc'),
  validateSiret('123'),
  validateSiret('73282932000079'),
  validateSiret('12345678912345'),
  validateSiren(''),
  validateSiren('abc'),
  validateSiren('123'),
];

describe('validation messages', () => {
  it.each(VALIDATION_REASONS)('every reason has a FR and an EN sentence that differ: %s', (reason) => {
    const fr = validationMessage('fr', reason);
    const en = validationMessage('en', reason);
    expect(fr.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(fr).not.toBe(en);
    expect(fr).toMatch(/[.]$/);
    expect(en).toMatch(/[.]$/);
  });

  it('the sample inputs cover every reason', () => {
    const covered = new Set(refusals.map((result) => (result.valid ? undefined : result.reason)));
    expect([...covered].sort()).toEqual([...VALIDATION_REASONS].sort());
  });

  it.each(
    refusals.flatMap((result) =>
      result.valid ? [] : LOCALES.map((locale) => [locale, result.reason, result.params] as const),
    ),
  )('the %s message of %s has every parameter filled', (locale, reason, params) => {
    expect(validationMessage(locale, reason as ValidationReason, params)).not.toMatch(/[{}]/);
  });

  it('BNK-2 tells the country, the expected and the typed length', () => {
    const params = { country: 'FR', expected: 27, actual: 26 };
    expect(validationMessage('fr', 'iban-wrong-length', params)).toBe(
      'Un IBAN du pays France (FR) compte 27 caractères ; vous en avez saisi 26.',
    );
    expect(validationMessage('en', 'iban-wrong-length', params)).toBe(
      'An IBAN from France (FR) has 27 characters; you entered 26.',
    );
    expect(validationMessage('en', 'iban-wrong-length', { country: 'GP', expected: 27, actual: 25 })).toContain(
      'Guadeloupe (GP)',
    );
  });

  it('BNK-3 names both countries of a BIC/IBAN mismatch', () => {
    const params = { bicCountry: 'FR', ibanCountry: 'DE' };
    expect(validationMessage('fr', 'bic-country-mismatch', params)).toContain('France (FR)');
    expect(validationMessage('fr', 'bic-country-mismatch', params)).toContain('Allemagne (DE)');
    expect(validationMessage('en', 'bic-country-mismatch', params)).toContain('Germany (DE)');
  });

  it('BNK-4 gives the expected RIB key', () => {
    expect(validationMessage('fr', 'rib-bad-key', { expected: '89' })).toContain('clé attendue : 89');
    expect(validationMessage('en', 'rib-bad-key', { expected: '89' })).toContain('expected key: 89');
  });

  it('shows an unknown country code as typed', () => {
    expect(validationMessage('en', 'iban-unknown-country', { country: '76' })).toContain('“76”');
  });
});
