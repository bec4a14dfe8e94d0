import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `request-messages.en.ts`, loaded on demand. */
const fr = {
  legend: 'Demander un abonnement à un espace',
  rules:
    'Choisissez une structure à laquelle vous êtes rattaché et un espace, puis cochez pour chaque service le mode souhaité ; le service par défaut désigne toute la structure. Seuls les services auxquels vous êtes rattaché sont proposés. Si la structure gère ses espaces au niveau de la structure, vous pouvez demander les espaces ouverts sur la structure ; si elle les gère par service, seulement ceux ouverts sur votre service. Chaque ligne est soumise à la validation d’un gestionnaire de la structure.',
  structure: 'Structure',
  chooseStructure: 'Choisissez une structure',
  noStructure: 'Vous n’avez aucun rattachement validé en vigueur : demandez d’abord un rattachement.',
  espace: 'Espace',
  chooseEspace: 'Choisissez un espace',
  scopes: 'Services et modes demandés',
  defaultService: 'Service par défaut (toute la structure)',
  modification: 'Modification',
  consultation: 'Consultation',
  modeOf: '{mode} sur {scope}',
  servicesLoading: 'Chargement des services…',
  dateEffet: 'Date d’effet',
  commentaire: 'Commentaire (facultatif)',
  counter: '{count} / 255 caractères',
  submit: 'Valider la demande',
  cancel: 'Annuler',
  sending: 'Envoi de la demande…',
  structureRequired: 'Choisissez une structure.',
  espaceRequired: 'Choisissez un espace.',
  scopesRequired: 'Cochez au moins un mode sur un service.',
  dateRequired: 'Saisissez la date d’effet.',
  refused: 'La demande est refusée. {message}',
  retryHint: 'Vos saisies sont conservées ; corrigez-les puis validez à nouveau.',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the abonnement request form (HAB-8). */
export const t = defineMessages(fr, () => import('./request-messages.en.js'));

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const requestRuleRefs = { noStructure: 'RAT-4' } as const;
