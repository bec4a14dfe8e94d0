import { defineMessages } from '../../i18n/catalog.js';

/** FR/EN texts of the reactivation block (DEA-3, DEA-4, ID-4). */
export const rt = defineMessages(
  {
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
    requestFailed: 'La demande a échoué : {message}',
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
    failed: 'La réactivation a échoué : {message}',
  },
  {
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
    reactivated: 'Your account is active again, with its attachments and rights.',
    used: 'This link was already used or replaced by a newer one.',
    expired: 'This link has expired: it was valid for 24 hours only.',
    unknown: 'This reactivation link is not recognised: check that you copied the whole address from the e-mail.',
    wayForward: 'You can ask for a new link as long as your account was deactivated {days} days ago or less.',
    failed: 'Reactivation failed: {message}',
  },
);

/** The rule behind the refusals of a reactivation link, shown apart as "Réf. DEA-3". */
export const reactivationRuleRefs = { used: 'DEA-3', expired: 'DEA-3' } as const;
