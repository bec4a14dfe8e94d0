import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `reactivation-messages.en.ts`, loaded on demand. */
const fr = {
  requestTitle: 'Réactiver mon compte',
  requestIntro:
    'Pendant {days} jours après la désactivation, vous pouvez réactiver votre compte vous-même : un lien à usage unique, valable 24 heures, est envoyé à votre adresse électronique de contact.',
  request: 'Réactiver mon compte',
  requestAgain: 'Demander un nouveau lien',
  requesting: 'Envoi…',
  confirmText:
    'Un courriel contenant un lien de réactivation, à usage unique et valable 24 heures, va être envoyé à votre adresse électronique de contact. Cliquez sur Valider pour l’envoyer.',
  validate: 'Valider',
  cancel: 'Annuler',
  sent: 'Un courriel a été envoyé à {to}. Suivez le lien qu’il contient avant le {date} à {time} ; il ne sert qu’une fois.',
  support:
    'Au-delà de {days} jours, seule l’assistance peut réactiver votre compte : adressez une sollicitation au support Chorus Pro.',
  supportLink: 'Adresser une sollicitation au support',
  requestFailed: 'La demande a échoué. {message}',
  linkTitle: 'Réactivation de votre compte',
  linkIntro: 'Choisissez un nouveau mot de passe et une nouvelle question secrète pour réactiver votre compte.',
  question: 'Nouvelle question secrète',
  answer: 'Réponse secrète',
  answerHint: 'La réponse est conservée chiffrée et n’est jamais réaffichée.',
  required: 'Ce champ est obligatoire.',
  reactivate: 'Valider',
  working: 'Réactivation…',
  reactivated: 'Votre compte est réactivé, avec ses rattachements et ses habilitations.',
  used: 'Ce lien a déjà servi ou a été remplacé par un lien plus récent.',
  expired: 'Ce lien a expiré : il n’était valable que 24 heures.',
  unknown: 'Ce lien de réactivation n’est pas reconnu : vérifiez que vous avez copié toute l’adresse du courriel.',
  wayForward: 'Vous pouvez demander un nouveau lien tant que votre compte est désactivé depuis {days} jours au plus.',
  failed: 'La réactivation a échoué. {message}',
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the reactivation block (DEA-3, DEA-4, ID-4). */
export const rt = defineMessages(fr, () => import('./reactivation-messages.en.js'));

/** The rule behind the refusals of a reactivation link, shown apart as "Réf. DEA-3". */
export const reactivationRuleRefs = { used: 'DEA-3', expired: 'DEA-3' } as const;
