/**
 * The guides' scenarios as guided tours: who to be, what to do, what the simulated backend answers.
 * Starting a tour puts the world back to the guides' state, logs its person in and opens its first
 * page; the tour panel beside the page keeps the steps in view. Each tour is also a keyboard-only
 * browser test (`test/browser/demo-tours.test.ts`, `demo-tours-more.test.ts`).
 */
import type { CastKey } from './cast.js';
import type { Bilingual } from './i18n.js';

/** One step: what to do, and what the backend will answer. */
export interface TourStep {
  do: Bilingual;
  answer?: Bilingual;
}

/** A guided tour. */
export interface Tour {
  id: string;
  /** The seed guide it replays. */
  guide: string;
  title: Bilingual;
  summary: Bilingual;
  /** Who to be. */
  user: CastKey;
  /** The route it opens. */
  start: string;
  /** Put the person's account back to its state before the first connection (ACC-1). */
  firstConnection?: boolean;
  steps: readonly TourStep[];
}

/** The tours, in the guides' order. */
export const TOURS: readonly Tour[] = [
  {
    id: 'premiere-connexion',
    guide: '002',
    title: { fr: 'Première connexion de Pauline DUFOUR', en: 'Pauline DUFOUR’s first connection' },
    summary: {
      fr: 'Guide 002 : le compte créé par MADRHAS est complété à la première connexion.',
      en: 'Guide 002: the account MADRHAS created is completed at the first connection.',
    },
    user: 'pauline',
    start: 'mon-compte',
    firstConnection: true,
    steps: [
      {
        do: {
          fr: 'Dans « Mon compte », vérifiez vos nom, prénom et adresse, repris de MADRHAS.',
          en: 'In “My account”, check your name and address, taken from MADRHAS.',
        },
        answer: {
          fr: 'le formulaire « Compléter les informations de votre compte » propose votre identifiant comme adresse de contact.',
          en: 'the “Complete your account information” form offers your login as contact address.',
        },
      },
      {
        do: { fr: 'Activez « Valider ».', en: 'Press “Validate”.' },
        answer: {
          fr: 'le compte est complété (ACC-1) ; le portail vous amène à son accueil.',
          en: 'the account is complete (ACC-1); the portal takes you to its home page.',
        },
      },
      {
        do: {
          fr: 'Ouvrez « Mes rattachements » dans le menu sous votre nom.',
          en: 'Open “My rattachements” in the menu under your name.',
        },
        answer: {
          fr: 'vos rattachements : gestionnaire principale de la Mairie et du CCAS de Terneuil sur Seine.',
          en: 'your rattachements: main manager of the Mairie and the CCAS of Terneuil sur Seine.',
        },
      },
    ],
  },
  {
    id: 'fiche-structure',
    guide: '002',
    title: { fr: 'Sophie consulte la fiche de sa structure', en: 'Sophie views her structure’s record' },
    summary: {
      fr: 'Guide 002 § 5 : une utilisatrice simple consulte la fiche de la Mairie depuis ses rattachements.',
      en: 'Guide 002 § 5: a simple user views the Mairie’s record from her rattachements.',
    },
    user: 'sophie',
    start: 'mes-rattachements',
    steps: [
      {
        do: {
          fr: 'Remarquez la langue : Sophie a enregistré l’anglais, le portail et les éléments passent en anglais (ACC-6).',
          en: 'Note the language: Sophie saved English, so the portal and the elements switch to English (ACC-6).',
        },
      },
      {
        do: {
          fr: 'Sur la ligne de la Mairie de Terneuil sur Seine, activez « Consulter la structure » (« View the structure »).',
          en: 'On the Mairie de Terneuil sur Seine row, press “View the structure”.',
        },
        answer: {
          fr: 'la fiche structure en consultation : informations générales, adresse, services actifs (STR-8).',
          en: 'the structure’s record, read-only: general information, address, active services (STR-8).',
        },
      },
      {
        do: {
          fr: 'Activez « Retour à mes rattachements » (« Back to my rattachements »).',
          en: 'Press “Back to my rattachements”.',
        },
        answer: {
          fr: 'la liste revient, le focus sur le bouton de la ligne.',
          en: 'the list comes back, with focus on the row’s button.',
        },
      },
    ],
  },
  {
    id: 'approbation',
    guide: '000',
    title: { fr: 'Pauline approuve la demande de Claire', en: 'Pauline approves Claire’s request' },
    summary: {
      fr: 'Guide 000 : une demande de rattachement validée par le gestionnaire principal.',
      en: 'Guide 000: a rattachement request approved by the main manager.',
    },
    user: 'pauline',
    start: 'approbations',
    steps: [
      {
        do: {
          fr: 'Le menu affiche « APPROBATIONS 1 » : ouvrez la demande de Claire PETIT pour la Mairie.',
          en: 'The menu shows “APPROVALS 1”: open Claire PETIT’s request for the Mairie.',
        },
      },
      {
        do: { fr: 'Activez « Approuver » et confirmez.', en: 'Press “Approve” and confirm.' },
        answer: {
          fr: 'le rattachement est validé (RAT-5), le compteur du menu passe à 0 et Claire reçoit un courriel.',
          en: 'the rattachement is validated (RAT-5), the menu’s count drops to 0 and Claire receives an e-mail.',
        },
      },
      {
        do: {
          fr: 'Devenez Claire PETIT et ouvrez sa boîte mail.',
          en: 'Become Claire PETIT and open her mailbox.',
        },
      },
    ],
  },
  {
    id: 'abonnement',
    guide: '000',
    title: { fr: 'Lucas demande un abonnement à un espace', en: 'Lucas requests a subscription to an espace' },
    summary: {
      fr: 'Guides 000 et 001 : une demande d’abonnement à un espace, validée par la gestionnaire principale.',
      en: 'Guides 000 and 001: a subscription request to an espace, approved by the main manager.',
    },
    user: 'lucas',
    start: 'mes-habilitations',
    steps: [
      {
        do: {
          fr: 'Dans « Mes habilitations », activez « Demander un abonnement » : choisissez la CC du Chaourcois et l’espace « Factures à valider », cochez « Modification » sur votre service FACTURES_PUBLIQUES, puis « Valider la demande ».',
          en: 'In “My authorisations”, press “Request a subscription”: choose the CC du Chaourcois and the espace “Invoices to validate”, tick “Modification” on your service FACTURES_PUBLIQUES, then “Submit the request”.',
        },
        answer: {
          fr: 'seuls vos services sont proposés ; la ligne est « En cours de validation » et les gestionnaires de la structure reçoivent un courriel (HAB-8).',
          en: 'only your services are offered; the row is “Pending validation” and the structure’s managers receive an e-mail (HAB-8).',
        },
      },
      {
        do: {
          fr: 'Devenez Jeane CHAOURCE : dans sa boîte mail, ouvrez le lien de la demande, ouvrez la demande de Lucas BERNARD et activez « Approuver ».',
          en: 'Become Jeane CHAOURCE: in her mailbox, open the request’s link, open Lucas BERNARD’s request and press “Approve”.',
        },
        answer: {
          fr: 'la demande est approuvée (APR-2), le compteur « APPROBATIONS » revient à 0 et Lucas reçoit un courriel.',
          en: 'the request is approved (APR-2), the “APPROVALS” count goes back to 0 and Lucas receives an e-mail.',
        },
      },
      {
        do: {
          fr: 'Redevenez Lucas BERNARD et ouvrez « Mes habilitations ».',
          en: 'Become Lucas BERNARD again and open “My authorisations”.',
        },
        answer: {
          fr: 'l’abonnement « Factures à valider » est « Validé ».',
          en: 'the “Invoices to validate” subscription is “Validated”.',
        },
      },
    ],
  },
  {
    id: 'desactivation',
    guide: '001',
    title: { fr: 'Lucas désactive son compte', en: 'Lucas deactivates his account' },
    summary: {
      fr: 'Guide 001 : un simple utilisateur désactive son propre compte ; seule la réactivation lui reste possible.',
      en: 'Guide 001: a simple user deactivates his own account; only reactivating is left to him.',
    },
    user: 'lucas',
    start: 'mon-compte',
    steps: [
      {
        do: {
          fr: 'Dans « Mon compte », activez « Désactiver mon compte ».',
          en: 'In “My account”, press “Deactivate my account”.',
        },
        answer: {
          fr: 'la confirmation dit que vous pourrez réactiver votre compte pendant 60 jours et que les modifications en cours seront perdues (DEA-1).',
          en: 'the confirmation says you can reactivate your account for 60 days and that unsaved changes will be lost (DEA-1).',
        },
      },
      {
        do: { fr: 'Confirmez avec « Désactiver ».', en: 'Confirm with “Deactivate”.' },
        answer: {
          fr: 'le compte est désactivé : plus d’accès, plus de notification ; « Mon compte » ne propose plus que « Réactiver mon compte ».',
          en: 'the account is deactivated: no access, no notification; “My account” only offers “Reactivate my account”.',
        },
      },
      {
        do: {
          fr: 'Activez « Réactiver mon compte », validez, puis ouvrez « Boîte mail ».',
          en: 'Press “Reactivate my account”, validate, then open “Mailbox”.',
        },
        answer: {
          fr: 'le courriel de réactivation est là, avec son lien à usage unique (DEA-3) ; la visite « Henri réactive son compte » le suit.',
          en: 'the reactivation e-mail is there, with its single-use link (DEA-3); the tour “Henri reactivates his account” follows it.',
        },
      },
    ],
  },
  {
    id: 'reactivation',
    guide: '001',
    title: { fr: 'Henri réactive son compte', en: 'Henri reactivates his account' },
    summary: {
      fr: 'Guide 001 : un compte désactivé depuis moins de 60 jours, réactivé par le lien reçu par courriel.',
      en: 'Guide 001: an account deactivated less than 60 days ago, reactivated through the e-mailed link.',
    },
    user: 'henri',
    start: 'mon-compte',
    steps: [
      {
        do: { fr: 'Activez « Réactiver mon compte ».', en: 'Press “Reactivate my account”.' },
        answer: {
          fr: 'un courriel avec un lien à usage unique est envoyé (DEA-3).',
          en: 'an e-mail with a single-use link is sent (DEA-3).',
        },
      },
      {
        do: {
          fr: 'Ouvrez « Boîte mail » puis « Ouvrir le lien du courriel ».',
          en: 'Open “Mailbox”, then “Open the e-mail’s link”.',
        },
        answer: {
          fr: '« Mon compte » s’ouvre avec le jeton : le compte est réactivé.',
          en: '“My account” opens with the token: the account is reactivated.',
        },
      },
      {
        do: {
          fr: 'Avancez l’horloge de 60 jours et redemandez un lien, ou essayez avec Denise FAURE.',
          en: 'Move the clock 60 days forward and ask for a link again, or try with Denise FAURE.',
        },
        answer: {
          fr: 'au-delà de 60 jours, le refus explique de s’adresser au support (DEA-4).',
          en: 'beyond 60 days, the refusal says to ask support (DEA-4).',
        },
      },
    ],
  },
  {
    id: 'services',
    guide: '004',
    title: { fr: 'Jeane Chaource et ses services', en: 'Jeane Chaource’s services' },
    summary: {
      fr: 'Guide 004 : la gestionnaire principale de la CC du Chaourcois gère ses services.',
      en: 'Guide 004: the CC du Chaourcois’s main manager manages its services.',
    },
    user: 'jeane',
    start: 'services',
    steps: [
      {
        do: {
          fr: 'Consultez les services de la CC du Chaourcois (FACTURES_PUBLIQUES, FINANCES…).',
          en: 'Look at the CC du Chaourcois’s services (FACTURES_PUBLIQUES, FINANCES…).',
        },
      },
      {
        do: { fr: 'Créez un service, puis désactivez-en un.', en: 'Create a service, then deactivate one.' },
        answer: {
          fr: 'chaque refus dit pourquoi, avec sa référence.',
          en: 'each refusal says why, with its reference.',
        },
      },
    ],
  },
  {
    id: 'transfert',
    guide: '004',
    title: { fr: 'Jeane transfère son rôle à Marc', en: 'Jeane hands her role over to Marc' },
    summary: {
      fr: 'Guide 004 : transfert du rôle de gestionnaire principal.',
      en: 'Guide 004: handing over the main manager’s role.',
    },
    user: 'jeane',
    start: 'transfert-gestionnaire',
    steps: [
      {
        do: {
          fr: 'Choisissez la structure et Marc LEROY, puis confirmez.',
          en: 'Choose the structure and Marc LEROY, then confirm.',
        },
        answer: {
          fr: 'Marc devient gestionnaire principal (GP-2) ; Jeane reste rattachée comme utilisatrice simple (GP-4) ; tous deux reçoivent un courriel.',
          en: 'Marc becomes main manager (GP-2); Jeane stays attached as a simple user (GP-4); both receive an e-mail.',
        },
      },
    ],
  },
  {
    id: 'coordonnees-bancaires',
    guide: '004',
    title: {
      fr: 'Paul enregistre les coordonnées bancaires de DURAND BTP',
      en: 'Paul records DURAND BTP’s bank details',
    },
    summary: {
      fr: 'Guides 003 et 004 : le gestionnaire principal d’un fournisseur ajoute un IBAN et joint le fichier du RIB.',
      en: 'Guides 003 and 004: a supplier’s main manager adds an IBAN and attaches the RIB file.',
    },
    user: 'paul',
    start: 'coordonnees-bancaires',
    steps: [
      {
        do: {
          fr: 'Dans « Coordonnées bancaires », activez « Ajouter des coordonnées bancaires ».',
          en: 'In “Bank details”, press “Add bank details”.',
        },
      },
      {
        do: {
          fr: 'Renseignez le nom (« Compte principal »), l’IBAN FR76 3000 6000 0112 3456 7890 189 et le BIC AGRIFRPP.',
          en: 'Fill in the name (“Main account”), the IBAN FR76 3000 6000 0112 3456 7890 189 and the BIC AGRIFRPP.',
        },
        answer: {
          fr: 'l’IBAN est vérifié pendant la saisie : longueur, clé, pays du BIC (BNK-2, BNK-3).',
          en: 'the IBAN is checked as you type: length, key, the BIC’s country (BNK-2, BNK-3).',
        },
      },
      {
        do: {
          fr: 'Activez « Ajouter un fichier aux pièces jointes de la structure », choisissez le fichier du RIB, sa désignation et le type « Relevé d’identité bancaire », puis « Ajouter ».',
          en: 'Press “Add a file to the structure’s attachments”, choose the RIB file, its designation and the type “Bank details (RIB)”, then “Add”.',
        },
        answer: {
          fr: 'le fichier rejoint les pièces jointes de la structure et devient le RIB de ces coordonnées bancaires (BNK-1).',
          en: 'the file joins the structure’s attachments and becomes these bank details’ RIB (BNK-1).',
        },
      },
      {
        do: { fr: 'Activez « Soumettre ».', en: 'Press “Submit”.' },
        answer: {
          fr: 'les coordonnées bancaires sont enregistrées, l’IBAN en entier et le RIB à télécharger ; le paiement sur ce compte n’est pas garanti (BNK-5).',
          en: 'the bank details are recorded, with the whole IBAN and the RIB to download; payment to this account is not guaranteed (BNK-5).',
        },
      },
    ],
  },
];

/** The tour with `id`, if any. */
export const tourOf = (id: string | null): Tour | undefined => TOURS.find((tour) => tour.id === id);
