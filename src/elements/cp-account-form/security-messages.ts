import { defineMessages } from '../../i18n/catalog.js';
import type { BlockWords } from './account-block.js';

/** FR/EN texts of the security block: password change (ACC-4), secret question and answer (ACC-5). */
export const st = defineMessages(
  {
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
    failed: 'La modification a échoué : {message}',
    working: 'Enregistrement…',
  },
  {
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
  },
);

/** How the password and secret question blocks word a refused change. */
export const securityWords: BlockWords = { failed: (message, locale) => st(locale, 'failed', { message }) };
