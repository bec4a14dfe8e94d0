import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  legend_facture: 'Pièces jointes de la facture',
  legend_memoire: 'Pièces jointes du mémoire de frais de justice',
  legend_tic: 'Pièces jointes de la demande de remboursement TIC',
  hint: 'Cochez les pièces jointes de votre compte à joindre. Elles restent disponibles dans « Mes pièces jointes ».',
  filter: 'Filtrer par nom, désignation ou type',
  option: '{name} : {designation} ({type}, {size}, ajoutée le {date})',
  empty: 'Vous n’avez encore aucune pièce jointe : ajoutez-en une ci-dessous.',
  noMatch: 'Aucune pièce jointe ne correspond au filtre « {filter} ».',
  chosenNone: 'Aucune pièce jointe choisie.',
  chosen: '{count, plural, one {# pièce jointe choisie} other {# pièces jointes choisies}}.',
  valueMissing: 'Choisissez au moins une pièce jointe.',
  addOpen: 'Ajouter une pièce jointe à mon compte',
  addClose: 'Fermer l’ajout de pièce jointe',
  added: '{name} a été ajoutée à votre compte et cochée.',
  loading: 'Chargement de vos pièces jointes…',
  retry: 'Réessayer',
  noSession: 'Aucune session : la page hôte doit placer cet élément dans un <cp-session>.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of cp-attachment-picker. */
export const t = defineMessages(fr, () => import('./messages.en.js'));
