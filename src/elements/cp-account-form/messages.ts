import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `messages.en.ts`, loaded on demand. */
const fr = {
  title: 'Mes informations personnelles',
  firstTitle: 'Compléter les informations de votre compte',
  firstIntro:
    'Votre compte a été initialisé à partir du référentiel MADRHAS. Vérifiez ou corrigez votre adresse électronique de contact, votre nom, votre prénom et votre adresse postale professionnelle, puis validez : vous accéderez ensuite directement à l’accueil.',
  loading: 'Chargement de votre compte…',
  loadFailed: 'Votre compte n’a pas pu être chargé. {message}',
  retry: 'Réessayer',
  pigpTitle: 'Mot de passe, question secrète et désactivation',
  pigpSecrets:
    'Votre compte a été créé à partir du référentiel MADRHAS et vous vous connectez par le PIGP : votre mot de passe et votre question secrète se gèrent sur le PIGP.',
  pigpDeactivation:
    'Pour désactiver ou réactiver votre compte, passez par votre référent DGFiP, qui fait la modification dans MADRHAS.',
  noSession: 'Aucun utilisateur connecté : placez cet élément dans un <cp-session>.',
  general: 'Informations générales',
  address: 'Adresse postale',
  phones: 'Téléphones',
  parameters: 'Mes paramètres',
  login: 'Identifiant de connexion',
  loginHint: 'Votre identifiant ne peut pas être modifié.',
  emailContact: 'Adresse électronique de contact',
  emailContactHint: 'Votre adresse de contact sera utilisée pour toutes les notifications.',
  adresseNotification: 'Adresse de notification',
  adresseNotificationHint:
    'Facultative : si vous la renseignez, les notifications y sont envoyées au lieu de votre adresse de contact.',
  etatProvince: 'État/Province',
  nom: 'Nom',
  prenom: 'Prénom',
  adresse: 'Adresse',
  complementAdresse1: 'Complément d’adresse 1',
  complementAdresse2: 'Complément d’adresse 2',
  codePostal: 'Code postal',
  ville: 'Ville',
  pays: 'Pays',
  telephone: 'Téléphone professionnel',
  mobile: 'Téléphone mobile',
  fax: 'Fax',
  phoneHint: 'Format international conseillé, par exemple +33 1 23 45 67 89.',
  langue: 'Langue',
  langueFR: 'Français',
  langueEN: 'English',
  langueHint: 'Tous les éléments de la page passent dans cette langue une fois validée.',
  notificationsPeriodiques: 'Recevoir des notifications périodiques d’activité',
  notificationsHint:
    'Un courriel quotidien sur votre adresse de contact (nouveaux événements, cycle de vie des factures).',
  etat: 'État du compte',
  etatACTIF: 'ACTIF',
  etatINACTIF: 'INACTIF',
  dateCreation: 'Date de création',
  dateActivation: 'Date d’activation',
  dateDesactivation: 'Date de désactivation',
  dateModification: 'Date de modification',
  noDate: 'non renseignée',
  validate: 'Valider',
  cancel: 'Annuler',
  saving: 'Enregistrement…',
  saved: 'Vos informations ont été enregistrées.',
  completed: 'Votre compte est complété. Vous allez être dirigé vers l’accueil.',
  cancelled: 'Les modifications non enregistrées ont été annulées.',
  vetoed: 'L’enregistrement a été refusé par la page.',
  saveFailed: 'L’enregistrement a échoué. {message} Vos saisies sont conservées ; vous pouvez réessayer.',
  formatEmail: 'Saisissez une adresse électronique valide, par exemple nom@domaine.fr.',
  formatPhone: 'Saisissez un numéro de 6 à 17 chiffres, avec un + au début si besoin, par exemple +33 1 23 45 67 89.',
  formatPostalCode: 'Saisissez un code postal de 2 à 10 chiffres ou lettres, par exemple 78520.',
  conflictTitle: 'Vos informations ont été modifiées ailleurs entre-temps',
  conflictIntro: 'Rien n’a été enregistré. Vos saisies sont conservées. Voici ce qui a changé sur le serveur :',
  conflictRow: '{label} : « {server} » sur le serveur (vous aviez chargé « {base} », vous avez saisi « {mine} »)',
  conflictNone:
    'Aucune des informations de ce formulaire n’a changé (seule la version a changé, par exemple un changement de mot de passe).',
  conflictReload: 'Recharger les informations du serveur',
  conflictReloadHint: 'Vos saisies seront remplacées par les informations du serveur.',
  conflictOverwrite: 'Enregistrer mes saisies quand même',
  conflictOverwriteHint: 'Vos saisies remplaceront les informations du serveur ci-dessus.',
  empty: '(vide)',
  yes: 'oui',
  no: 'non',
  reactivated: 'Votre compte est réactivé.',
  blockedFirst: 'La sécurité, les paramètres et la désactivation seront disponibles une fois votre compte complété.',
};

/** FR/EN texts of cp-account-form's main form (identity, address, phones, parameters, conflict). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the catalogue. */
export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { loginHint: 'ID-3', blockedFirst: 'ACC-1' } as const;
