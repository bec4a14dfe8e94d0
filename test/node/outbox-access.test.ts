import { describe, expect, it } from 'vitest';
import { manualClock } from '../../mock-api/clock.js';
import { createMockApp } from '../../mock-api/http/app.js';
import { defaultConfig } from '../../mock-api/rules/context.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { createOutboxClient } from '../../src/client/index.js';
import { OutboxEmail, pageOf, Problem } from '../../src/domain/schemas/index.js';
import { BASE_URL, refusal, T0, useMock } from './support/mock.js';

const mock = useMock();
const HENRI = 'henri.moreau@cc-chaourcois.fr';

describe('NOT-4 the outbox belongs to its recipient (issue 12)', () => {
  it('ID-1: without a credential the outbox answers 401 problem+json', async () => {
    const response = await fetch(`${BASE_URL}/api/outbox`);
    expect(response.status).toBe(401);
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'UNAUTHENTICATED', rule: 'ID-1' });
    await refusal(createOutboxClient({ baseUrl: BASE_URL }).listOutbox(), 'UNAUTHENTICATED', 'ID-1');
  });

  it('NOT-4, DEA-3: a deactivated user reads his own reactivation link; another user sees none of his mail, even filtering by his address', async () => {
    await mock.clientAs('henri').requestReactivation();
    const own = await createOutboxClient({ baseUrl: BASE_URL, getToken: () => 'token-henri' }).listOutbox();
    expect(own.items.map((e) => e.destinataire)).toEqual([HENRI]);
    expect(own.items[0]!.lien).toMatch(/jeton=/);
    const other = await createOutboxClient({ baseUrl: BASE_URL, getToken: () => 'token-jeane' }).listOutbox({
      destinataire: HENRI,
    });
    expect(other.items).toEqual([]);
  });
});

describe('NOT-4 demo mode: every user’s e-mails, never someone else’s single-use link', () => {
  const listAs = (app: ReturnType<typeof createMockApp>, login: string) => {
    const response = app.handle({
      method: 'GET',
      path: '/api/outbox',
      query: new URLSearchParams(),
      headers: { 'x-cp-user': login },
    });
    expect(response.status).toBe(200);
    return pageOf(OutboxEmail).parse(response.body).items;
  };

  it('in demo mode another user sees Henri’s reactivation e-mail without its link; Henri sees the link; off by default', () => {
    const clock = manualClock(T0);
    for (const demoMode of [true, false]) {
      const app = createMockApp({ seed: guidesCast(clock.now()), clock, demoMode });
      const asked = app.handle({
        method: 'POST',
        path: '/api/me/reactivation-requests',
        query: new URLSearchParams(),
        headers: { 'x-cp-user': HENRI },
      });
      expect(asked.status).toBe(202);
      const seenByJeane = listAs(app, 'jeane.chaource@cc-chaourcois.fr').filter((e) => e.destinataire === HENRI);
      if (demoMode) {
        expect(seenByJeane).toHaveLength(1);
        expect(seenByJeane[0]).not.toHaveProperty('lien');
      } else expect(seenByJeane).toEqual([]);
      expect(listAs(app, HENRI)[0]!.lien).toMatch(/jeton=/);
    }
  });
});

describe('DEA-3 reactivation requests are checked and rate-limited per account', () => {
  it(`DEA-3: ${defaultConfig.reactivationRequestLimit.count} requests per hour, then 429 problem+json with Retry-After; allowed again once the window has passed`, async () => {
    const henri = mock.clientAs('henri');
    for (let i = 0; i < defaultConfig.reactivationRequestLimit.count; i += 1) await henri.requestReactivation();
    const emails = mock.store.outbox.all().length;
    const response = await fetch(`${BASE_URL}/api/me/reactivation-requests`, {
      method: 'POST',
      headers: { authorization: 'Bearer token-henri' },
    });
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('3600');
    expect(Problem.parse(await response.json())).toMatchObject({ code: 'TOO_MANY_REQUESTS', rule: 'DEA-3' });
    expect(mock.store.outbox.all()).toHaveLength(emails);
    mock.clock.advance(defaultConfig.reactivationRequestLimit.windowMs);
    await expect(henri.requestReactivation()).resolves.toMatchObject({ destinataire: HENRI });
  });

  it('DEA-3: an unparseable or unexpected body is refused with 400 and sends no e-mail', async () => {
    for (const body of ['{"je', 'garbage', '{}']) {
      const response = await fetch(`${BASE_URL}/api/me/reactivation-requests`, {
        method: 'POST',
        headers: { authorization: 'Bearer token-henri', 'content-type': 'application/json' },
        body,
      });
      expect(response.status).toBe(400);
    }
    expect(mock.store.outbox.all()).toEqual([]);
  });
});
