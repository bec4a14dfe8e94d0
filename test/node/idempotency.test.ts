import { describe, expect, it } from 'vitest';
import { manualClock } from '../../mock-api/clock.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { startMockHttpServer } from '../../mock-api/serve.js';
import { Problem } from '../../src/domain/schemas/index.js';
import { BASE_URL, T0, useMock } from './support/mock.js';
import { parseAnswer, rawSocket, readUntilClosed } from './support/raw-http.js';
import { pdfUploadBody } from './support/upload-body.js';

const mock = useMock();
const PAULINE = { authorization: 'Bearer token-pauline', 'content-type': 'application/json' };
const mine = () => mock.store.attachments.filter((a) => a.pieceJointeNom.startsWith('plan')).length;

describe('X-5 the idempotency fingerprint is the request, not its bytes (issue 12)', () => {
  it('X-5: the same JSON with its keys in another order and other spacing under the same key is a retry: replayed, written once', async () => {
    const body = pdfUploadBody();
    const first = await fetch(`${BASE_URL}/api/me/attachments`, {
      method: 'POST',
      headers: { ...PAULINE, 'idempotency-key': 'k-order' },
      body: JSON.stringify(body),
    });
    expect(first.status).toBe(201);
    const reordered = `{ "contenu": ${JSON.stringify(body.contenu)},\n  "pieceJointeTypeCode": "JUSTIFICATIF", "pieceJointeDesignation": ${JSON.stringify(body.pieceJointeDesignation)}, "nomFichier": "plan.pdf" }`;
    const retry = await fetch(`${BASE_URL}/api/me/attachments`, {
      method: 'POST',
      headers: { ...PAULINE, 'idempotency-key': 'k-order' },
      body: reordered,
    });
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await retry.json()).toEqual(await first.json());
    expect(mine()).toBe(1);
  });

  it('X-5: under the same key, another body, other query parameters or another If-Match are another request: 422', async () => {
    const key = { ...PAULINE, 'idempotency-key': 'k-diff' };
    expect(
      (
        await fetch(`${BASE_URL}/api/me/attachments`, {
          method: 'POST',
          headers: key,
          body: JSON.stringify(pdfUploadBody()),
        })
      ).status,
    ).toBe(201);
    const other = await fetch(`${BASE_URL}/api/me/attachments`, {
      method: 'POST',
      headers: key,
      body: JSON.stringify(pdfUploadBody('plan2.pdf')),
    });
    expect(Problem.parse(await other.json())).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', rule: 'X-5' });
    const me = await mock.clientAs('pauline').getMyAccount();
    const edit = JSON.stringify({ emailContact: me.emailContact, nom: me.nom, prenom: 'Pauline', adresse: me.adresse });
    const put = (ifMatch: number, query = '') =>
      fetch(`${BASE_URL}/api/me${query}`, {
        method: 'PUT',
        headers: { ...PAULINE, 'idempotency-key': 'k-put', 'if-match': `"${ifMatch}"` },
        body: edit,
      });
    expect((await put(me.version)).status).toBe(200);
    expect((await put(me.version)).headers.get('idempotent-replayed')).toBe('true');
    expect((await put(me.version + 1)).status).toBe(422);
    expect((await put(me.version, '?lang=en')).status).toBe(422);
    expect(mine()).toBe(1);
  });
});

describe('X-5 an in-flight duplicate over the loopback server runs once (issue 12)', () => {
  it('X-5: a duplicate sent while the first request is still being received is answered once: one write, the other answer a replay', async () => {
    const clock = manualClock(T0);
    const running = await startMockHttpServer({ seed: guidesCast(clock.now()), clock });
    try {
      const body = JSON.stringify(pdfUploadBody('plan-inflight.pdf'));
      const head = `POST /api/me/attachments HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer token-pauline\r\nContent-Type: application/json\r\nIdempotency-Key: k-inflight\r\nConnection: close\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`;
      // The first sends half its body and waits; the duplicate is sent whole meanwhile.
      const slow = await rawSocket(running.url);
      const slowAnswer = readUntilClosed(slow);
      slow.write(head + body.slice(0, 1000));
      const fast = await rawSocket(running.url);
      const fastAnswer = readUntilClosed(fast);
      fast.write(head + body);
      const fastParsed = parseAnswer(await fastAnswer);
      slow.write(body.slice(1000));
      const slowParsed = parseAnswer(await slowAnswer);
      expect([fastParsed.status, slowParsed.status]).toEqual([201, 201]);
      expect(slowParsed.headers['idempotent-replayed']).toBe('true');
      expect(JSON.parse(slowParsed.body)).toEqual(JSON.parse(fastParsed.body));
      expect(running.app.env.store.attachments.filter((a) => a.pieceJointeNom === 'plan-inflight.pdf')).toHaveLength(1);
    } finally {
      await running.close();
    }
  });
});
