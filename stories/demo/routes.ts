/**
 * The portal's routes: one path segment each, the page's title (also its `<h1>` and the document's
 * title), the element modules it needs, loaded when the route is first shown (the first load stays
 * light), and the page itself.
 */
import type { TemplateResult } from 'lit';
import type { HostKey } from './i18n.js';
import type { PageContext } from './page-context.js';
import { accountPage } from './pages/account.js';
import {
  approvalsPage,
  attachmentsPage,
  bankPage,
  habilitationsPage,
  rattachementsPage,
  structuresPage,
  transferPage,
  usersPage,
} from './pages/elements.js';
import { communicationPage, domainsPage, homePage, newsPage, supportPage } from './pages/info.js';
import { invoicePage } from './pages/invoice.js';
import { mailboxPage } from './pages/mailbox.js';
import { fichePage, servicesPage } from './pages/structure-choice.js';

/** A route of the portal. */
export interface PortalRoute {
  readonly slug: string;
  readonly title: HostKey;
  /**
   * The page is one element showing its own title: the page's `<h1>` is then for screen readers only
   * (cp-kit elements have no attribute to hide their title, but cp-structure-fiche's `title-hidden`).
   */
  readonly elementTitled?: boolean;
  /** Loads the modules of the elements the page shows. */
  readonly load?: () => Promise<unknown>;
  readonly render: (ctx: PageContext) => TemplateResult;
}

/** Every route; '' is the home page. */
export const ROUTES: readonly PortalRoute[] = [
  { slug: '', title: 'homeTitle', render: homePage },
  { slug: 'domaines', title: 'domainsTitle', render: domainsPage },
  { slug: 'actualites', title: 'newsTitle', render: newsPage },
  { slug: 'support', title: 'supportTitle', render: supportPage },
  { slug: 'communication', title: 'communicationTitle', render: communicationPage },
  {
    slug: 'approbations',
    elementTitled: true,
    title: 'approvalsTitle',
    load: () => import('../../src/elements/cp-approbations/cp-approbations.js'),
    render: approvalsPage,
  },
  {
    slug: 'mon-compte',
    elementTitled: true,
    title: 'accountTitle',
    load: () => import('../../src/elements/cp-account-form/cp-account-form.js'),
    render: accountPage,
  },
  {
    slug: 'mes-pieces-jointes',
    elementTitled: true,
    title: 'attachmentsTitle',
    load: () => import('../../src/elements/cp-attachment-manager/cp-attachment-manager.js'),
    render: attachmentsPage,
  },
  {
    slug: 'mes-rattachements',
    elementTitled: true,
    title: 'rattachementsTitle',
    load: () => import('../../src/elements/cp-rattachements/cp-rattachements.js'),
    render: rattachementsPage,
  },
  {
    slug: 'mes-habilitations',
    elementTitled: true,
    title: 'habilitationsTitle',
    load: () => import('../../src/elements/cp-habilitations/cp-habilitations.js'),
    render: habilitationsPage,
  },
  {
    slug: 'utilisateurs',
    elementTitled: true,
    title: 'usersTitle',
    load: () => import('../../src/elements/cp-structure-users/cp-structure-users.js'),
    render: usersPage,
  },
  {
    slug: 'transfert-gestionnaire',
    elementTitled: true,
    title: 'transferTitle',
    load: () => import('../../src/elements/cp-gp-transfer/cp-gp-transfer.js'),
    render: transferPage,
  },
  {
    slug: 'mes-structures',
    elementTitled: true,
    title: 'structuresTitle',
    load: () => import('../../src/elements/cp-structure-manager/cp-structure-manager.js'),
    render: structuresPage,
  },
  {
    slug: 'fiche-structure',
    title: 'ficheTitle',
    load: () => import('../../src/elements/cp-structure-fiche/cp-structure-fiche.js'),
    render: fichePage,
  },
  {
    slug: 'services',
    title: 'servicesTitle',
    load: () => import('../../src/elements/cp-service-manager/cp-service-manager.js'),
    render: servicesPage,
  },
  {
    slug: 'coordonnees-bancaires',
    elementTitled: true,
    title: 'bankTitle',
    load: () => import('../../src/elements/cp-bank-details/cp-bank-details.js'),
    render: bankPage,
  },
  {
    slug: 'saisie-facture',
    title: 'invoiceTitle',
    load: () =>
      Promise.all([
        import('../../src/elements/cp-attachment-picker/cp-attachment-picker.js'),
        import('../../src/elements/cp-iban-input/cp-iban-input.js'),
      ]),
    render: invoicePage,
  },
  { slug: 'boite-mail', title: 'mailboxTitle', render: mailboxPage },
];
