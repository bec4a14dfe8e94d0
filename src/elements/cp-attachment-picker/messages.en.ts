import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './messages.js';

/** The EN catalogue of `cp-attachment-picker/messages.ts`, loaded only when an element renders in English. */
export default {
  legend_facture: 'Attachments of the invoice',
  legend_memoire: 'Attachments of the statement of legal costs',
  legend_tic: 'Attachments of the TIC refund request',
  hint: 'Tick the attachments of your account to include. They stay available in “My attachments”.',
  filter: 'Filter by name, description or type',
  option: '{name}: {designation} ({type}, {size}, added on {date})',
  empty: 'You have no attachment yet: add one below.',
  noMatch: 'No attachment matches the filter “{filter}”.',
  chosenNone: 'No attachment chosen.',
  chosen: '{count, plural, one {# attachment chosen} other {# attachments chosen}}.',
  valueMissing: 'Choose at least one attachment.',
  addOpen: 'Add an attachment to my account',
  addClose: 'Close adding an attachment',
  added: '{name} was added to your account and ticked.',
  loading: 'Loading your attachments…',
  retry: 'Try again',
  noSession: 'No session: the host page must place this element inside a <cp-session>.',
} satisfies Catalog<MessageKey>;
