import { defineMessages } from '../../i18n/catalog.js';

/** FR/EN texts of cp-gp-transfer (GP-1..4). */
export const t = defineMessages(
  {
    title: 'Transférer mon rôle de gestionnaire principal',
    loading: 'Chargement…',
    loadFailed: 'Vos structures n’ont pas pu être chargées : {message}',
    retry: 'Réessayer',
    noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
    notGp:
      'Vous n’êtes gestionnaire principal d’aucune structure : seul le gestionnaire principal transfère son rôle, pas les titulaires d’« Organisation modification ». Adressez-vous au gestionnaire principal de votre structure.',
    intro:
      'Vous êtes gestionnaire principal de {count} structure(s). Après le transfert, vous resterez rattaché(e) comme simple utilisateur.',
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
    noCandidate:
      'Aucun utilisateur rattaché (validé) à {structure} ne correspond : rattachez d’abord votre successeur.',
    noCommonCandidate:
      'Aucun utilisateur n’est rattaché (validé) à toutes les structures choisies : choisissez « un utilisateur par structure » ou rattachez-le d’abord.',
    candidates: '{count} utilisateur(s) rattaché(s) peuvent reprendre le rôle.',
    pickStructures: 'Cochez au moins une structure.',
    pickUser: 'Choisissez le nouveau gestionnaire principal parmi les utilisateurs rattachés.',
    pickUserFor: 'Choisissez le nouveau gestionnaire principal de {structure} parmi ses utilisateurs rattachés.',
    submit: 'Soumettre',
    confirmTitle: 'Transférer votre rôle de gestionnaire principal ?',
    confirmLine: '{structure} → {user}',
    confirmEffect:
      'Vous resterez rattaché(e) à ces structures comme simple utilisateur et perdrez vos droits de gestionnaire.',
    confirmLabel: 'Transférer',
    done: 'Rôle transféré pour {count} structure(s) : vous y êtes désormais simple utilisateur.',
    refused: 'Le transfert a été refusé, rien n’a changé : {message}',
    blocking: '{structure} : {message}',
    vetoed: 'La page hôte a annulé le transfert.',
    errorPrefix: 'Erreur :',
  },
  {
    title: 'Transfer my main manager role',
    loading: 'Loading…',
    loadFailed: 'Your structures could not be loaded: {message}',
    retry: 'Try again',
    noSession: 'No user logged in: put this element inside a <cp-session>.',
    notGp:
      'You are the main manager of no structure: only the main manager transfers the role, not the holders of "Organisation modification". Ask your structure’s main manager.',
    intro: 'You are the main manager of {count} structure(s). After the transfer you stay attached as a simple user.',
    way: 'How to transfer?',
    way_STRUCTURES_CHOISIES: 'Some of my structures to one user',
    way_TOUTES_A_UN: 'All my structures to one user',
    way_TOUTES_UNE_PAR_STRUCTURE: 'All my structures, a chosen user per structure',
    structures: 'Structures to transfer',
    search: 'Search a successor',
    searchHint:
      'Last name, first name, e-mail or postal address. Only users attached (validated) to the structure can become main manager.',
    newGp: 'New main manager',
    newGpFor: 'New main manager of {structure}',
    choose: '— Choose —',
    noPigp: '{user} (no PIGP account: refused for a public structure)',
    pigpRequired: 'Public structure outside the State: the new main manager needs a PIGP account.',
    noCandidate: 'No user attached (validated) to {structure} matches: attach your successor first.',
    noCommonCandidate:
      'No user is attached (validated) to every chosen structure: choose "a user per structure" or attach them first.',
    candidates: '{count} attached user(s) can take over the role.',
    pickStructures: 'Tick at least one structure.',
    pickUser: 'Choose the new main manager among the attached users.',
    pickUserFor: 'Choose the new main manager of {structure} among its attached users.',
    submit: 'Submit',
    confirmTitle: 'Transfer your main manager role?',
    confirmLine: '{structure} → {user}',
    confirmEffect: 'You will stay attached to these structures as a simple user and lose your manager rights.',
    confirmLabel: 'Transfer',
    done: 'Role transferred for {count} structure(s): you are now a simple user there.',
    refused: 'The transfer was refused, nothing changed: {message}',
    blocking: '{structure}: {message}',
    vetoed: 'The host page cancelled the transfer.',
    errorPrefix: 'Error:',
  },
);

/** A key of the cp-gp-transfer catalogue. */
export type MessageKey = Parameters<typeof t>[1];

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { notGp: 'GP-1', noCommonCandidate: 'GP-2' } as const;
