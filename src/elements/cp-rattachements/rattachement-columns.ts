import type { RattachementView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { formatIsoDate } from '../shared/date-text.js';
import { t } from './messages.js';

/** The services of a rattachement as text: their codes, or "Toute la structure". */
export const servicesText = (row: RattachementView, locale: Locale): string =>
  row.niveau === 'SERVICES' ? row.codesServices.join(', ') : t(locale, 'wholeStructure');

/** The validity period as text (X-6 dates), with the RAT-9 remark when it gives no access today. */
export function validityText(row: RattachementView, locale: Locale): string {
  const start = formatIsoDate(row.dateDebut);
  const period = row.dateFin
    ? t(locale, 'fromTo', { start, end: formatIsoDate(row.dateFin) })
    : t(locale, 'from', { start });
  const outside = !row.enVigueur && (row.statutRattachement === 'VALIDEE' || row.statutRattachement === 'DESACTIVEE');
  return outside ? `${period}${t(locale, 'notInForce')}` : period;
}

/** The columns of "Mes rattachements" (RAT-1): status, role and level as words, never colour alone. */
export function rattachementColumns(locale: Locale): DataTableColumn<RattachementView>[] {
  return [
    { key: 'identifiantStructure', label: t(locale, 'identifiant'), sortable: true },
    { key: 'designationStructure', label: t(locale, 'designation'), sortable: true },
    { key: 'services', label: t(locale, 'services'), value: (row) => servicesText(row, locale) },
    { key: 'role', label: t(locale, 'role'), sortable: true, value: (row) => t(locale, row.role) },
    { key: 'niveau', label: t(locale, 'niveau'), sortable: true, value: (row) => t(locale, row.niveau) },
    {
      key: 'validite',
      label: t(locale, 'validite'),
      value: (row) => row.dateDebut,
      render: (row) => validityText(row, locale),
    },
    {
      key: 'statutRattachement',
      label: t(locale, 'statut'),
      sortable: true,
      value: (row) => t(locale, row.statutRattachement),
    },
  ];
}
