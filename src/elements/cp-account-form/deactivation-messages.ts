import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `deactivation-messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Désactiver mon compte',
  intro:
    'Une fois votre compte désactivé, vous n’aurez plus accès à Chorus Pro et ne recevrez plus de notification. Vous pourrez le réactiver vous-même pendant {days} jours ; au-delà, il faudra adresser une sollicitation au support.',
  loading: 'Vérification de ce que demande la désactivation…',
  loadFailed: 'Impossible de préparer la désactivation. {message}',
  gpIntro:
    'Vous êtes gestionnaire principal de {count, plural, one {# structure. Désignez d’abord son nouveau gestionnaire principal} other {# structures. Désignez d’abord un nouveau gestionnaire principal pour chacune}}, parmi les utilisateurs rattachés à la structure.',
  modeLegend: 'Désigner',
  modeAll: 'Une seule personne pour toutes mes structures',
  modeEach: 'Une personne par structure',
  searchLabel: 'Rechercher un utilisateur',
  searchHint: 'Nom, prénom, adresse postale ou adresse électronique.',
  searchAllHint:
    'Nom, prénom, adresse postale ou adresse électronique ; seuls les utilisateurs rattachés à toutes vos structures sont proposés.',
  search: 'Rechercher',
  searching: 'Recherche…',
  candidates: 'Utilisateurs trouvés',
  noCandidate: 'Aucun utilisateur actif rattaché ne correspond à cette recherche.',
  noCommonCandidate:
    'Aucun utilisateur ne correspond à la recherche parmi ceux rattachés à toutes vos structures : désignez une personne par structure.',
  successor: 'Nouveau gestionnaire principal : {name}',
  noSuccessor: 'Aucun nouveau gestionnaire principal désigné.',
  blocked:
    'Désactivation impossible pour l’instant : ces structures resteraient sans gestionnaire principal : {structures}. Désignez un successeur pour chacune.',
  deactivate: 'Désactiver mon compte',
  working: 'Désactivation…',
  confirmTitle: 'Désactiver votre compte ?',
  confirmMessage:
    'Vous pourrez réactiver votre compte pendant {days} jours. Les modifications non enregistrées de cette page seront perdues. Ensuite : plus d’accès, plus de notification.',
  confirmMessageGp: 'Les structures suivantes auront un nouveau gestionnaire principal : {handover}.',
  confirmLabel: 'Désactiver',
  vetoed: 'La désactivation a été refusée par la page.',
  failed: 'La désactivation a échoué. {message}',
  done: 'Votre compte est désactivé.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the deactivation block (DEA-1, DEA-2). */
export const dt = defineMessages(fr, () => import('./deactivation-messages.en.js'));

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const deactivationRuleRefs = { gpIntro: 'DEA-2', blocked: 'DEA-2' } as const;
