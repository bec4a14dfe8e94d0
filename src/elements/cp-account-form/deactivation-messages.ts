import { defineMessages } from '../../i18n/catalog.js';

/** FR/EN texts of the deactivation block (DEA-1, DEA-2). */
export const dt = defineMessages(
  {
    title: 'Désactiver mon compte',
    intro:
      'Une fois votre compte désactivé, vous n’aurez plus accès à Chorus Pro et ne recevrez plus de notification. Vous pourrez le réactiver vous-même pendant {days} jours ; au-delà, il faudra adresser une sollicitation au support.',
    loading: 'Vérification de ce que demande la désactivation…',
    loadFailed: 'Impossible de préparer la désactivation : {message}',
    gpIntro:
      'Vous êtes gestionnaire principal de {count} structure(s). Désignez d’abord un nouveau gestionnaire principal pour chacune, parmi les utilisateurs rattachés à la structure.',
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
    failed: 'La désactivation a échoué : {message}',
    done: 'Votre compte est désactivé.',
  },
  {
    title: 'Deactivate my account',
    intro:
      'Once your account is deactivated you will no longer have access to Chorus Pro nor receive any notification. You can reactivate it yourself for {days} days; after that, you will need to send a request to the support.',
    loading: 'Checking what deactivation requires…',
    loadFailed: 'Deactivation cannot be prepared: {message}',
    gpIntro:
      'You are the main manager of {count} structure(s). First designate a new main manager for each, among the users attached to the structure.',
    modeLegend: 'Designate',
    modeAll: 'One person for all my structures',
    modeEach: 'One person per structure',
    searchLabel: 'Search for a user',
    searchHint: 'Last name, first name, postal address or e-mail address.',
    searchAllHint:
      'Last name, first name, postal address or e-mail address; only users attached to all your structures are offered.',
    search: 'Search',
    searching: 'Searching…',
    candidates: 'Users found',
    noCandidate: 'No active attached user matches this search.',
    noCommonCandidate:
      'No user attached to all your structures matches the search: designate one person per structure.',
    successor: 'New main manager: {name}',
    noSuccessor: 'No new main manager designated.',
    blocked:
      'Deactivation is not possible yet: these structures would be left without a main manager: {structures}. Designate a successor for each.',
    deactivate: 'Deactivate my account',
    working: 'Deactivating…',
    confirmTitle: 'Deactivate your account?',
    confirmMessage:
      'You can reactivate your account for {days} days. Unsaved changes on this page will be lost. Afterwards: no access, no notification.',
    confirmMessageGp: 'These structures will have a new main manager: {handover}.',
    confirmLabel: 'Deactivate',
    vetoed: 'Deactivation was refused by the page.',
    failed: 'Deactivation failed: {message}',
    done: 'Your account is deactivated.',
  },
);

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const deactivationRuleRefs = { gpIntro: 'DEA-2', blocked: 'DEA-2' } as const;
