import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manualClock } from '../../mock-api/clock.js';
import { guidesCast } from '../../mock-api/seed/index.js';
import { startMockHttpServer, type MockHttpServer } from '../../mock-api/serve.js';
import type { CpErrorCode } from '../../src/client/errors.js';
import { createHttpClient, isCpError, newIdempotencyKey, type CpClient } from '../../src/client/index.js';
import { startFaultProxy, type Fault, type FaultProxy } from './support/fault-proxy.js';
import { T0 } from './support/mock.js';

const PAULINE = 'pauline.dufour@terneuil-sur-seine.fr';
const CLIENT_TIMEOUT_MS = 1_500;

/** A PDF-looking file. */
const pdf = (name: string) => {
  const bytes = new Uint8Array(4096);
  bytes.set(new TextEncoder().encode('%PDF-1.7\n1 0 obj\n'));
  return new File([bytes], name);
};

/**
 * X-5 under hostile transport (issue 12): a fault proxy sits between the client and the loopback
 * server and breaks the first attempt of a write in one way; the caller retries the way elements do
 * (same Idempotency-Key, `RetryKey`) while the error says a retry may succeed. After it, the write
 * exists exactly once and the server still answers.
 */
describe('fault harness: every accepted write exists exactly once after the retry, and the server stays up', () => {
  let server: MockHttpServer;
  let proxy: FaultProxy;
  let client: CpClient;
  beforeAll(async () => {
    const clock = manualClock(T0);
    server = await startMockHttpServer({ seed: guidesCast(clock.now()), clock });
    proxy = await startFaultProxy(server.url);
    client = createHttpClient({ baseUrl: proxy.url, user: PAULINE, timeoutMs: CLIENT_TIMEOUT_MS, retryDelayMs: 0 });
  });
  afterAll(async () => {
    await proxy.close();
    await server.close();
  });

  const stored = (name: string) => server.app.env.store.attachments.filter((a) => a.pieceJointeNom === name).length;
  const serverAnswers = async () => (await fetch(`${server.url}/api/me`, { headers: { 'x-cp-user': PAULINE } })).status;

  /** Uploads `name` under one key, retrying while the failure is retryable; gives the first failure and what the store held right after it. */
  async function uploadWithRetry(name: string) {
    const key = newIdempotencyKey();
    let first: { code: CpErrorCode; storedAfter: number } | undefined;
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      try {
        const added = await client.uploadAttachment(
          { file: pdf(name), pieceJointeDesignation: `Pièce ${name}`, pieceJointeTypeCode: 'JUSTIFICATIF' },
          { idempotencyKey: key },
        );
        return { added, attempts: attempt, first };
      } catch (error) {
        if (!isCpError(error) || !error.retryable) throw error;
        first ??= { code: error.code, storedAfter: stored(name) };
      }
    }
    throw new Error(`${name} was never accepted`);
  }

  const cases: { name: string; fault: Fault; code: CpErrorCode; appliedBeforeRetry: number }[] = [
    { name: 'connection dropped mid-request', fault: { kind: 'drop-request' }, code: 'NETWORK', appliedBeforeRetry: 0 },
    { name: 'connection dropped mid-answer', fault: { kind: 'drop-answer' }, code: 'NETWORK', appliedBeforeRetry: 1 },
    {
      name: 'socket closed after the server applied the write',
      fault: { kind: 'close-after-apply' },
      code: 'NETWORK',
      appliedBeforeRetry: 1,
    },
    {
      name: 'answer delayed past the client’s timeout',
      fault: { kind: 'delay', ms: CLIENT_TIMEOUT_MS * 2 },
      code: 'TIMEOUT',
      appliedBeforeRetry: 1,
    },
    { name: '502 from the gateway', fault: { kind: '502' }, code: 'INTERNAL', appliedBeforeRetry: 0 },
    { name: '503 from the gateway', fault: { kind: '503' }, code: 'INTERNAL', appliedBeforeRetry: 0 },
  ];

  for (const { name, fault, code, appliedBeforeRetry } of cases) {
    it(`X-5 / PJ-1: ${name}: the first attempt fails with ${code} (${appliedBeforeRetry ? 'applied' : 'not applied'}); the retry under the same key leaves exactly one attachment`, async () => {
      const file = `faute-${fault.kind}.pdf`;
      proxy.next(fault);
      const { added, first, attempts } = await uploadWithRetry(file);
      expect(first).toEqual({ code, storedAfter: appliedBeforeRetry });
      expect(attempts).toBeGreaterThanOrEqual(2);
      expect(added.pieceJointeNom).toBe(file);
      expect(stored(file)).toBe(1);
      expect(await serverAnswers()).toBe(200);
    }, 30_000);
  }

  it('X-5: a read through a 503 then a 502 is retried by the client on its own and answers', async () => {
    const before = proxy.seen;
    proxy.next({ kind: '503' }, { kind: '502' });
    const page = await client.listAttachments();
    expect(page.items.length).toBeGreaterThan(0);
    expect(proxy.seen - before).toBe(3);
  });

  it('every earlier write is still there after all the faults: one attachment per case, none twice', async () => {
    const names = server.app.env.store.attachments
      .filter((a) => a.pieceJointeNom.startsWith('faute-'))
      .map((a) => a.pieceJointeNom);
    expect(names.sort()).toEqual(cases.map((c) => `faute-${c.fault.kind}.pdf`).sort());
  });
});
