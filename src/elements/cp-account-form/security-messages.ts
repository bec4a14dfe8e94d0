import { defineMessages } from '../../i18n/catalog.js';
import type { BlockWords } from './account-block.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `security-messages.en.ts`, loaded on demand. */
const fr = {
  passwordTitle: 'Modifier mon mot de passe',
  currentPassword: 'Mot de passe actuel',
  changePassword: 'Modifier le mot de passe',
  passwordChanged: 'Votre mot de passe a été modifié.',
  questionTitle: 'Question secrète',
  currentQuestion: 'Question actuelle : {question}',
  noQuestion: 'Aucune question secrète n’est enregistrée.',
  question: 'Nouvelle question secrète',
  answer: 'Réponse secrète',
  answerHint: 'La réponse est conservée chiffrée et n’est jamais réaffichée.',
  changeQuestion: 'Modifier la question secrète',
  questionChanged: 'Votre question secrète a été modifiée.',
  required: 'Ce champ est obligatoire.',
  failed: 'La modification a échoué. {message}',
  working: 'Enregistrement…',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the security block: password change (ACC-4), secret question and answer (ACC-5). */
export const st = defineMessages(fr, () => import('./security-messages.en.js'));

/** How the password and secret question blocks word a refused change. */
export const securityWords: BlockWords = { failed: (message, locale) => st(locale, 'failed', { message }) };
