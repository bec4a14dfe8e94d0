import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `request-messages.en.ts`, loaded on demand. */
const fr = {
  legend: 'Demande de rattachement à {name} ({identifiant})',
  summaryStructure: 'Structure',
  summaryUser: 'Utilisateur',
  identifierType: 'Type d’identifiant',
  identifier: 'Identifiant',
  designation: 'Désignation',
  state: 'Statut',
  structureType: 'Type',
  nom: 'Nom',
  prenom: 'Prénom',
  email: 'Adresse électronique',
  ACTIF: 'ACTIF',
  INACTIF: 'INACTIF',
  PUBLIQUE: 'PUBLIQUE',
  PRIVEE: 'PRIVÉE',
  existingStatus: 'Statut du rattachement : {status}',
  EN_COURS_DE_VALIDATION: 'en cours de validation',
  VALIDEE: 'validé',
  DESACTIVEE: 'désactivé',
  REFUSEE: 'refusé',
  level: 'Niveau de rattachement',
  levelStructure: 'Toute la structure',
  levelServices: 'Certains services de la structure',
  services: 'Services actifs de la structure',
  servicesLoading: 'Chargement des services…',
  noServices: 'Cette structure n’a aucun service actif : rattachez-vous à toute la structure.',
  servicesRequired: 'Cochez au moins un service actif.',
  dateDebut: 'Date de début de validité',
  dateFin: 'Date de fin de validité (facultative, pas avant la date de début)',
  dateRequired: 'Saisissez la date de début de validité.',
  endBeforeStart: 'La date de fin ne peut pas précéder la date de début.',
  commentaire: 'Commentaire',
  commentaireHint: 'Expliquez votre demande au gestionnaire de la structure (1 à 255 caractères).',
  commentRequired: 'Saisissez un commentaire.',
  counter: '{count} / 255 caractères',
  supplierWarning:
    'Attention : vous êtes rattaché à une structure privée et demandez une structure publique. Un fournisseur ne doit pas se rattacher à la structure publique qu’il facture.',
  validate: 'Valider',
  validateAndNext: 'Valider et rattacher à une autre structure',
  cancel: 'Annuler',
  sending: 'Envoi de la demande…',
  refused: 'La demande est refusée. {message}',
  retryHint: 'Vos saisies sont conservées ; corrigez-les puis validez à nouveau.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the rattachement request form (RAT-3, RAT-4, RAT-5). */
export const t = defineMessages(fr, () => import('./request-messages.en.js'));
