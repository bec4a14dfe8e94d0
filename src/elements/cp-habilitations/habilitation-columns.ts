import type { AbonnementView, Application, HabilitationView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { t } from './messages.js';

/** The label of an application in the page's language (HAB-1), from the client's list. */
export type ApplicationLabel = (application: Application) => string;

/** The service of a profile or abonnement as text: its code and label, or "Toute la structure". */
export const serviceText = (
  row: { codeService?: string | undefined; libelleService?: string | undefined },
  locale: Locale,
): string =>
  row.codeService
    ? `${row.codeService}${row.libelleService ? ` – ${row.libelleService}` : ''}`
    : t(locale, 'wholeStructure');

/** The columns of "Mes habilitations" (HAB-2). */
export function habilitationColumns(locale: Locale, label: ApplicationLabel): DataTableColumn<HabilitationView>[] {
  return [
    { key: 'designationStructure', label: t(locale, 'structure'), sortable: true },
    { key: 'service', label: t(locale, 'service'), sortable: true, value: (row) => serviceText(row, locale) },
    { key: 'application', label: t(locale, 'application'), sortable: true, value: (row) => label(row.application) },
    { key: 'mode', label: t(locale, 'mode'), sortable: true, value: (row) => t(locale, row.mode) },
    {
      key: 'modeEffectif',
      label: t(locale, 'modeEffectif'),
      value: (row) => (row.modeEffectif ? t(locale, row.modeEffectif) : t(locale, 'noAccess')),
    },
  ];
}

/** The columns of "Mes abonnements aux espaces" (HAB-7): status in words, never colour alone. */
export function abonnementColumns(locale: Locale, label: ApplicationLabel): DataTableColumn<AbonnementView>[] {
  return [
    { key: 'designationStructure', label: t(locale, 'structure'), sortable: true },
    { key: 'service', label: t(locale, 'service'), sortable: true, value: (row) => serviceText(row, locale) },
    { key: 'espace', label: t(locale, 'espace'), sortable: true, value: (row) => label(row.espace) },
    { key: 'mode', label: t(locale, 'mode'), sortable: true, value: (row) => t(locale, row.mode) },
    {
      key: 'statut',
      label: t(locale, 'statut'),
      sortable: true,
      // HAB-4: the GP's manager rights go with the role; the row says so before anyone tries to delete them.
      value: (row) =>
        row.lieAuRole ? t(locale, 'roleBoundStatus', { status: t(locale, row.statut) }) : t(locale, row.statut),
    },
    { key: 'dateEffet', label: t(locale, 'dateEffet'), sortable: true, type: 'date' },
  ];
}
