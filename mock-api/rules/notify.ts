import type { Application, OutboxEmail, UserAccount } from '../../src/domain/schemas/index.js';
import type { Store } from '../store.js';
import { isInForce, roleOf } from './access.js';
import type { MockEnv } from './context.js';
import { sendEmail } from './outbox.js';
import { covers } from './rattachements-scope.js';

/**
 * Who is told about something on a structure (NOT-3), and the sending of a message written in each
 * recipient's language. Every notification of the rules (rejected invoice, digests) goes through it.
 */

/** What a notification is about: a structure, optionally one of its services and the espace concerned. */
export interface Audience {
  idStructureCPP: number;
  idService?: number | undefined;
  espace?: Application | undefined;
}

/** A message in both languages of the kit; each recipient gets it in his own (ACC-6). */
export interface BilingualEmail {
  sujet: { fr: string; en: string };
  corps: { fr: string; en: string };
  lien?: string;
}

/** Where a user's notifications go: his contact e-mail (ACC-2), or his login id without one. */
export const contactAddressOf = (user: UserAccount): string =>
  user.adresseNotification ?? user.emailContact ?? user.login;

/**
 * NOT-3: the active users concerned: attached by a VALIDEE rattachement in force today (RAT-9) that
 * covers the service when one is named (any rattachement to the structure otherwise); the GP and GS by
 * their role; simple users only through a VALIDE abonnement covering it (to the espace, when one is
 * named). Deactivated accounts get nothing.
 */
export function recipientsOf(store: Store, today: string, audience: Audience): UserAccount[] {
  const attached = new Set(
    store.rattachements
      .filter(
        (r) =>
          r.idStructureCPP === audience.idStructureCPP &&
          r.statutRattachement === 'VALIDEE' &&
          isInForce(r, today) &&
          (audience.idService === undefined || covers(r, audience.idService)),
      )
      .map((r) => r.idUtilisateur),
  );
  const recipients: UserAccount[] = [];
  for (const id of attached) {
    const user = store.users.get(id);
    if (!user || user.etat !== 'ACTIF') continue;
    if (roleOf(store, id, audience.idStructureCPP, today) === 'UTILISATEUR' && !holdsAbonnement(store, id, audience))
      continue;
    recipients.push(user);
  }
  return recipients;
}

/** Whether a simple user holds a VALIDE abonnement for the audience (whole structure or its service; its espace when named). */
const holdsAbonnement = (store: Store, idUtilisateur: number, audience: Audience): boolean =>
  store.abonnements.find(
    (a) =>
      a.idUtilisateur === idUtilisateur &&
      a.idStructureCPP === audience.idStructureCPP &&
      a.statut === 'VALIDE' &&
      (audience.idService === undefined || a.idService === undefined || a.idService === audience.idService) &&
      (audience.espace === undefined || a.espace === audience.espace),
  ) !== undefined;

/** Sends a message to one user, in his language, at his contact address (NOT-4 outbox). */
export function notifyUser(
  env: Pick<MockEnv, 'store' | 'clock'>,
  user: UserAccount,
  email: BilingualEmail,
): OutboxEmail {
  const language = user.parametres.langue === 'EN' ? 'en' : 'fr';
  return sendEmail(env, {
    destinataire: contactAddressOf(user),
    idUtilisateur: user.idUtilisateur,
    sujet: email.sujet[language],
    corps: email.corps[language],
    ...(email.lien ? { lien: email.lien } : {}),
  });
}
