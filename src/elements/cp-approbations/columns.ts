import type { ApprobationView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { t } from './messages.js';

/**
 * The inbox columns (APR-1): demandeur first (it names each row's "Ouvrir" button), number (RITM…),
 * état, description (the element requested, in the portal's words), structure (identifier), raison
 * sociale, service, created at, then once decided the approver and the decision date. Texts are
 * translated; values are what sorting and the CSV use.
 */
export function approbationColumns(locale: Locale): DataTableColumn<ApprobationView>[] {
  return [
    { key: 'demandeur', label: t(locale, 'colDemandeur'), sortable: true },
    { key: 'numero', label: t(locale, 'colNumero'), sortable: true },
    { key: 'etat', label: t(locale, 'colEtat'), sortable: true, value: (a) => t(locale, `etat_${a.etat}`) },
    { key: 'type', label: t(locale, 'colType'), sortable: true, value: (a) => t(locale, `type_${a.type}`) },
    { key: 'identifiantStructure', label: t(locale, 'colStructure'), sortable: true },
    { key: 'designationStructure', label: t(locale, 'colRaisonSociale'), sortable: true },
    { key: 'service', label: t(locale, 'colService'), sortable: true, value: (a) => a.codesServices.join(', ') },
    { key: 'dateCreation', label: t(locale, 'colDate'), sortable: true, type: 'date' },
    { key: 'decideur', label: t(locale, 'colDecideur'), sortable: true, value: (a) => a.decideur ?? '' },
    {
      key: 'dateDecision',
      label: t(locale, 'colDecisionDate'),
      sortable: true,
      type: 'date',
      value: (a) => a.dateDecision ?? '',
    },
  ];
}
