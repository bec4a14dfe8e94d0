import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './messages.js';

/** The EN catalogue of `cp-habilitations/messages.ts`, loaded only when an element renders in English. */
export default {
  habilitationsTitle: 'My habilitations',
  habilitationsIntro: 'Your profiles (application and mode) by structure and service.',
  abonnementsTitle: 'My space subscriptions',
  abonnementsIntro: 'One row per structure, service and space, held or pending validation.',
  loading: 'Loading…',
  loadFailed: 'Loading failed: {message}',
  retry: 'Try again',
  noSession: 'No user is logged in: put this element inside a <cp-session>.',
  filter: 'Filter the habilitations',
  filterHint: 'Structure, service, application or mode; for example “Received invoices”.',
  filtered:
    '{shown, plural, one {# habilitation out of {total} matches} other {# habilitations out of {total} match}} the filter.',
  noHabilitation: 'You hold no habilitation.',
  noAbonnement: 'You have no subscription.',
  structure: 'Structure',
  service: 'Service',
  wholeStructure: 'Whole structure',
  application: 'Application',
  espace: 'Space',
  mode: 'Mode',
  modeEffectif: 'Access today',
  statut: 'Status',
  dateEffet: 'Effective date',
  MODIFICATION: 'Modification',
  CONSULTATION_UNIQUEMENT: 'Consultation only',
  noAccess: 'No access (rattachement outside its validity or not validated)',
  VALIDE: 'Validated',
  EN_COURS_DE_VALIDATION: 'Pending validation',
  habilitationsCsv: 'my-habilitations.csv',
  abonnementsCsv: 'my-subscriptions.csv',
  delete: 'Delete',
  deleteSelected: 'Delete the selection ({count})',
  deleteTitle: 'Delete subscriptions',
  deleteConfirm:
    '{count, plural, one {# subscription will be deleted} other {# subscriptions will be deleted}}; a pending request is withdrawn. Do you confirm?',
  confirm: 'Confirm',
  cancel: 'Cancel',
  deleted: '{count, plural, one {# subscription deleted} other {# subscriptions deleted}}.',
  requested:
    '{count, plural, one {# subscription request sent} other {# subscription requests sent}}: pending validation by a manager.',
  deleteFailed: 'The deletion failed: {message}',
  roleBoundStatus: '{status} · comes with your main manager role',
  roleBound:
    '"Organisation" and "Manager activities" of {structures} come with your main manager role: they cannot be deleted. They will go to your successor if you hand the role over. Nothing was deleted.',
  request: 'Request a subscription',
  closeRequest: 'Close the request',
} satisfies Catalog<MessageKey>;
