import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Mes pièces jointes',
  titleStructure: 'Pièces jointes de la structure {name}',
  loading: 'Chargement des pièces jointes…',
  loadFailed: 'Les pièces jointes n’ont pas pu être chargées. {message}',
  retry: 'Réessayer',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  addTitle: 'Ajouter une pièce jointe',
  file: 'Fichier',
  fileHint: 'Taille maximale : {size}. Formats acceptés : {types}.',
  choose: 'Choisir un fichier',
  dropZone: 'ou déposez un fichier ici',
  noFile: 'Aucun fichier choisi',
  chosen: 'Fichier choisi : {name} ({size})',
  designation: 'Désignation',
  type: 'Type de pièce jointe',
  typePlaceholder: 'Choisir un type',
  add: 'Ajouter',
  required: 'Ce champ est obligatoire.',
  fileRequired: 'Choisissez un fichier.',
  emptyFile: 'Le fichier est vide.',
  tooLarge: 'Le fichier fait {bytes} octets : il dépasse la taille maximale de {max} ({maxBytes} octets).',
  badExtension: 'Ce type de fichier ({extension}) n’est pas accepté. Formats acceptés : {types}.',
  noExtension: 'Ce fichier n’a pas d’extension : son type ne peut pas être accepté.',
  uploading: 'Envoi de {name} : {percent} %',
  cancel: 'Annuler l’envoi',
  cancelled: 'L’envoi de {name} a été annulé. Rien n’a été ajouté.',
  uploadFailed: 'L’envoi de {name} a échoué. {message}',
  retryUpload: 'Réessayer l’envoi',
  added: '{name} a été ajouté.',
  listTitle: 'Pièces jointes',
  empty: 'Aucune pièce jointe pour le moment.',
  colName: 'Nom du fichier',
  colDesignation: 'Désignation',
  colType: 'Type',
  colSize: 'Taille',
  colDate: 'Date d’ajout',
  open: 'Gérer',
  detailTitle: 'Pièce jointe {name}',
  close: 'Fermer',
  save: 'Enregistrer',
  saved: 'Les modifications de {name} ont été enregistrées.',
  download: 'Télécharger',
  delete: 'Supprimer',
  downloadSelected: 'Télécharger la sélection (ZIP)',
  deleteSelected: 'Supprimer la sélection',
  deleteTitle: 'Supprimer la pièce jointe ?',
  deleteMessage: '« {name} » sera supprimée définitivement.',
  deleteManyTitle: 'Supprimer {count} pièces jointes ?',
  deleteManyMessage: 'Ces pièces jointes seront supprimées définitivement :\n{names}',
  deleted: '{name} a été supprimée.',
  deletedMany: '{count} pièces jointes ont été supprimées.',
  actionFailed: 'L’opération a échoué. {message}',
  conflictTitle: 'Cette pièce jointe a été modifiée entre-temps.',
  conflictRow: 'Sur le serveur : « {designation} », {type}. Votre saisie est conservée : « {mine} », {mineType}.',
  conflictReload: 'Reprendre la version du serveur',
  conflictOverwrite: 'Enregistrer ma saisie quand même',
  readOnly:
    'Vous pouvez consulter et télécharger ces pièces jointes. Seuls le gestionnaire principal et les gestionnaires (« Organisation » en modification) de la structure peuvent en ajouter, en modifier ou en supprimer : adressez-vous à eux.',
  vetoed: 'La page a interrompu cette opération.',
  archiveName: 'pieces-jointes.zip',
  csvName: 'pieces-jointes.csv',
};

/** FR/EN texts of cp-attachment-manager (PJ-1..3, STR-7). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { readOnly: 'STR-7' } as const;
