import { describe, expect, it } from 'vitest';
import { formatInstantDate, formatIsoDate, isIsoDate, parseDateText } from '../../src/elements/shared/date-text.js';

describe('date text (X-6: dates typed dd/mm/yyyy, stored as ISO 8601)', () => {
  it.each([
    ['31/01/2025', '2025-01-31'],
    ['1/2/2025', '2025-02-01'],
    ['01.02.2025', '2025-02-01'],
    ['01-02-2025', '2025-02-01'],
    [' 01 02 2025 ', '2025-02-01'],
    ['01022025', '2025-02-01'],
    ['2025-02-01', '2025-02-01'],
    ['29/02/2024', '2024-02-29'],
  ])('X-6 reads %j as %s', (text, iso) => {
    expect(parseDateText(text)).toBe(iso);
  });

  it.each(['31/02/2025', '29/02/2025', '29/02/1900', '00/01/2025', '12/13/2025', '1/2/25', '2025-02-30', 'demain', ''])(
    'X-6 rejects %j, which is not a real day-first date',
    (text) => {
      expect(parseDateText(text)).toBeUndefined();
    },
  );

  it('X-6 writes ISO dates as dd/mm/yyyy and refuses what is not an ISO calendar date', () => {
    expect(formatIsoDate('2000-02-29')).toBe('29/02/2000');
    expect(formatIsoDate('2025-02-29')).toBe('');
    expect(formatIsoDate('31/01/2025')).toBe('');
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('2025-12-31T10:00')).toBe(false);
  });

  it("X-6: an instant shows as the day it is in Paris, winter and summer time, whatever the machine's zone", () => {
    expect(formatInstantDate('2026-03-02T23:30:00.000Z')).toBe('03/03/2026');
    expect(formatInstantDate('2026-03-02T22:59:59Z')).toBe('02/03/2026');
    expect(formatInstantDate('2026-07-01T22:30:00Z')).toBe('02/07/2026');
    expect(formatInstantDate('2026-07-01T21:30:00Z')).toBe('01/07/2026');
    expect(formatInstantDate('2026-12-31')).toBe('31/12/2026');
    expect(formatInstantDate('hier')).toBe('');
    expect(formatInstantDate('2026-02-30T10:00:00Z')).toBe('');
  });
});
