import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './request-messages.js';

/** The EN catalogue of `cp-habilitations/request-messages.ts`, loaded only when an element renders in English. */
export default {
  legend: 'Request a subscription to a space',
  rules:
    'Choose a structure you are attached to and a space, then tick for each service the mode you want; the default service means the whole structure. Only the services you are attached to are offered. If the structure manages its espaces at structure level, you may request the espaces open on the structure; if it manages them per service, only those open on your service. Each line waits for the validation of a manager of the structure.',
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
  espaceRequired: 'Choose a space.',
  scopesRequired: 'Tick at least one mode on a service.',
  dateRequired: 'Enter the effective date.',
  refused: 'The request is refused: {message}',
  retryHint: 'Your entries are kept; correct them and submit again.',
} satisfies Catalog<MessageKey>;
