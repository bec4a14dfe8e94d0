import { defineMessages } from '../../i18n/catalog.js';

/**
 * Texts of cp-structure-fiche (FR default; the EN catalogue, with the same keys, is
 * `messages.en.ts`, loaded on demand); field labels are the portal's (guides 002, 004).
 */
const fr = {
  title: 'Fiche structure',
  titleOf: 'Fiche structure : {name}',
  loading: 'Chargement de la fiche structure…',
  noSession: 'Aucune session : l’élément doit être placé dans un <cp-session>.',
  noStructure: 'Aucune structure choisie.',
  retry: 'Réessayer',
  forbiddenHelp:
    'La fiche d’une structure se consulte quand on y est rattaché et que le rattachement est validé. Demandez un rattachement depuis « Mes rattachements ».',
  general: 'Informations générales',
  typeIdentifiantStructure: 'Type d’identifiant',
  identifiantStructure: 'Identifiant',
  designationStructure: 'Raison sociale',
  libelleStructure: 'Libellé de la structure',
  nomStructure: 'Nom',
  prenomStructure: 'Prénom',
  numeroRcs: 'Numéro RCS',
  tvaIntracommunautaire: 'Numéro TVA intracommunautaire',
  typeStructure: 'Type de structure',
  PUBLIQUE: 'Publique',
  PRIVEE: 'Privée',
  emailStructure: 'Adresse électronique',
  statut: 'Statut',
  ACTIF: 'Active',
  INACTIF: 'Inactive',
  gestionnairePrincipal: 'Gestionnaire principal',
  nonDiffusibleInsee: 'Non diffusible INSEE',
  address: 'Adresse postale',
  adresse: 'Adresse',
  complementAdresse1: 'Complément d’adresse 1',
  complementAdresse2: 'Complément d’adresse 2',
  codePostal: 'Code postal',
  ville: 'Ville',
  etatProvince: 'État / Province',
  pays: 'Pays',
  telephone: 'Téléphone',
  services: 'Services actifs',
  servicesCaption: 'Services actifs de la structure',
  codeService: 'Code service',
  libelleService: 'Libellé du service',
  noService: 'Aucun service actif : les factures s’adressent à la structure.',
  parameters: 'Paramètres structure publique',
  options: 'Options',
  recevoirDonneesViaEDI: 'L’entité peut recevoir des données via EDI',
  codeServiceDoitEtreRenseigne: 'Le code service doit être renseigné par le fournisseur',
  numeroEJDoitEtreRenseigne: 'Le numéro d’engagement doit être renseigné par le fournisseur',
  gestionNumeroEJOuCodeService: 'Le numéro d’engagement ou le code service est obligatoire',
  statutMiseEnPaiementNestPasRemonte: 'Le statut « Mise en paiement » n’est pas remonté au fournisseur',
  moa: 'Présence MOA',
  moasans: 'Structure sans MOA',
  moaavec: 'Structure avec MOA',
  moaexclusivement: 'Structure exclusivement MOA',
  yes: 'Oui',
  no: 'Non',
  empty: 'Non renseigné',
};

export const t = defineMessages(fr, () => import('./messages.en.js'));

/** A key of the catalogue. */
export type MessageKey = keyof typeof fr;
