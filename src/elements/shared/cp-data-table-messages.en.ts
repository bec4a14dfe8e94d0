import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './cp-data-table.js';

/** The EN catalogue of `shared/cp-data-table.ts`, loaded only when an element renders in English. */
export default {
  results: '{count} results',
  result: '1 result',
  empty: 'No results',
  selected: '{count, plural, one {# row selected} other {# rows selected}}',
  selectRow: 'Select row {index}',
  selectAll: 'Select all rows',
  actions: 'Actions',
  export: 'Export as CSV',
  pagination: 'Pagination',
  previous: 'Previous page',
  next: 'Next page',
  page: 'Page {page}',
  yes: 'Yes',
  no: 'No',
  loadingRows: 'Loading the list: {loaded} rows of {total}',
  exportPending: 'CSV export when loading ends…',
} satisfies Catalog<MessageKey>;
