import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `cp-structure-picker-messages.en.ts`, loaded on demand. */
const fr = {
  legend: 'Rechercher une structure',
  hint: 'Conseil : recherchez par identifiant (SIRET, ou SIREN pour trouver tous ses établissements) ou par raison sociale ; ce sont les critères les plus rapides et les plus sûrs.',
  oneRequired: 'Renseignez au moins un critère de recherche.',
  criteria: 'Critères de recherche',
  raisonSociale: 'Raison sociale',
  identifiant: 'Identifiant',
  identifiantHint: 'Début du SIRET, du SIREN ou de l’identifiant, par exemple 21780520.',
  libelle: 'Libellé',
  codePostal: 'Code postal',
  ville: 'Ville',
  typeIdentifiantStructure: 'Type d’identifiant',
  presenceSiret: 'Structure avec ou sans SIRET',
  AVEC: 'Structure avec SIRET',
  SANS: 'Structure sans SIRET',
  pays: 'Pays',
  typeStructure: 'Type de structure',
  statut: 'Statut',
  nom: 'Nom',
  prenom: 'Prénom',
  personHint: 'Pour un identifiant autre qu’un SIRET (particulier…), vous pouvez chercher par nom et prénom.',
  textHint:
    'Début d’un mot, sans tenir compte des majuscules ni des accents : « Terneuil » trouve « Terneuil sur Seine ».',
  any: 'Tous',
  PUBLIQUE: 'Structure publique',
  PRIVEE: 'Structure privée',
  ACTIF: 'Active',
  INACTIF: 'Inactive',
  search: 'Rechercher',
  clear: 'Effacer les critères',
  searching: 'Recherche en cours…',
  results: 'Résultats de la recherche',
  count: '{count, plural, one {# résultat} other {# résultats}}',
  pageOf: 'page {page} sur {pages}',
  pagination: 'Pagination des résultats',
  previous: 'Page précédente',
  next: 'Page suivante',
  page: 'Page {page}',
  export: '{count, plural, one {Exporter # résultat} other {Exporter les # résultats}} en CSV',
  exporting: 'Export en cours…',
  exportFailed: 'L’export a échoué. {message}',
  noResult: 'Aucune structure ne correspond à ces critères.',
  failed: 'La recherche a échoué. {message}',
  choose: 'Choisir',
  chooseSelected: 'Choisir les structures sélectionnées ({count})',
  chooseNone: 'Cochez une ou plusieurs structures pour les choisir.',
  csvFile: 'structures.csv',
};

/** FR/EN texts of cp-structure-picker (RAT-2). */
export const t = defineMessages(fr, () => import('./cp-structure-picker-messages.en.js'));

/** A key of the picker's catalogue. */
export type PickerMessageKey = keyof typeof fr;
