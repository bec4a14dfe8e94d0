import type { RattachementView } from '../../domain/schemas/index.js';
import type { Locale } from '../../i18n/locale.js';
import type { DataTableColumn } from '../shared/cp-data-table.js';
import { t } from './messages.js';

/** The user's display name: "Prénom NOM", else the login. */
export const userName = (r: Pick<RattachementView, 'prenom' | 'nom' | 'login'>): string =>
  [r.prenom, r.nom].filter(Boolean).join(' ') || r.login;

/**
 * The columns of a structure's users (RAT-8): name, login, role, scope, status (with "compte
 * désactivé" when the user's account is off, ID-4, so a validated rattachement of a deactivated
 * account is not read as access), start of validity.
 */
export function userColumns(locale: Locale): DataTableColumn<RattachementView>[] {
  return [
    { key: 'nom', label: t(locale, 'colUser'), sortable: true, value: userName },
    { key: 'login', label: t(locale, 'colLogin'), sortable: true },
    { key: 'role', label: t(locale, 'colRole'), sortable: true, value: (r) => t(locale, `role_${r.role}`) },
    {
      key: 'niveau',
      label: t(locale, 'colLevel'),
      sortable: true,
      value: (r) => (r.niveau === 'STRUCTURE' ? t(locale, 'wholeStructure') : r.codesServices.join(', ')),
    },
    {
      key: 'statutRattachement',
      label: t(locale, 'colStatus'),
      sortable: true,
      value: (r) => {
        const status = t(locale, `status_${r.statutRattachement}`);
        return r.etatCompte === 'INACTIF' ? t(locale, 'statusAccountOff', { status }) : status;
      },
    },
    { key: 'dateDebut', label: t(locale, 'colStart'), sortable: true, type: 'date' },
  ];
}
