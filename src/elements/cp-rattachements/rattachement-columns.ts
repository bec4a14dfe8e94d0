import type { RattachementView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { formatIsoDate } from '../shared/date-text.js';
import { t } from './messages.js';

/** One service of a rattachement (its position in `idServices`) as the portal shows it: code – libellé. */
export function serviceText(row: RattachementView, index: number): string {
  const code = row.codesServices[index] ?? String(row.idServices[index]);
  const libelle = row.libellesServices[index];
  return libelle ? `${code} – ${libelle}` : code;
}

/** The services of a rattachement as text: code and libellé of each (RAT-1), or "Toute la structure". */
export const servicesText = (row: RattachementView, locale: Locale): string =>
  row.niveau === 'SERVICES'
    ? row.idServices.map((_, index) => serviceText(row, index)).join(', ')
    : t(locale, 'wholeStructure');

/** A rattachement named in a confirmation or an outcome: identifiant, raison sociale and services. */
export const scopeText = (row: RattachementView, locale: Locale): string =>
  t(locale, 'removeItem', {
    identifiant: row.identifiantStructure,
    name: row.designationStructure,
    services: servicesText(row, locale),
  });

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
