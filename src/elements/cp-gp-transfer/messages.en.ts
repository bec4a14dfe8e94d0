import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './messages.js';

/** The EN catalogue of `cp-gp-transfer/messages.ts`, loaded only when an element renders in English. */
export default {
  title: 'Transfer my main manager role',
  loading: 'Loading…',
  loadFailed: 'Your structures could not be loaded: {message}',
  retry: 'Try again',
  noSession: 'No user logged in: put this element inside a <cp-session>.',
  notGp:
    'You are the main manager of no structure: only the main manager transfers the role, not the holders of "Organisation modification". Ask your structure’s main manager.',
  intro:
    'You are the main manager of {count, plural, one {# structure} other {# structures}}. After the transfer you stay attached as a simple user.',
  way: 'How to transfer?',
  way_STRUCTURES_CHOISIES: 'Some of my structures to one user',
  way_TOUTES_A_UN: 'All my structures to one user',
  way_TOUTES_UNE_PAR_STRUCTURE: 'All my structures, a chosen user per structure',
  structures: 'Structures to transfer',
  search: 'Search a successor',
  searchHint:
    'Last name, first name, e-mail or postal address. Only users attached (validated) to the structure can become main manager.',
  newGp: 'New main manager',
  newGpFor: 'New main manager of {structure}',
  choose: '— Choose —',
  noPigp: '{user} (no PIGP account: refused for a public structure)',
  pigpRequired: 'Public structure outside the State: the new main manager needs a PIGP account.',
  noCandidate: 'No user attached (validated) to {structure} matches: attach your successor first.',
  noCommonCandidate:
    'No user is attached (validated) to every chosen structure: choose "a user per structure" or attach them first.',
  candidates: '{count, plural, one {# attached user} other {# attached users}} can take over the role.',
  pickStructures: 'Tick at least one structure.',
  pickUser: 'Choose the new main manager among the attached users.',
  pickUserFor: 'Choose the new main manager of {structure} among its attached users.',
  submit: 'Submit',
  confirmTitle: 'Transfer your main manager role?',
  confirmLine: '{structure} → {user}',
  confirmEffect: 'You will stay attached to these structures as a simple user and lose your manager rights.',
  confirmLabel: 'Transfer',
  done: 'Role transferred for {count, plural, one {# structure} other {# structures}}: you are now a simple user there.',
  refused: 'The transfer was refused, nothing changed: {message}',
  blocking: '{structure}: {message}',
  vetoed: 'The host page cancelled the transfer.',
  errorPrefix: 'Error:',
} satisfies Catalog<MessageKey>;
