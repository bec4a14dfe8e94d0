import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  habilitationsTitle: 'Mes habilitations',
  habilitationsIntro: 'Vos profils (application et mode) par structure et par service.',
  abonnementsTitle: 'Mes abonnements aux espaces',
  abonnementsIntro: 'Une ligne par structure, service et espace, détenu ou en attente de validation.',
  loading: 'Chargement…',
  loadFailed: 'Le chargement a échoué. {message}',
  retry: 'Réessayer',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  filter: 'Filtrer les habilitations',
  filterHint: 'Structure, service, application ou mode ; par exemple « Factures reçues ».',
  filtered:
    '{shown, plural, one {# habilitation sur {total} correspond} other {# habilitations sur {total} correspondent}} au filtre.',
  noHabilitation: 'Vous ne détenez aucune habilitation.',
  noAbonnement: 'Vous n’avez aucun abonnement.',
  structure: 'Structure',
  service: 'Service',
  wholeStructure: 'Toute la structure',
  application: 'Application',
  espace: 'Espace',
  mode: 'Mode',
  modeEffectif: 'Accès aujourd’hui',
  statut: 'Statut',
  dateEffet: 'Date d’effet',
  MODIFICATION: 'Modification',
  CONSULTATION_UNIQUEMENT: 'Consultation uniquement',
  noAccess: 'Aucun accès (rattachement hors validité ou non validé)',
  VALIDE: 'Validé',
  EN_COURS_DE_VALIDATION: 'En cours de validation',
  habilitationsCsv: 'mes-habilitations.csv',
  abonnementsCsv: 'mes-abonnements.csv',
  delete: 'Supprimer',
  deleteSelected: 'Supprimer la sélection ({count})',
  deleteTitle: 'Supprimer des abonnements',
  deleteConfirm:
    '{count, plural, one {# abonnement sera supprimé} other {# abonnements seront supprimés}} ; une demande en attente est retirée. Confirmez-vous ?',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  deleted: '{count, plural, one {# abonnement supprimé} other {# abonnements supprimés}}.',
  requested:
    '{count, plural, one {# demande d’abonnement envoyée} other {# demandes d’abonnement envoyées}} : en cours de validation par un gestionnaire.',
  deleteFailed: 'La suppression a échoué. {message}',
  roleBoundStatus: '{status} · lié à votre rôle de gestionnaire principal',
  roleBound:
    '« Organisation » et « Activités du gestionnaire » de {structures} vont avec votre rôle de gestionnaire principal : ils ne se suppriment pas. Ils passeront à votre successeur si vous transférez ce rôle. Rien n’a été supprimé.',
  request: 'Demander un abonnement',
  closeRequest: 'Fermer la demande',
};

/** FR/EN texts of cp-habilitations (HAB-2, HAB-7, HAB-8). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of cp-habilitations' catalogue. */
export type MessageKey = keyof typeof fr;
