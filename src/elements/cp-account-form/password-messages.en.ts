import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './password-messages.js';

/** The EN catalogue of `cp-account-form/password-messages.ts`, loaded only when an element renders in English. */
export default {
  newPassword: 'New password',
  confirmation: 'Confirm the new password',
  policyTitle: 'Your password must contain:',
  policyLength: 'at least {min} characters',
  policyClasses:
    'at least 3 kinds of characters among lower case, upper case, digits and special characters ({count} of 4)',
  policyDiffers: 'a password different from the current one',
  policyConfirmed: 'the same text in the confirmation',
  met: 'Met:',
  unmet: 'Not met:',
  policyError: 'The password does not follow the stated policy.',
  reusedError: 'The new password must differ from the current one.',
  mismatchError: 'The confirmation does not match the new password.',
  show: 'Show passwords',
} satisfies Catalog<MessageKey>;
