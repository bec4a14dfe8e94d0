import { describe, expect, it } from 'vitest';
import { formatSiret, validateSiren, validateSiret } from '../../src/domain/index.js';

describe('validateSiret (STR-1)', () => {
  it.each([
    ['73282932000074', '732829320', '00074'],
    ['21750001600019', '217500016', '00019'],
    ['35600000049837', '356000000', '49837'],
    ['35600000000048', '356000000', '00048'],
  ])('STR-1 accepts the SIRET %s', (siret, siren, nic) => {
    expect(validateSiret(siret)).toEqual({ valid: true, value: { siret, siren, nic } });
  });

  it('STR-1 La Poste exception: an establishment of SIREN 356000000 needs a digit sum multiple of 5, not Luhn', () => {
    // 35600000049837: digit sum 45, fails Luhn; 35600000049838 passes neither rule.
    expect(validateSiret('35600000049837').valid).toBe(true);
    expect(validateSiret('35600000049838')).toMatchObject({ valid: false, reason: 'siret-bad-key' });
    // The head office keeps the Luhn rule.
    expect(validateSiret('35600000000048').valid).toBe(true);
  });

  it.each([['732 829 320 00074'], ['732.829.320.00074'], ['732\u00a0829\u00a0320\u00a000074'], [' 73282932000074 ']])(
    'STR-1 strips spaces and dots from %j',
    (raw) => {
      expect(validateSiret(raw)).toMatchObject({ valid: true, value: { siret: '73282932000074' } });
    },
  );

  it.each([
    ['', 'siret-empty', undefined],
    [' . ', 'siret-empty', undefined],
    ['7328293200007A', 'siret-not-digits', undefined],
    ['732-829-320-00074', 'siret-not-digits', undefined],
    ['7328293200007', 'siret-wrong-length', { expected: 14, actual: 13 }],
    ['732829320000740', 'siret-wrong-length', { expected: 14, actual: 15 }],
    ['73282932000079', 'siret-bad-key', undefined],
    ['12345678912345', 'siren-bad-key', undefined],
  ])('STR-1 refuses %j with %s', (raw, reason, params) => {
    expect(validateSiret(raw)).toEqual({ valid: false, reason, input: raw, ...(params ? { params } : {}) });
  });

  it('STR-1 sandbox: a bad key is accepted with a warning', () => {
    expect(validateSiret('73282932000079', { sandbox: true })).toEqual({
      valid: true,
      value: { siret: '73282932000079', siren: '732829320', nic: '00079' },
      warning: { reason: 'siret-bad-key' },
    });
    expect(validateSiret('12345678912345', { sandbox: true })).toMatchObject({
      valid: true,
      warning: { reason: 'siren-bad-key' },
    });
    expect(validateSiret('73282932000074', { sandbox: true })).not.toHaveProperty('warning');
  });

  it('STR-1 sandbox still refuses what is not a SIRET at all', () => {
    expect(validateSiret('7328293200007', { sandbox: true })).toMatchObject({
      valid: false,
      reason: 'siret-wrong-length',
    });
    expect(validateSiret('abc', { sandbox: true })).toMatchObject({ valid: false, reason: 'siret-not-digits' });
  });

  it('STR-1 shows a SIRET as "732 829 320 00074", even while typing', () => {
    expect(formatSiret('73282932000074')).toBe('732 829 320 00074');
    expect(formatSiret('732.829.32000074')).toBe('732 829 320 00074');
    expect(formatSiret('7328293')).toBe('732 829 3');
    expect(formatSiret('')).toBe('');
  });
});

describe('validateSiren (STR-1)', () => {
  it.each(['732829320', '356000000', '217500016', '732 829 320'])('STR-1 accepts the SIREN %j', (raw) => {
    expect(validateSiren(raw)).toEqual({ valid: true, value: raw.replace(/ /g, '') });
  });

  it.each([
    ['', 'siren-empty', undefined],
    ['73282932A', 'siren-not-digits', undefined],
    ['73282932', 'siren-wrong-length', { expected: 9, actual: 8 }],
    ['123456789', 'siren-bad-key', undefined],
    ['732829321', 'siren-bad-key', undefined],
  ])('STR-1 refuses the SIREN %j with %s', (raw, reason, params) => {
    expect(validateSiren(raw)).toEqual({ valid: false, reason, input: raw, ...(params ? { params } : {}) });
  });
});
