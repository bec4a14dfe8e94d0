import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Services de la structure',
  loading: 'Chargement…',
  noSession: 'Aucune session : l’élément doit être placé dans un <cp-session>.',
  noStructure: 'Aucune structure choisie : choisissez d’abord la structure dont vous voulez voir les services.',
  retry: 'Réessayer',
  caption: 'Services',
  consult: 'Consulter',
  create: 'Créer un service',
  createTitle: 'Créer un service',
  editTitle: 'Modifier le service {code}',
  back: 'Retour à la liste',
  empty: 'Cette structure n’a aucun service.',
  readOnly:
    'Consultation seule : seuls le gestionnaire principal et les titulaires du profil « Organisation » en modification gèrent les services. Vous voyez les services actifs ; adressez-vous au gestionnaire principal de la structure.',
  codeService: 'Code du service',
  codeHint: 'Lettres, chiffres, « _ » ou « - » ; unique dans la structure.',
  codeLocked: 'Le code d’un service n’est pas modifiable.',
  libelleService: 'Libellé',
  description: 'Description',
  dateDebut: 'Date de début d’activation',
  dateFin: 'Date de fin',
  dateFinHint: 'Facultative ; pas avant la date de début.',
  numeroEJDoitEtreRenseigne: 'Numéro d’engagement obligatoire',
  numeroEJHelp: 'Les fournisseurs doivent renseigner un numéro d’engagement sur les factures adressées à ce service.',
  statut: 'Statut',
  ACTIF: 'Actif',
  INACTIF: 'Inactif',
  yes: 'Oui',
  no: 'Non',
  modify: 'Modifier',
  activate: 'Activer',
  deactivate: 'Désactiver',
  activateOnlyInactive: 'Activer : seulement pour un service inactif.',
  deactivateOnlyActive: 'Désactiver : seulement pour un service actif.',
  validate: 'Soumettre',
  cancel: 'Annuler',
  saving: 'Envoi…',
  required: 'Ce champ est obligatoire.',
  endBeforeStart: 'La date de fin ne peut pas précéder la date de début.',
  requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  created: 'Service {code} créé et actif.',
  pendingEffect: 'Demande acceptée : elle prendra effet le {date} à {time}.',
  pendingColumn: 'En attente',
  vetoed: 'L’opération a été annulée par la page.',
  field: 'Donnée',
  lookupTitle: 'Vérifier un code service (fournisseur)',
  lookupCode: 'Code service à vérifier',
  lookupButton: 'Vérifier',
  lookupActive: 'Le code {code} existe sur cette structure et peut être utilisé ({libelle}).',
  lookupInactive:
    'Le code {code} existe sur cette structure mais ne peut pas être utilisé aujourd’hui (inactif ou hors de ses dates).',
  lookupUnknown: 'Le code {code} n’existe pas sur cette structure.',
};

/** Texts of cp-service-manager (FR default, EN complete). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the catalogue. */
export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { readOnly: 'SRV-2' } as const;
