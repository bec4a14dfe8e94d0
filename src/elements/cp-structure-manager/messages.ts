import { defineMessages } from '../../i18n/catalog.js';

/**
 * Texts of cp-structure-manager (FR default; the EN catalogue, with the same keys, is
 * `messages.en.ts`, loaded on demand). The STR-5 explanations quote the guides.
 */
const fr = {
  title: 'Gérer mes structures',
  loading: 'Chargement…',
  noSession: 'Aucune session : l’élément doit être placé dans un <cp-session>.',
  retry: 'Réessayer',
  search: 'Rechercher une structure',
  searchHint: 'Identifiant, raison sociale, libellé ou ville',
  listCaption: 'Structures que vous gérez',
  consult: 'Consulter',
  create: 'Créer une structure',
  noManaged:
    'Vous ne gérez aucune structure : seuls le gestionnaire principal d’une structure et les titulaires du profil « Organisation » en modification peuvent la consulter et la modifier. Demandez-le au gestionnaire principal de votre structure.',
  back: 'Retour à la liste',
  identifiantStructure: 'Identifiant',
  typeIdentifiantStructure: 'Type d’identifiant',
  typeStructure: 'Type de structure',
  PUBLIQUE: 'Publique',
  PRIVEE: 'Privée',
  designationStructure: 'Raison sociale',
  libelleStructure: 'Libellé',
  nomStructure: 'Nom',
  prenomStructure: 'Prénom',
  emailStructure: 'Adresse électronique',
  emailHint: 'Informative : jamais utilisée pour les notifications. Format : nom@domaine.fr',
  telephone: 'Téléphone',
  telephoneHint: 'Informatif. Exemple : 03 25 00 00 00',
  adresse: 'Adresse',
  complementAdresse1: 'Complément d’adresse 1',
  complementAdresse2: 'Complément d’adresse 2',
  codePostal: 'Code postal',
  ville: 'Ville',
  pays: 'Pays',
  nonDiffusibleInsee: 'Non diffusible INSEE',
  statut: 'Statut',
  ACTIF: 'Active',
  INACTIF: 'Inactive',
  general: 'Informations générales',
  address: 'Adresse postale',
  contact: 'Coordonnées',
  inseeLocked: 'Donnée issue de l’INSEE : non modifiable ici. Utilisez « Mettre à jour depuis l’INSEE ».',
  readOnlyLocked: 'Non modifiable après la création.',
  inseeFilled: 'Trouvé à l’INSEE : raison sociale et adresse remplies et verrouillées ({siret}).',
  inseeChecking: 'Vérification du SIRET à l’INSEE…',
  sandboxWarning:
    'Attention (bac à sable) : {message} La clé est acceptée car les jeux d’essai officiels contiennent de tels SIRET.',
  modify: 'Modifier',
  activate: 'Activer',
  deactivate: 'Désactiver',
  inseeUpdate: 'Mettre à jour depuis l’INSEE',
  duplicate: 'Dupliquer',
  validate: 'Soumettre',
  cancel: 'Annuler',
  saving: 'Envoi…',
  activateOnlyInactive: 'Activer : seulement pour une structure inactive.',
  deactivateOnlyActive: 'Désactiver : seulement pour une structure active.',
  inseeOnlySiret: 'La mise à jour depuis l’INSEE ne concerne que les structures identifiées par un SIRET.',
  confirmDeactivateTitle: 'Désactiver la structure ?',
  confirmDeactivate:
    'La structure « {name} » sera désactivée à l’issue du délai de prise d’effet. Ses utilisateurs ne pourront plus y travailler.',
  confirmDeactivateOk: 'Désactiver',
  pendingEffect: 'Demande acceptée : elle prendra effet le {date} à {time}.',
  nothingChanged:
    'Rien n’a changé : la structure a déjà ces valeurs, ou les aura à l’issue des modifications en attente.',
  created: 'Structure créée : vous en êtes le gestionnaire principal.',
  duplicated: 'Structure dupliquée : « {name} » ({id}) a été créée ; l’ancienne structure est désactivée.',
  inseeBefore: 'Avant',
  inseeAfter: 'Après',
  inseeDiffCaption: 'Mise à jour depuis l’INSEE',
  field: 'Donnée',
  inseeData: 'Données de l’INSEE',
  memberIntro:
    'Vous ne gérez aucune structure : voici, en consultation, la fiche des structures auxquelles vous êtes rattaché. Pour la modifier, adressez-vous à son gestionnaire principal.',
  memberChoice: 'Identifiant',
  consultOnly:
    'Vous ne gérez pas cette structure : voici sa fiche, en consultation. Pour la modifier, adressez-vous à son gestionnaire principal.',
  warningsTitle: 'Avertissements',
  parameters: 'Paramètres de la structure publique',
  parametersPrivate: 'Ces paramètres ne concernent que les structures publiques.',
  recevoirDonneesViaEDI: 'L’entité peut recevoir des données via EDI',
  recevoirDonneesViaEDIHelp:
    'Si cette case est cochée, l’entité publique peut recevoir des factures et pièces de facturation par lot via le protocole des échanges de données informatisés (EDI). Remplie automatiquement à partir des données de référence de la DGFiP : non modifiable.',
  codeServiceDoitEtreRenseigne: 'Le code service doit être renseigné par le fournisseur',
  codeServiceDoitEtreRenseigneHelp:
    'Tous les fournisseurs doivent obligatoirement renseigner un code service pour envoyer une facture à cette structure publique.',
  numeroEJDoitEtreRenseigne: 'Le numéro d’engagement doit être renseigné par le fournisseur',
  numeroEJDoitEtreRenseigneHelp:
    'Tous les fournisseurs doivent obligatoirement renseigner un numéro d’engagement pour envoyer une facture à cette structure publique.',
  gestionNumeroEJOuCodeService: 'Le numéro d’engagement ou le code service est obligatoire',
  gestionNumeroEJOuCodeServiceHelp:
    'Les fournisseurs doivent renseigner au moins l’une des deux informations (code service ou numéro d’engagement).',
  statutMiseEnPaiementNestPasRemonte: 'Le statut « Mise en paiement » n’est pas remonté au fournisseur',
  statutMiseEnPaiementNestPasRemonteHelp:
    'Empêche le fournisseur de voir le statut « Mise en paiement » quand la facture est payée ; à cocher si la structure ne peut pas remonter ce statut automatiquement (factures récupérées sur le portail).',
  moa: 'Présence MOA',
  moaHelp: 'Identifie la présence de la maîtrise d’ouvrage et donc comment les factures de travaux sont reçues.',
  moaSans: 'Structure sans MOA',
  moaSansHelp: 'La validation se fait hors de l’outil.',
  moaAvec: 'Structure avec MOA',
  moaAvecHelp:
    'Un acteur MOA intervient dans le portail pour les factures de travaux ; les documents arrivent dans « Factures reçues » pour mise en paiement.',
  moaExclusivement: 'Structure exclusivement MOA',
  moaExclusivementHelp:
    'Tous les acteurs de la structure sont MOA : ils n’accèdent qu’aux documents arrivant dans « Factures de travaux ».',
  createTitle: 'Créer une structure',
  duplicateTitle: 'Dupliquer la structure « {name} »',
  duplicateIntro:
    'La nouvelle structure reprend les informations générales et l’adresse de l’INSEE et copie le reste, sauf le mandat de facturation, qui n’est pas copié. L’ancienne structure sera désactivée.',
  newIdentifier: 'Nouveau SIRET',
  sameType: 'Même type d’identifiant que l’ancienne structure : {type}.',
  editTitle: 'Modifier « {name} »',
  identifierHint: 'Format attendu : {format}',
  requiredNote: 'Les champs marqués d’un astérisque (*) sont obligatoires.',
  required: 'Ce champ est obligatoire.',
  vetoed: 'L’opération a été annulée par la page.',
  summaryField: '{label}',
  conflictTitle: 'La structure a été modifiée entre-temps',
  conflictFields: 'Modifié sur le serveur depuis votre chargement : {fields}. Vos saisies sont conservées.',
  conflictNone: 'Le serveur a enregistré une autre demande depuis votre chargement. Vos saisies sont conservées.',
  conflictReload: 'Reprendre les valeurs du serveur',
  conflictOverwrite: 'Enregistrer mes saisies quand même',
};

/** FR/EN texts of cp-structure-manager (the EN catalogue loaded on demand). */
export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the catalogue. */
export type MessageKey = keyof typeof fr;

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const ruleRefs = { noManaged: 'STR-3', inseeOnlySiret: 'STR-3' } as const;
