import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Utilisateurs de mes structures',
  loading: 'Chargement…',
  loadFailed: 'Les utilisateurs n’ont pas pu être chargés. {message}',
  retry: 'Réessayer',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  notManager:
    'Vous n’êtes gestionnaire d’aucune structure. Seuls le gestionnaire principal et les titulaires d’« Organisation modification » gèrent les utilisateurs : demandez-le au gestionnaire principal de votre structure.',
  structure: 'Structure',
  caption: 'Utilisateurs de la structure',
  filter: 'Filtrer les utilisateurs',
  filterHint: 'Nom, identifiant, rôle, périmètre ou statut ; par exemple « Désactivé ».',
  filtered:
    '{shown, plural, one {# utilisateur sur {total} correspond} other {# utilisateurs sur {total} correspondent}} au filtre.',
  manage: 'Gérer',
  colUser: 'Utilisateur',
  colLogin: 'Identifiant de connexion',
  colRole: 'Rôle',
  colLevel: 'Périmètre',
  colStatus: 'Statut',
  colStart: 'Début de validité',
  role_GESTIONNAIRE_PRINCIPAL: 'Gestionnaire principal',
  role_GESTIONNAIRE_SECONDAIRE: 'Gestionnaire secondaire',
  role_UTILISATEUR: 'Utilisateur simple',
  status_EN_COURS_DE_VALIDATION: 'En cours de validation',
  status_VALIDEE: 'Validé',
  status_DESACTIVEE: 'Désactivé',
  status_REFUSEE: 'Refusé',
  status_SUPPRIMEE: 'Supprimé',
  statusAccountOff: '{status} · compte désactivé',
  colAccount: 'Compte',
  account_ACTIF: 'Actif',
  account_INACTIF: 'Désactivé',
  accountOff:
    'Cet utilisateur a désactivé son compte : il n’a plus accès à Chorus Pro, même avec un rattachement validé, tant qu’il ne l’a pas réactivé.',
  wholeStructure: 'Toute la structure',
  attachTitle: 'Rattacher un utilisateur',
  attachHint: 'Le rattachement est valide immédiatement, avec les profils par défaut.',
  login: 'Identifiant de connexion (adresse électronique)',
  level: 'Niveau',
  levelStructure: 'Toute la structure',
  levelServices: 'Des services',
  services: 'Services',
  servicesRequired: 'Cochez au moins un service actif.',
  loginRequired: 'Saisissez l’adresse électronique de connexion de l’utilisateur.',
  attach: 'Rattacher',
  attached: '{user} est rattaché(e) à la structure.',
  userTitle: '{user}',
  back: 'Retour à la liste',
  deactivate: 'Désactiver temporairement',
  reactivate: 'Réactiver',
  delete: 'Supprimer définitivement',
  deactivateTitle: 'Désactiver le rattachement de {user} ?',
  deactivateEffect:
    '{user} gardera la consultation mais perdra tous ses modes modification sur cette structure jusqu’à sa réactivation.',
  reactivateTitle: 'Réactiver le rattachement de {user} ?',
  reactivateEffect: '{user} retrouvera ses profils d’avant la désactivation sur cette structure.',
  deleteTitle: 'Supprimer le rattachement de {user} ?',
  deleteEffect: '{user} n’aura plus aucun accès à cette structure ni à ses services. Cette action est définitive.',
  notValidated:
    'Seul un rattachement validé se désactive : une demande en cours se décide dans les approbations, un rattachement refusé ou supprimé se redemande.',
  deactivated: 'Rattachement désactivé : consultation uniquement.',
  reactivated: 'Rattachement réactivé.',
  deleted: 'Rattachement supprimé.',
  gpProtected:
    'Le rattachement du gestionnaire principal ne peut être ni désactivé ni supprimé, et ses droits de gestionnaire ne peuvent pas être retirés. Seul le gestionnaire principal transfère son rôle.',
  profilesTitle: 'Profils de {user}',
  colApplication: 'Application',
  colScope: 'Périmètre',
  colMode: 'Mode',
  colEffective: 'Mode effectif aujourd’hui',
  colActions: 'Actions',
  modeFor: 'Mode de {application} sur {scope}',
  mode_MODIFICATION: 'Modification',
  mode_CONSULTATION_UNIQUEMENT: 'Consultation uniquement',
  effectiveNone: 'Aucun accès',
  remove: 'Retirer',
  removeLabel: 'Retirer {application} sur {scope}',
  removeTitle: 'Retirer {application} sur {scope} ?',
  removeEffect: '{user} perdra ce profil et l’accès qu’il donne.',
  removeAll: 'Retirer tous les profils',
  removeAllTitle: 'Retirer tous les profils de {user} ?',
  removeAllEffect:
    '{user} n’aura plus aucun profil sur {scope}. Les droits de gestionnaire du gestionnaire principal sont conservés.',
  removedAll:
    '{removed, plural, one {# profil retiré} other {# profils retirés}}, {kept, plural, one {# conservé} other {# conservés}}.',
  noProfiles: 'Aucun profil.',
  addTitle: 'Ajouter un profil',
  scope: 'Périmètre',
  application: 'Application',
  mode: 'Mode',
  add: 'Ajouter le profil',
  granted: 'Profil enregistré.',
  removed: 'Profil retiré.',
  grantOrganisation: 'Accorder « Organisation modification »',
  grantOrganisationHint:
    '« Organisation modification » permet de faire tout ce que fait le gestionnaire principal, sauf transférer son rôle.',
  espacesTitle: 'Espaces ouverts sur la structure',
  espacesHint:
    'Ouvrir un espace au niveau de la structure génère une demande d’abonnement pour chaque utilisateur, à valider dans les approbations.',
  espacesSave: 'Enregistrer les espaces',
  espacesSaved:
    'Espaces enregistrés : {count, plural, one {# demande d’abonnement générée} other {# demandes d’abonnement générées}}, à valider dans les approbations.',
  espacesServiceLevel: 'Les espaces de cette structure sont gérés service par service.',
  gsRole: 'Les gestionnaires secondaires, sur les espaces',
  gsAsManager: 'agissent comme le gestionnaire principal',
  gsAsUser: 'agissent comme des utilisateurs',
  gsRoleHint: 'Votre choix, en tant que gestionnaire principal, s’enregistre avec les espaces.',
  gsReadOnly:
    'Le gestionnaire principal a choisi que les gestionnaires secondaires agissent comme des utilisateurs sur les espaces : lui seul les ouvre ou les ferme.',
  failed: '{message}',
  vetoed: 'La page hôte a annulé l’action.',
  errorPrefix: 'Erreur :',
  confirm: 'Confirmer',
  cancel: 'Annuler',
};

/** FR/EN texts of cp-structure-users (RAT-8, HAB-5, HAB-6, HAB-9). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the cp-structure-users catalogue. */
export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = {
  notManager: ['RAT-8', 'HAB-5'],
  notValidated: ['RAT-8', 'APR-2', 'RAT-5'],
  gpProtected: ['RAT-8', 'HAB-5', 'GP-1'],
  gsReadOnly: ['HAB-9'],
} as const;
