import type { UserAccount } from '../../src/domain/schemas/index.js';
import { refuse } from './errors.js';

/** ID-4: a deactivated account can do nothing but reactivate. */
export function assertAccountActive(caller: UserAccount): void {
  if (caller.etat !== 'ACTIF') {
    throw refuse('ACCOUNT_DEACTIVATED', 'ID-4', {
      fr: 'Votre compte est désactivé : seule sa réactivation est possible.',
      en: 'Your account is deactivated: only its reactivation is possible.',
    });
  }
}

/** ACC-1: an account initialised from MADRHAS must be completed before anything else. */
export function assertAccountCompleted(caller: UserAccount): void {
  if (!caller.premiereConnexionTerminee) {
    throw refuse('FIRST_CONNECTION_REQUIRED', 'ACC-1', {
      fr: 'Complétez d’abord vos informations de première connexion.',
      en: 'First complete your first-connection information.',
    });
  }
}

/**
 * ACC-8: an account initialised from MADRHAS authenticates through the PIGP, so its password and
 * secret question live there, and its deactivation or reactivation is done by the user's DGFiP
 * referent in MADRHAS (guide 002): `what` says which of these the caller tried.
 */
export function assertPortalAccount(caller: UserAccount, what: PigpManagedAction): void {
  if (caller.origine !== 'MADRHAS') return;
  throw refuse('FORBIDDEN', 'ACC-8', PIGP_MANAGED[what]);
}

/** What a PIGP account cannot do in Chorus Pro itself (ACC-8). */
export type PigpManagedAction = 'secrets' | 'deactivation';

const PIGP_MANAGED = {
  secrets: {
    fr: 'Votre compte est authentifié par le PIGP : votre mot de passe et votre question secrète se gèrent sur le PIGP, pas dans Chorus Pro.',
    en: 'Your account is authenticated by the PIGP: your password and secret question are managed on the PIGP, not in Chorus Pro.',
  },
  deactivation: {
    fr: 'Votre compte a été créé à partir du référentiel MADRHAS : pour le désactiver ou le réactiver, passez par votre référent DGFiP, qui fait la modification dans MADRHAS.',
    en: 'Your account was created from the MADRHAS directory: to deactivate or reactivate it, go through your DGFiP referent, who makes the change in MADRHAS.',
  },
} as const;
