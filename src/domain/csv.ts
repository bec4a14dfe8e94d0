/** The languages a CSV export is written in: French (`;`, dd/mm/yyyy, Oui/Non) or English (ACC-6). */
export type Locale = 'fr' | 'en';

/** A value a CSV cell can be made from. `null` and `undefined` give an empty cell. */
export type CsvValue = string | number | boolean | Date | null | undefined;

/** One column of a CSV export: its header and how to read its value from a row. */
export interface CsvColumn<Row> {
  /** Header text of the column (already translated). */
  label: string;
  /** Reads the cell value from a row. */
  value: (row: Row) => CsvValue;
  /**
   * `date`: a `yyyy-mm-dd` (or full ISO 8601) string is written as a date of the locale, like a
   * `Date` object is. Other strings are written as they are.
   */
  type?: 'text' | 'date';
}

/** Options of {@link toCsv}. */
export interface CsvOptions {
  /** FR (default): `;` separator, dd/mm/yyyy dates, decimal comma, Oui/Non. EN: `,`, yyyy-mm-dd, `.`, Yes/No. */
  locale?: Locale;
}

const BOM = '\uFEFF';
const CRLF = '\r\n';
const SEPARATOR: Record<Locale, string> = { fr: ';', en: ',' };
const BOOLEAN: Record<Locale, [string, string]> = { fr: ['Oui', 'Non'], en: ['Yes', 'No'] };
/**
 * Leading characters a spreadsheet reads as the start of a formula (OWASP "CSV injection"), also
 * behind spaces, no-break spaces, zero-width characters or a byte order mark, which spreadsheets
 * skip when they read a cell.
 */
const FORMULA_START = /^[\s\u200b-\u200d\u2060\ufeff]*[=+\-@\t\r]/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

const pad = (n: number): string => String(n).padStart(2, '0');

/** Formats a calendar date: dd/mm/yyyy in FR, yyyy-mm-dd (ISO 8601, unambiguous) in EN. */
function formatDate(year: number, month: number, day: number, locale: Locale): string {
  return locale === 'fr' ? `${pad(day)}/${pad(month)}/${year}` : `${year}-${pad(month)}-${pad(day)}`;
}

/** Turns a value into the text of its cell, before quoting. */
function cellText(value: CsvValue, type: CsvColumn<unknown>['type'], locale: Locale): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return '';
    return formatDate(value.getFullYear(), value.getMonth() + 1, value.getDate(), locale);
  }
  if (typeof value === 'boolean') return BOOLEAN[locale][value ? 0 : 1];
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    const text = String(value);
    return locale === 'fr' ? text.replace('.', ',') : text;
  }
  if (type === 'date') {
    const iso = ISO_DATE.exec(value);
    if (iso) return formatDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), locale);
  }
  // X-3: a user string that a spreadsheet would run as a formula is neutralised with a leading '.
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Quotes a cell when it holds the separator, a double quote or a line break (RFC 4180). */
function quote(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Builds a CSV document (X-3) that spreadsheets open correctly in the user's language: UTF-8 byte
 * order mark (so accents survive Excel), `;` separator in FR and `,` in EN, CRLF line ends, RFC 4180
 * quoting, and cells a spreadsheet would run as a formula (starting with = + - @ tab or CR, even
 * behind blank or invisible characters) prefixed with `'`. Numbers are written as numbers (a negative amount stays a number).
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>, options: CsvOptions = {}): string {
  const locale = options.locale ?? 'fr';
  const separator = SEPARATOR[locale];
  const line = (cells: string[]): string => cells.map((cell) => quote(cell, separator)).join(separator);
  const lines = [line(columns.map((column) => cellText(column.label, 'text', locale)))];
  for (const row of rows) {
    lines.push(line(columns.map((column) => cellText(column.value(row), column.type, locale))));
  }
  return BOM + lines.join(CRLF) + CRLF;
}
