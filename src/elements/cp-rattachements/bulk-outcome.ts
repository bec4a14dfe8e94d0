import type { Locale } from '../../i18n/locale.js';
import type { Notice } from '../shared/notice.js';
import type { BulkRemovalOutcome } from './bulk-removal.js';
import { t } from './messages.js';
import { scopeText } from './rattachement-columns.js';

/**
 * The notice of "Supprimer les rattachements" (RAT-1): how many were deleted, then one line per
 * rattachement, deleted (a pending request: withdrawn) or not deleted with the server's reason in
 * plain words, in `locale`. Success when all went, a warning when some did, an error when none did.
 */
export function bulkOutcomeNotice({ deleted, refused }: BulkRemovalOutcome, locale: Locale): Notice {
  const total = deleted.length + refused.length;
  const kind = refused.length === 0 ? 'success' : deleted.length === 0 ? 'error' : 'warning';
  const summary = kind === 'success' ? 'removedAll' : kind === 'error' ? 'removedNone' : 'removedSome';
  return {
    kind,
    prefixed: true,
    text: (locale) => t(locale, summary, { deleted: deleted.length, total }),
    lines: [
      ...deleted.map((row) =>
        t(locale, row.statutRattachement === 'EN_COURS_DE_VALIDATION' ? 'withdrawnLine' : 'removedLine', {
          scope: scopeText(row, locale),
        }),
      ),
      ...refused.map(({ rattachement, reason }) =>
        t(locale, 'refusedLine', { scope: scopeText(rattachement, locale), reason: reason[locale] }),
      ),
    ],
  };
}
