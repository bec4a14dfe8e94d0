import type { OutboxEmail } from '../../src/domain/schemas/index.js';
import { nowIso, type MockEnv } from './context.js';

/**
 * Sends an e-mail the mock way (NOT-4): it lands in the outbox with its time, so the demo shows it
 * and tests follow its link. Every rule that "sends an e-mail" calls this.
 */
export function sendEmail(env: Pick<MockEnv, 'store' | 'clock'>, email: Omit<OutboxEmail, 'idEmail' | 'dateEnvoi'>): OutboxEmail {
  return env.store.outbox.insert({ ...email, dateEnvoi: nowIso(env) });
}
