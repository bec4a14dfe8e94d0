import { defineMessages } from '../../i18n/catalog.js';

/** The FR catalogue (the default); the EN one, with the same keys, is `password-messages.en.ts`, loaded on demand. */
const fr = {
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
};

/** The keys of the catalogue, FR and EN. */
export type MessageKey = keyof typeof fr;

/** FR/EN texts of the new-password fields and of the ACC-4 policy, shared by the security and reactivation blocks. */
export const pt = defineMessages(fr, () => import('./password-messages.en.js'));
