/**
 * The portal's own text, FR and EN. The host follows the language the cp-kit elements follow: the
 * page locale (`getPageLocale`), which cp-session sets to the user's saved language (ACC-6) and the
 * language switch sets explicitly; every change is announced by `LOCALE_EVENT` on `window`.
 */
import { format } from '../../src/i18n/catalog.js';
import { getPageLocale, type Locale } from '../../src/i18n/locale.js';

const fr = {
  skipLink: 'Aller au contenu',
  republic: 'République française',
  portalName: 'Chorus Pro',
  portalTagline: 'Démonstration de cp-kit sur un backend simulé',
  mainMenu: 'Menu principal',
  openMenu: 'Menu',
  closeMenu: 'Fermer le menu',
  userMenu: 'Menu utilisateur',
  languageLabel: 'Langue',
  menuHome: 'Accueil',
  menuDomains: 'Domaines',
  menuNews: 'Actualités',
  menuApprovals: 'Approbations',
  approvalsWaiting: '{n, plural, one {# demande en attente} other {# demandes en attente}}',
  menuSupport: 'Support',
  menuCommunication: 'Communication',
  structuresGroup: 'Gestion des structures',
  invoicesGroup: 'Factures',
  footerText:
    'Portail de démonstration : les données, les courriels et l’horloge sont simulés dans votre navigateur (service worker), rien ne quitte la page.',
  footerLinks: 'Liens du pied de page',
  footerA11y: 'Accessibilité : partiellement conforme',
  footerLegal: 'Mentions légales',
  footerGuides: 'Guides utilisateurs',
  pageAnnounce: 'Page : {title}',
  loading: 'Chargement…',
  loadFailed: 'Cette page n’a pas pu être chargée. Rechargez la page pour réessayer.',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page du portail.',
  backHome: 'Revenir à l’accueil',
  // Pages
  homeTitle: 'Accueil',
  homeIntro:
    'Ce portail est une page hôte comme pourrait l’écrire l’équipe d’un portail public : son en-tête, ses menus, ses routes ; chaque écran de gestion du compte et des structures est un élément cp-kit.',
  whatToTry: 'À essayer',
  tryWho: 'Choisissez qui vous êtes dans le panneau « Monde simulé » : chaque personne a ses droits.',
  tryApprovals: 'En Jeane CHAOURCE ou Pauline DUFOUR, le menu « Approbations » compte les demandes qui vous attendent.',
  tryClock:
    'Avancez l’horloge du backend simulé : 30 minutes pour les modifications différées d’une structure, 60 jours pour la réactivation d’un compte, un jour ou une semaine pour les récapitulatifs par courriel.',
  tryMail: 'Lisez les courriels envoyés dans « Boîte mail » : leurs liens ouvrent la bonne page.',
  tryLanguage: 'Changez de langue : le portail et les éléments suivent, comme avec la langue enregistrée du compte.',
  toursTitle: 'Visites guidées',
  toursIntro: 'Rejouez les scénarios des guides utilisateurs pas à pas.',
  startTour: 'Commencer la visite « {title} »',
  domainsTitle: 'Domaines',
  domainsIntro: 'Les domaines du portail ouverts à votre compte.',
  newsTitle: 'Actualités',
  newsItem1: 'Les éléments cp-kit expliquent chaque refus en clair, avec une référence discrète pour le support.',
  newsItem2: 'Les gestionnaires valident les demandes de rattachement et d’abonnement depuis « Approbations ».',
  supportTitle: 'Support',
  supportText:
    'Le support ne voit rien de plus que vous : citez la référence affichée après un refus (par exemple « Réf. DEA-3 »). Les courriels envoyés par le portail sont dans votre boîte mail simulée.',
  openMailbox: 'Ouvrir ma boîte mail',
  communicationTitle: 'Communication',
  communicationText:
    'Les guides utilisateurs de ce portail : première connexion, gérer mon compte, gérer une structure, activités du gestionnaire.',
  accountTitle: 'Mon compte',
  accountCompleted:
    'Compte de {name} complété : le portail vous amène maintenant à sa page d’accueil, comme le vrai portail après la première connexion.',
  attachmentsTitle: 'Mes pièces jointes',
  rattachementsTitle: 'Mes rattachements',
  habilitationsTitle: 'Mes habilitations',
  approvalsTitle: 'Approbations',
  usersTitle: 'Utilisateurs de mes structures',
  transferTitle: 'Transfert du gestionnaire principal',
  structuresTitle: 'Mes structures',
  ficheTitle: 'Fiche structure',
  servicesTitle: 'Services',
  bankTitle: 'Coordonnées bancaires',
  invoiceTitle: 'Saisie de facture',
  mailboxTitle: 'Boîte mail',
  structureChoice: 'Structure',
  structureShow: 'Afficher',
  structureNone: 'Aucune structure : demandez un rattachement dans « Mes rattachements ».',
  invoiceIntro:
    'Un formulaire du portail hôte : le numéro de facture est à lui, les pièces jointes viennent de cp-attachment-picker et l’IBAN de paiement de cp-iban-input.',
  invoiceNumber: 'Numéro de facture',
  invoiceSubmit: 'Déposer la facture',
  invoiceReset: 'Réinitialiser',
  invoiceSent: 'Ce que le formulaire envoie',
  invoiceNothing: '(rien encore)',
  invoiceInvalid: 'Formulaire invalide : voir les erreurs affichées à côté des champs.',
  mailboxIntro: 'Les courriels que le portail simulé a envoyés à {name} (les plus récents d’abord).',
  mailboxEmpty: 'Aucun courriel pour le moment.',
  mailboxRefresh: 'Actualiser',
  mailboxTo: 'À : {to}',
  mailboxOpenLink: 'Ouvrir le lien du courriel',
  mailboxFailed: 'La boîte mail n’a pas pu être lue.',
  // World panel
  worldTitle: 'Monde simulé',
  worldWho: 'Qui suis-je ?',
  worldLogin: 'Se connecter sous ce nom',
  worldCan: 'Ce que cette personne peut faire',
  worldReset: 'Réinitialiser les données simulées',
  worldReplay: 'Rejouer sa première connexion',
  worldClock: 'Horloge du backend simulé',
  worldNow: 'Maintenant (simulé) : {now}',
  worldAdvance: 'Avancer de {step}',
  step30min: '30 minutes',
  step1day: '1 jour',
  step1week: '1 semaine',
  step60days: '60 jours',
  worldMoved: 'Horloge avancée : maintenant {now}.',
  worldResetDone: 'Données simulées remises à l’état des guides.',
  worldReplayDone: 'Compte remis à l’état d’avant sa première connexion.',
  // Tours
  tourCurrent: 'Visite guidée : {title}',
  tourBe: 'Vous êtes : {name}',
  tourSteps: 'Étapes',
  tourAnswer: 'Le backend simulé répond : {answer}',
  tourQuit: 'Quitter la visite',
  tourStart: 'Aller à la première étape',
};

