/**
 * Dates as people type them (dd/mm/yyyy) and as the kit stores them (ISO 8601 calendar dates,
 * yyyy-mm-dd), X-6. Pure functions, no time zone involved: a calendar date is never a `Date` here.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[/.\-\s](\d{1,2})[/.\-\s](\d{4})$/;
const DIGITS = /^(\d{2})(\d{2})(\d{4})$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whether year-month-day is a real calendar date (29 February only in leap years). */
function isCalendarDate(year: number, month: number, day: number): boolean {
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** Whether `text` is a valid ISO 8601 calendar date `yyyy-mm-dd`. */
export function isIsoDate(text: string): boolean {
  const match = ISO.exec(text);
  return match !== null && isCalendarDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * Reads a date typed day first: `31/01/2025`, `1/2/2025`, `31.01.2025`, `31-01-2025`, `31 01 2025`
 * or `31012025`; a pasted ISO `2025-01-31` is accepted too. Returns the ISO date, or undefined when
 * the text is not a real date (31/02/2025, 2 digits for the year…).
 */
export function parseDateText(text: string): string | undefined {
  const trimmed = text.trim();
  if (isIsoDate(trimmed)) return trimmed;
  const match = DAY_FIRST.exec(trimmed) ?? DIGITS.exec(trimmed);
  if (!match) return undefined;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isCalendarDate(year, month, day) ? `${pad(year, 4)}-${pad(month)}-${pad(day)}` : undefined;
}

/** Writes an ISO date as dd/mm/yyyy (FR, and the en-GB order the kit uses in EN); '' when not a valid ISO date. */
export function formatIsoDate(iso: string): string {
  if (!isIsoDate(iso)) return '';
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/** Chorus Pro's calendar: an instant belongs to the day it is in metropolitan France. */
const PARIS_DAY = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
});

/**
 * Writes an ISO instant (`2026-03-02T23:30:00Z`) as the dd/mm/yyyy day it is in Paris, the portal's
 * time zone (03/03/2026 here), whatever the browser's zone; a calendar date is written as it is.
 * '' when the text is neither.
 */
export function formatInstantDate(instant: string): string {
  if (isIsoDate(instant)) return formatIsoDate(instant);
  const time = Date.parse(instant);
  return instant[10] === 'T' && isIsoDate(instant.slice(0, 10)) && !Number.isNaN(time) ? PARIS_DAY.format(time) : '';
}
