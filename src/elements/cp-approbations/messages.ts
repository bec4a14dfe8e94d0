import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Approbations',
  loading: 'Chargement des demandes…',
  loadFailed: 'Les demandes n’ont pas pu être chargées. {message}',
  retry: 'Réessayer',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  intro:
    'Les demandes adressées au gestionnaire principal et aux titulaires d’« Organisation modification » de vos structures.',
  filterEtat: 'État',
  filterType: 'Type de demande',
  all: 'Tous',
  caption: 'Demandes à approuver',
  open: 'Ouvrir',
  colEtat: 'État',
  colType: 'Description',
  colDemandeur: 'Demandeur',
  colStructure: 'Structure',
  colRaisonSociale: 'Raison sociale',
  colService: 'Service',
  colDate: 'Créée le',
  colNumero: 'Numéro',
  colDecideur: 'Approbateur',
  colDecisionDate: 'Date de décision',
  etat_DEMANDE: 'Demande',
  etat_APPROUVE: 'Approuvée',
  etat_REFUSE: 'Refusée',
  type_RATTACHEMENT: 'Demander un rattachement à une structure',
  type_HABILITATION: 'Gérer mes habilitations',
  type_ABONNEMENT: 'Demander un abonnement à un espace',
  empty: 'Aucune demande pour ces critères.',
  notManager:
    'Vous n’êtes gestionnaire d’aucune structure : seuls le gestionnaire principal et les titulaires d’« Organisation modification » d’une structure décident de ses demandes. Adressez-vous au gestionnaire principal de votre structure.',
  bulkApprove: 'Approuver la sélection ({count})',
  bulkNone: 'Cochez des demandes pour les approuver ensemble.',
  bulkDone:
    '{ok, plural, one {# demande approuvée} other {# demandes approuvées}}, {ko, plural, one {# refusée} other {# refusées}} par le serveur.',
  bulkOk: '{demandeur} : approuvée',
  bulkKo: '{demandeur} : {message}',
  detailTitle: 'Demande de {demandeur}',
  back: 'Retour à la liste',
  detNumero: 'Approbation pour',
  detDemandeur: 'Demandeur',
  detLogin: 'Identifiant de connexion',
  detType: 'Description',
  detEtat: 'État',
  detStructure: 'Structure',
  detRaisonSociale: 'Raison sociale',
  detServices: 'Services',
  detWholeStructure: 'Toute la structure',
  detEspace: 'Espace demandé',
  detMode: 'Mode',
  mode_MODIFICATION: 'Modification',
  mode_CONSULTATION_UNIQUEMENT: 'Consultation uniquement',
  detComment: 'Commentaire du demandeur',
  detDate: 'Créée le',
  detDecideur: 'Approbateur',
  detDecisionDate: 'Date de décision',
  detDecisionComment: 'Commentaire de la décision',
  none: '—',
  comment: 'Commentaire',
  commentHint: 'Facultatif pour approuver, obligatoire pour refuser. 255 caractères au plus.',
  commentRequired: 'Saisissez un commentaire pour refuser la demande.',
  approve: 'Approuver',
  refuse: 'Refuser',
  deciding: 'Envoi de la décision…',
  approved: 'Demande approuvée.',
  refused: 'Demande refusée.',
  alreadyDecided: 'Cette demande a déjà été décidée : une seconde décision serait refusée.',
  decideFailed: 'La décision n’a pas été enregistrée. {message}',
  vetoed: 'La page hôte a annulé la décision.',
  errorPrefix: 'Erreur :',
};

/** FR/EN texts of cp-approbations (APR-1, APR-2). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** The rule behind a message that explains why something is unavailable, shown apart as "Réf. APR-2". */
export const ruleRefs = { notManager: 'APR-2', commentRequired: 'APR-2', alreadyDecided: 'APR-2' } as const;

/** A key of the cp-approbations catalogue. */
export type MessageKey = keyof typeof fr;
