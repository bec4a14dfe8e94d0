import type { BankDetails } from '../../domain/schemas/index.js';
import { formatIban } from '../../domain/validators/iban.js';
import type { Locale } from '../../i18n/locale.js';
import { formatInstantDate } from '../shared/date-text.js';
import { t, type MessageKey } from './messages.js';

/** One labelled value of recorded bank details, as text. */
export interface BankFieldRow {
  readonly key: string;
  readonly label: string;
  readonly value: string;
}

const countryName = (code: string, locale: Locale): string =>
  new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' }).of(code) ?? code;

/**
 * Recorded bank details as labelled text rows (BNK-1..5): name, type, country, the full IBAN in groups
 * of four, the RIB parts, BIC, factor, RIB file and date (dd/mm/yyyy, the day in Paris, X-6). The record view lists
 * them; the ACC-7 conflict notice compares them.
 */
export function bankFieldRows(b: BankDetails, locale: Locale, fileName: (id: number) => string): BankFieldRow[] {
  const row = (key: string, label: MessageKey, value: string): BankFieldRow => ({
    key,
    label: t(locale, label),
    value,
  });
  const rows = [
    row('nom', 'nom', b.nomCoordonneeBancaire),
    row('type', 'type', t(locale, b.type === 'RIB' ? 'typeRIB' : 'typeIBAN')),
    row('pays', 'pays', countryName(b.pays, locale)),
    row('iban', 'iban', b.iban ? formatIban(b.iban) : ''),
  ];
  if (b.rib) {
    rows.push(
      row(
        'rib',
        'rib',
        t(locale, 'ribParts', {
          bank: b.rib.codeBanque,
          branch: b.rib.codeGuichet,
          account: b.rib.numeroCompte,
          key: b.rib.cleRib,
        }),
      ),
    );
  }
  rows.push(
    row('bic', 'bic', b.bic ?? ''),
    row('file', 'file', fileName(b.pieceJointeId)),
    row('affactureur', 'affactureur', t(locale, b.affactureur ? 'yes' : 'no')),
  );
  if (b.factor) {
    rows.push(
      row('factorRaisonSociale', 'factorRaisonSociale', b.factor.raisonSociale),
      row('factorPays', 'factorPays', countryName(b.factor.pays, locale)),
      row('factorIdentifiant', 'factorIdentifiant', b.factor.identifiant),
      row('factorType', 'factorType', t(locale, `id${b.factor.typeIdentifiant}`)),
    );
  }
  rows.push(row('dateModification', 'dateModification', formatInstantDate(b.dateModification)));
  return rows;
}
