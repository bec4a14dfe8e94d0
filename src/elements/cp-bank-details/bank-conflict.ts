import type { Locale } from '../../i18n/locale.js';
import type { BankFieldRow } from './bank-fields.js';
import { t } from './messages.js';

/**
 * ACC-7 on bank details (BNK-5): what the server changed since the record was loaded (the date
 * aside), one sentence a field with the server's value and the loaded one, as text, for the
 * shared conflict notice.
 */
export function conflictChanges(
  base: readonly BankFieldRow[],
  server: readonly BankFieldRow[],
  locale: Locale,
): string[] {
  const keys = [...new Set([...base, ...server].map((row) => row.key))].filter((key) => key !== 'dateModification');
  const valueOf = (rows: readonly BankFieldRow[], key: string) => rows.find((row) => row.key === key);
  const shown = (value: string | undefined) => (value ? value : t(locale, 'empty_value'));
  return keys
    .filter((key) => valueOf(base, key)?.value !== valueOf(server, key)?.value)
    .map((key) => {
      const label = (valueOf(server, key) ?? valueOf(base, key))!.label;
      return t(locale, 'conflictRow', {
        label,
        server: shown(valueOf(server, key)?.value),
        base: shown(valueOf(base, key)?.value),
      });
    });
}
