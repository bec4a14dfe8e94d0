import { defineMessages } from '../../i18n/catalog.js';

/** FR/EN texts of the abonnement request form (HAB-8). */
export const t = defineMessages(
  {
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
    refused: 'La demande est refusée : {message}',
    retryHint: 'Vos saisies sont conservées ; corrigez-les puis validez à nouveau.',
  },
  {
    legend: 'Request a subscription to an espace',
    rules:
      'Choose a structure you are attached to and an espace, then tick for each service the mode you want; the default service means the whole structure. Only the services you are attached to are offered. If the structure manages its espaces at structure level, you may request the espaces open on the structure; if it manages them per service, only those open on your service. Each line waits for the validation of a manager of the structure.',
    structure: 'Structure',
    chooseStructure: 'Choose a structure',
    noStructure: 'You have no validated rattachement in force: request a rattachement first.',
    espace: 'Space',
    chooseEspace: 'Choose a space',
    scopes: 'Services and modes requested',
    defaultService: 'Default service (whole structure)',
    modification: 'Modification',
    consultation: 'Consultation',
    modeOf: '{mode} on {scope}',
    servicesLoading: 'Loading the services…',
    dateEffet: 'Effective date',
    commentaire: 'Comment (optional)',
    counter: '{count} / 255 characters',
    submit: 'Submit the request',
    cancel: 'Cancel',
    sending: 'Sending the request…',
    structureRequired: 'Choose a structure.',
    espaceRequired: 'Choose an espace.',
    scopesRequired: 'Tick at least one mode on a service.',
    dateRequired: 'Enter the effective date.',
    refused: 'The request is refused: {message}',
    retryHint: 'Your entries are kept; correct them and submit again.',
  },
);

/** The rules behind the messages that say why something is unavailable, shown apart as "Réf. …". */
export const requestRuleRefs = { noStructure: 'RAT-4' } as const;
