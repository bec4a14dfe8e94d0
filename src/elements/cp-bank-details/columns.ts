import type { BankDetails } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { maskIban } from './mask-iban.js';
import { t } from './messages.js';

/**
 * The columns of the bank details list (BNK-5): name, type, country, the IBAN masked (the full IBAN
 * is on the record's view), BIC, factor (its raison sociale, or "Non"), date of modification.
 */
export function bankDetailsColumns(locale: Locale): DataTableColumn<BankDetails>[] {
  return [
    { key: 'nomCoordonneeBancaire', label: t(locale, 'colName'), sortable: true },
    { key: 'type', label: t(locale, 'colType'), sortable: true },
    { key: 'pays', label: t(locale, 'colCountry'), sortable: true },
    { key: 'iban', label: t(locale, 'colIban'), value: (b) => maskIban(b.iban) },
    { key: 'bic', label: t(locale, 'colBic'), value: (b) => b.bic ?? '' },
    {
      key: 'factor',
      label: t(locale, 'colFactor'),
      value: (b) => (b.affactureur ? (b.factor?.raisonSociale ?? t(locale, 'yes')) : t(locale, 'no')),
    },
    { key: 'dateModification', label: t(locale, 'colDate'), type: 'date', sortable: true },
  ];
}
