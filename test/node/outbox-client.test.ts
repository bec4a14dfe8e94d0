import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../mock-api/clock.js';
import { createOutboxClient } from '../../src/client/index.js';
import { BASE_URL, useMock } from './support/mock.js';

const mock = useMock();

describe('NOT-4 the outbox read through the client', () => {
  it('NOT-4, DEA-3: the reactivation e-mail and its link are listed for the recipient, newest first', async () => {
    const henri = mock.clientAs('henri');
    await henri.requestReactivation();
    mock.clock.advance(DAY_MS);
    const { destinataire } = await henri.requestReactivation();
    const outbox = createOutboxClient({ baseUrl: BASE_URL, getToken: () => 'token-henri' });
    const page = await outbox.listOutbox({ destinataire });
    expect(page.total).toBe(2);
    expect(page.items[0]!.lien).toMatch(/^\/reactivation\?jeton=/);
    expect(page.items[0]!.dateEnvoi > page.items[1]!.dateEnvoi).toBe(true);
    expect((await outbox.listOutbox({ destinataire: 'nobody@example.fr' })).items).toEqual([]);
  });
});
