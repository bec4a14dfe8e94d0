import type { Catalog } from '../../i18n/catalog.js';
import type { MessageKey } from './security-messages.js';

/** The EN catalogue of `cp-account-form/security-messages.ts`, loaded only when an element renders in English. */
export default {
  passwordTitle: 'Change my password',
  currentPassword: 'Current password',
  changePassword: 'Change the password',
  passwordChanged: 'Your password has been changed.',
  questionTitle: 'Secret question',
  currentQuestion: 'Current question: {question}',
  noQuestion: 'No secret question is recorded.',
  question: 'New secret question',
  answer: 'Secret answer',
  answerHint: 'The answer is stored hashed and never shown again.',
  changeQuestion: 'Change the secret question',
  questionChanged: 'Your secret question has been changed.',
  required: 'This field is required.',
  failed: 'The change failed: {message}',
  working: 'Saving…',
} satisfies Catalog<MessageKey>;
