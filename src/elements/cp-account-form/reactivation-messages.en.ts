import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './reactivation-messages.js';

/** The EN catalogue of `cp-account-form/reactivation-messages.ts`, loaded only when an element renders in English. */
export default {
  requestTitle: 'Reactivate my account',
  requestIntro:
    'For {days} days after deactivation you can reactivate your account yourself: a single-use link, valid for 24 hours, is sent to your contact e-mail address.',
  request: 'Reactivate my account',
  requestAgain: 'Ask for a new link',
  requesting: 'Sending…',
  confirmText:
    'An e-mail with a reactivation link, single-use and valid for 24 hours, is about to be sent to your contact e-mail address. Press Confirm to send it.',
  validate: 'Confirm',
  cancel: 'Cancel',
  sent: 'An e-mail was sent to {to}. Follow its link before {date} at {time}; it works once.',
  support:
    'After {days} days only the helpdesk can reactivate your account: send a request (sollicitation) to the Chorus Pro support.',
  supportLink: 'Send a request to the support',
  requestFailed: 'The request failed: {message}',
  linkTitle: 'Reactivating your account',
  linkIntro: 'Choose a new password and a new secret question to reactivate your account.',
  question: 'New secret question',
  answer: 'Secret answer',
  answerHint: 'The answer is stored hashed and never shown again.',
  required: 'This field is required.',
  reactivate: 'Confirm',
  working: 'Reactivating…',
  reactivated: 'Your account is active again, with its rattachements and rights.',
  used: 'This link was already used or replaced by a newer one.',
  expired: 'This link has expired: it was valid for 24 hours only.',
  unknown: 'This reactivation link is not recognised: check that you copied the whole address from the e-mail.',
  wayForward: 'You can ask for a new link as long as your account was deactivated {days} days ago or less.',
  failed: 'Reactivation failed: {message}',
} satisfies Catalog<MessageKey>;