/** A key of the portal's text. */
export type HostKey = keyof typeof fr;

const en: Record<HostKey, string> = {
  skipLink: 'Skip to content',
  republic: 'French Republic',
  portalName: 'Chorus Pro',
  portalTagline: 'cp-kit demonstration on a simulated backend',
  mainMenu: 'Main menu',
  openMenu: 'Menu',
  closeMenu: 'Close the menu',
  userMenu: 'User menu',
  languageLabel: 'Language',
  menuHome: 'Home',
  menuDomains: 'Domains',
  menuNews: 'News',
  menuApprovals: 'Approvals',
  approvalsWaiting: '{n, plural, one {# request waiting} other {# requests waiting}}',
  menuSupport: 'Support',
  menuCommunication: 'Communication',
  structuresGroup: 'Structure management',
  invoicesGroup: 'Invoices',
  footerText:
    'Demonstration portal: the data, the e-mails and the clock are simulated in your browser (service worker); nothing leaves the page.',
  footerLinks: 'Footer links',
  footerA11y: 'Accessibility: partially compliant',
  footerLegal: 'Legal notice',
  footerGuides: 'User guides',
  pageAnnounce: 'Page: {title}',
  loading: 'Loading…',
  loadFailed: 'This page could not be loaded. Reload the page to try again.',
  notFoundTitle: 'Page not found',
  notFoundText: 'This address matches no page of the portal.',
  backHome: 'Back to the home page',
  homeTitle: 'Home',
  homeIntro:
    'This portal is a host page as a public portal’s team could write it: its header, menus and routes; every account and structure management screen is a cp-kit element.',
  whatToTry: 'What to try',
  tryWho: 'Choose who you are in the “Simulated world” panel: each person has their own rights.',
  tryApprovals: 'As Jeane CHAOURCE or Pauline DUFOUR, the “Approvals” menu counts the requests waiting for you.',
  tryClock:
    'Move the simulated backend’s clock: 30 minutes for a structure’s delayed changes, 60 days for account reactivation, a day or a week for the e-mail digests.',
  tryMail: 'Read the e-mails sent in “Mailbox”: their links open the right page.',
  tryLanguage: 'Switch language: the portal and the elements follow, as with the account’s saved language.',
  toursTitle: 'Guided tours',
  toursIntro: 'Replay the user guides’ scenarios step by step.',
  startTour: 'Start the tour “{title}”',
  domainsTitle: 'Domains',
  domainsIntro: 'The portal’s domains open to your account.',
  newsTitle: 'News',
  newsItem1: 'cp-kit elements explain every refusal in plain words, with a discreet reference for support.',
  newsItem2: 'Managers approve rattachement and subscription requests from “Approvals”.',
  supportTitle: 'Support',
  supportText:
    'Support sees nothing more than you do: quote the reference shown after a refusal (for instance “Ref. DEA-3”). The e-mails the portal sent are in your simulated mailbox.',
  openMailbox: 'Open my mailbox',
  communicationTitle: 'Communication',
  communicationText:
    'This portal’s user guides: first connection, managing my account, managing a structure, the manager’s activities.',
  accountTitle: 'My account',
  accountCompleted:
    '{name}’s account is complete: the portal now takes you to its home page, as the real portal does after the first connection.',
  attachmentsTitle: 'My attachments',
  rattachementsTitle: 'My rattachements',
  habilitationsTitle: 'My habilitations',
  approvalsTitle: 'Approvals',
  usersTitle: 'Users of my structures',
  transferTitle: 'Main manager handover',
  structuresTitle: 'My structures',
  ficheTitle: 'Structure record',
  servicesTitle: 'Services',
  bankTitle: 'Bank details',
  invoiceTitle: 'Invoice entry',
  mailboxTitle: 'Mailbox',
  structureChoice: 'Structure',
  structureShow: 'Show',
  structureNone: 'No structure: request a rattachement in “My rattachements”.',
  invoiceIntro:
    'A form of the host portal: the invoice number is its own, the attachments come from cp-attachment-picker and the payment IBAN from cp-iban-input.',
  invoiceNumber: 'Invoice number',
  invoiceSubmit: 'Submit the invoice',
  invoiceReset: 'Reset',
  invoiceSent: 'What the form sends',
  invoiceNothing: '(nothing yet)',
  invoiceInvalid: 'Invalid form: see the errors shown next to the fields.',
  mailboxIntro: 'The e-mails the simulated portal sent to {name} (newest first).',
  mailboxEmpty: 'No e-mail yet.',
  mailboxRefresh: 'Refresh',
  mailboxTo: 'To: {to}',
  mailboxOpenLink: 'Open the e-mail’s link',
  mailboxFailed: 'The mailbox could not be read.',
  worldTitle: 'Simulated world',
  worldWho: 'Who am I?',
  worldLogin: 'Log in as this person',
  worldCan: 'What this person can do',
  worldReset: 'Reset the simulated data',
  worldReplay: 'Replay their first connection',
  worldClock: 'Simulated backend clock',
  worldNow: 'Now (simulated): {now}',
  worldAdvance: 'Move forward {step}',
  step30min: '30 minutes',
  step1day: '1 day',
  step1week: '1 week',
  step60days: '60 days',
  worldMoved: 'Clock moved: now {now}.',
  worldResetDone: 'Simulated data back to the guides’ state.',
  worldReplayDone: 'Account back to its state before the first connection.',
  tourCurrent: 'Guided tour: {title}',
  tourBe: 'You are: {name}',
  tourSteps: 'Steps',
  tourAnswer: 'The simulated backend answers: {answer}',
  tourQuit: 'Leave the tour',
  tourStart: 'Go to the first step',
};

const catalogues: Record<Locale, Record<HostKey, string>> = { fr, en };

/** The portal's text for `key` in the page's language, its placeholders (`{name}`, plurals) filled as the kit's. */
export function t(key: HostKey, values: Record<string, string | number> = {}): string {
  const locale = getPageLocale();
  return format(catalogues[locale][key], values, locale);
}

/** Text given in both languages (the cast's descriptions, the tours): the page's language of it. */
export type Bilingual = Record<Locale, string>;

/** `text` in the page's language. */
export const inPageLocale = (text: Bilingual): string => text[getPageLocale()];

/** A date and time in the page's language (the simulated clock, the e-mails). */
export const dateTime = (instant: Date | string): string =>
  new Date(instant).toLocaleString(getPageLocale() === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
