import type { RattachementView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from './messages.js';
import { servicesText, validityText } from './rattachement-columns.js';

/** One difference between the rattachement the user saw and the server's: what, before, now. */
export interface RattachementChange {
  label: string;
  before: string;
  now: string;
}

/**
 * What changed on the server since the user opened a rattachement (ACC-7 conflict of RAT-7): status,
 * role, level, services and validity, each as the words of "Mes rattachements".
 */
export function rattachementChanges(
  seen: RattachementView,
  current: RattachementView,
  locale: Locale,
): RattachementChange[] {
  const facets: [string, (row: RattachementView) => string][] = [
    [t(locale, 'statut'), (row) => t(locale, row.statutRattachement)],
    [t(locale, 'role'), (row) => t(locale, row.role)],
    [t(locale, 'niveau'), (row) => t(locale, row.niveau)],
    [t(locale, 'services'), (row) => servicesText(row, locale)],
    [t(locale, 'validite'), (row) => validityText(row, locale)],
  ];
  return facets
    .map(([label, text]) => ({ label, before: text(seen), now: text(current) }))
    .filter((change) => change.before !== change.now);
}
