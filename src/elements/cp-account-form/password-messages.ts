import { defineMessages } from '../../i18n/catalog.js';

/** FR/EN texts of the new-password fields and of the ACC-4 policy, shared by the security and reactivation blocks. */
export const pt = defineMessages(
  {
    newPassword: 'Nouveau mot de passe',
    confirmation: 'Confirmation du nouveau mot de passe',
    policyTitle: 'Votre mot de passe doit contenir :',
    policyLength: 'au moins {min} caractères',
    policyClasses:
      'au moins 3 types de caractères parmi minuscules, majuscules, chiffres et caractères spéciaux ({count} sur 4)',
    policyDiffers: 'un mot de passe différent de l’actuel',
    policyConfirmed: 'la même saisie dans la confirmation',
    met: 'Respecté :',
    unmet: 'Non respecté :',
    policyError: 'Le mot de passe ne respecte pas la politique indiquée.',
    reusedError: 'Le nouveau mot de passe doit différer de l’actuel.',
    mismatchError: 'La confirmation ne correspond pas au nouveau mot de passe.',
    show: 'Afficher les mots de passe',
  },
  {
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
  },
);
