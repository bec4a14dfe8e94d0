import { toCsv, type CsvValue } from '../../src/domain/csv.js';
import type { Bilingual, Page } from '../../src/domain/schemas/index.js';
import type { Locale } from '../../src/i18n/locale.js';
import type { MockEnv } from '../rules/context.js';
import { refuse } from '../rules/errors.js';
import type { HttpRequest, HttpResponse } from './types.js';

/**
 * CSV export of every list route, in one place: a list route declares its columns (`csv` of
 * `defineRoute`), and the same route then answers `?format=csv` or `Accept: text/csv` with the whole
 * filtered and sorted list (not only one page) as a CSV document made by `toCsv` (UTF-8 BOM, `;` in
 * French, formula neutralising). `lang=en` or `Accept-Language: en…` gives English headers, `,` and
 * ISO dates.
 */

/** One exported column: its header in both languages and how to read its value from a row. */
export interface CsvExportColumn<Row> {
  label: Bilingual;
  /** The cell value; `env` lets a column resolve an id into a name, `locale` pick a label. */
  value: (row: Row, context: { env: MockEnv; locale: Locale }) => CsvValue;
  /** `date`: an ISO 8601 string is written as a date of the locale. */
  type?: 'text' | 'date';
}

/** The CSV export of a list route: the file name (without `.csv`) and the columns. */
export interface CsvExport<Row> {
  filename: string;
  columns: readonly CsvExportColumn<Row>[];
}

/** Media type of the CSV answers. */
export const CSV_MEDIA_TYPE = 'text/csv';

/** Whether the request asks for CSV: `format=csv` in the query, or `text/csv` as the first accepted type. */
const asksCsv = (request: HttpRequest): boolean =>
  request.query.get('format') === 'csv' ||
  (request.headers['accept'] ?? '').trim().toLowerCase().startsWith(CSV_MEDIA_TYPE);

/** The language of the export: `lang` in the query, else the first `Accept-Language`, else French. */
const localeOf = (request: HttpRequest): Locale => {
  const asked = (request.query.get('lang') ?? request.headers['accept-language'] ?? 'fr').trim().toLowerCase();
  return asked.startsWith('en') ? 'en' : 'fr';
};

/**
 * The locale of the CSV export a request asks for, or undefined when it asks for JSON. Asking a
 * route that has no CSV export is refused (415).
 */
export function csvLocaleOf(
  route: { method: string; csv?: CsvExport<never> | undefined },
  request: HttpRequest,
): Locale | undefined {
  if (!asksCsv(request)) return undefined;
  if (route.method !== 'GET' || !route.csv) {
    throw refuse('UNSUPPORTED_TYPE', 'X-3', {
      fr: 'Cette liste ne s’exporte pas en CSV.',
      en: 'This list does not export to CSV.',
    });
  }
  return localeOf(request);
}

/** The query of an export: the same filters and sort, every row on one page. */
export const exportQuery = <Q>(query: Q): Q => ({ ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER });

/** The CSV answer of a list page built with the route's columns. */
export function csvResponse(spec: CsvExport<never>, page: Page<unknown>, env: MockEnv, locale: Locale): HttpResponse {
  const columns = spec.columns.map((column) => ({
    label: column.label[locale],
    value: (row: unknown) => column.value(row as never, { env, locale }),
    ...(column.type ? { type: column.type } : {}),
  }));
  return {
    status: 200,
    headers: {
      'content-type': `${CSV_MEDIA_TYPE}; charset=utf-8`,
      'content-disposition': `attachment; filename="${spec.filename}.csv"`,
      'x-content-type-options': 'nosniff',
    },
    raw: toCsv(columns, page.items, { locale }),
  };
}
