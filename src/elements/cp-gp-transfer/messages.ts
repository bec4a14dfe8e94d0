import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Transférer mon rôle de gestionnaire principal',
  loading: 'Chargement…',
  loadFailed: 'Vos structures n’ont pas pu être chargées. {message}',
  retry: 'Réessayer',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  notGp:
    'Vous n’êtes gestionnaire principal d’aucune structure : seul le gestionnaire principal transfère son rôle, pas les titulaires d’« Organisation modification ». Adressez-vous au gestionnaire principal de votre structure.',
  intro:
    'Vous êtes gestionnaire principal de {count, plural, one {# structure} other {# structures}}. Après le transfert, vous resterez rattaché(e) comme utilisateur simple.',
  way: 'Comment transférer ?',
  way_STRUCTURES_CHOISIES: 'Certaines de mes structures à un même utilisateur',
  way_TOUTES_A_UN: 'Toutes mes structures à un même utilisateur',
  way_TOUTES_UNE_PAR_STRUCTURE: 'Toutes mes structures, un utilisateur choisi par structure',
  structures: 'Structures à transférer',
  search: 'Rechercher un successeur',
  searchHint:
    'Nom, prénom, adresse électronique ou adresse postale. Seuls les utilisateurs rattachés (validés) à la structure peuvent devenir gestionnaire principal.',
  newGp: 'Nouveau gestionnaire principal',
  newGpFor: 'Nouveau gestionnaire principal de {structure}',
  choose: '— Choisir —',
  noPigp: '{user} (sans compte PIGP : refusé pour une structure publique)',
  pigpRequired: 'Structure publique hors État : le nouveau gestionnaire principal doit avoir un compte PIGP.',
  noCandidate: 'Aucun utilisateur rattaché (validé) à {structure} ne correspond : rattachez d’abord votre successeur.',
  noCommonCandidate:
    'Aucun utilisateur n’est rattaché (validé) à toutes les structures choisies : choisissez « un utilisateur par structure » ou rattachez-le d’abord.',
  candidates:
    '{count, plural, one {# utilisateur rattaché peut} other {# utilisateurs rattachés peuvent}} reprendre le rôle.',
  pickStructures: 'Cochez au moins une structure.',
  pickUser: 'Choisissez le nouveau gestionnaire principal parmi les utilisateurs rattachés.',
  pickUserFor: 'Choisissez le nouveau gestionnaire principal de {structure} parmi ses utilisateurs rattachés.',
  submit: 'Soumettre',
  confirmTitle: 'Transférer votre rôle de gestionnaire principal ?',
  confirmLine: '{structure} → {user}',
  confirmEffect:
    'Vous resterez rattaché(e) à ces structures comme utilisateur simple et perdrez vos droits de gestionnaire.',
  confirmLabel: 'Transférer',
  done: 'Rôle transféré pour {count, plural, one {# structure : vous y êtes} other {# structures : vous y êtes}} désormais utilisateur simple.',
  refused: 'Le transfert a été refusé, rien n’a changé. {message}',
  blocking: '{structure} : {message}',
  vetoed: 'La page hôte a annulé le transfert.',
  errorPrefix: 'Erreur :',
};

/** FR/EN texts of cp-gp-transfer (GP-1..4). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the cp-gp-transfer catalogue. */
export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { notGp: 'GP-1', noCommonCandidate: 'GP-2' } as const;
