import type { OutboxEmail, UserAccount } from '../../src/domain/schemas/index.js';
import { nowIso, type MockEnv } from './context.js';

/**
 * Sends an e-mail the mock way (NOT-4): it lands in the outbox with its time, so the demo shows it
 * and tests follow its link. Every rule that "sends an e-mail" calls this.
 */
export function sendEmail(
  env: Pick<MockEnv, 'store' | 'clock'>,
  email: Omit<OutboxEmail, 'idEmail' | 'dateEnvoi'>,
): OutboxEmail {
  return env.store.outbox.insert({ ...email, dateEnvoi: nowIso(env) });
}

/** Whether an e-mail carries a single-use link (DEA-3 reactivation): the link is a credential. */
export const carriesSingleUseLink = (email: OutboxEmail): boolean => /[?&]jeton=/.test(email.lien ?? '');

/** Whether an e-mail is addressed to `user` (by account, or by address for mail sent before the account was known). */
const addressedTo = (email: OutboxEmail, user: UserAccount): boolean =>
  email.idUtilisateur !== undefined
    ? email.idUtilisateur === user.idUtilisateur
    : [user.login, user.emailContact].some((address) => address?.toLowerCase() === email.destinataire.toLowerCase());

/**
 * NOT-4: the outbox as `caller` may read it: the e-mails addressed to him. In demo mode
 * (`config.demoMode`, the demo page and Storybook) every e-mail, but a single-use link addressed to
 * someone else is left out: it would let the reader take that account over.
 */
export function outboxOf(env: Pick<MockEnv, 'store' | 'config'>, caller: UserAccount): OutboxEmail[] {
  const all = env.store.outbox.all();
  if (!env.config.demoMode) return all.filter((email) => addressedTo(email, caller));
  return all.map((email) => {
    if (addressedTo(email, caller) || !carriesSingleUseLink(email)) return email;
    const { lien: _secret, ...withoutLink } = email;
    return withoutLink;
  });
}
