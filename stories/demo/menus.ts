/**
 * The portal's menus, as the guides show them: the top menu (ACCUEIL, DOMAINES, ACTUALITÉS,
 * APPROBATIONS n, SUPPORT, COMMUNICATION), the domains' groups under DOMAINES ("Gestion des
 * structures", invoices) and the user menu under the user's name (Mon compte, Mes rattachements,
 * Mes habilitations…).
 */
import type { HostKey } from './i18n.js';

/** A link of a menu: the route's path segment and its title. */
export interface MenuLink {
  slug: string;
  title: HostKey;
}

/** A group of links under a title. */
export interface MenuGroup {
  title: HostKey;
  links: readonly MenuLink[];
}

/** The domains' groups, under DOMAINES and on the Domaines page. */
export const MENU_GROUPS: readonly MenuGroup[] = [
  {
    title: 'structuresGroup',
    links: [
      { slug: 'mes-structures', title: 'structuresTitle' },
      { slug: 'fiche-structure', title: 'ficheTitle' },
      { slug: 'services', title: 'servicesTitle' },
      { slug: 'coordonnees-bancaires', title: 'bankTitle' },
      { slug: 'utilisateurs', title: 'usersTitle' },
      { slug: 'transfert-gestionnaire', title: 'transferTitle' },
    ],
  },
  { title: 'invoicesGroup', links: [{ slug: 'saisie-facture', title: 'invoiceTitle' }] },
];

/** The user menu, under the user's name. */
export const USER_MENU: readonly MenuLink[] = [
  { slug: 'mon-compte', title: 'accountTitle' },
  { slug: 'mes-pieces-jointes', title: 'attachmentsTitle' },
  { slug: 'mes-rattachements', title: 'rattachementsTitle' },
  { slug: 'mes-habilitations', title: 'habilitationsTitle' },
  { slug: 'boite-mail', title: 'mailboxTitle' },
];
