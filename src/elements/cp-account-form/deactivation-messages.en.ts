import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './deactivation-messages.js';

/** The EN catalogue of `cp-account-form/deactivation-messages.ts`, loaded only when an element renders in English. */
export default {
  title: 'Deactivate my account',
  intro:
    'Once your account is deactivated you will no longer have access to Chorus Pro nor receive any notification. You can reactivate it yourself for {days} days; after that, you will need to send a request to the support.',
  loading: 'Checking what deactivation requires…',
  loadFailed: 'Deactivation cannot be prepared: {message}',
  gpIntro:
    'You are the main manager of {count, plural, one {# structure. First designate its new main manager} other {# structures. First designate a new main manager for each}}, among the users attached to the structure.',
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
  noCommonCandidate: 'No user attached to all your structures matches the search: designate one person per structure.',
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
} satisfies Catalog<MessageKey>;
