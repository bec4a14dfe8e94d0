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
