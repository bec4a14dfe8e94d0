import { describe, expect, it } from 'vitest';
import { createAccountApi } from '../../src/client/account-api.js';
import { createHttpClient, isCpError, toCpClient, type HttpClientOptions } from '../../src/client/index.js';
import { createRattachementApi } from '../../src/client/rattachement-api.js';
import { createSessionClient, sectionsOf } from '../../src/client/session-client.js';
import type { UserAccount } from '../../src/domain/schemas/index.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

useMock();

/** A fetch that answers with `script` first, then lets requests through to the mock; records every request. */
function scriptedFetch(script: Array<() => Response | Promise<Response>>) {
  const requests: Request[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const next = script.shift();
    return next ? next() : globalThis.fetch(request);
  };
  return { fetchImpl, requests };
}

const clientWith = (options: HttpClientOptions) =>
  createHttpClient({ baseUrl: BASE_URL, getToken: () => 'token-sophie', retryDelayMs: 0, ...options });
const unavailable = () =>
  new Response('<html>Service Unavailable</html>', { status: 503, headers: { 'content-type': 'text/html' } });
const editOf = (me: UserAccount) => ({
  emailContact: me.emailContact!,
  nom: me.nom!,
  prenom: me.prenom!,
  adresse: me.adresse!,
  version: me.version,
});

describe('reads are retried with backoff, writes are not', () => {
  it('a read retries after 503 answers and succeeds', async () => {
    const { fetchImpl, requests } = scriptedFetch([unavailable, unavailable]);
    const me = await clientWith({ fetch: fetchImpl, retries: 2 }).getMyAccount();
    expect(me.prenom).toBe('Sophie');
    expect(requests).toHaveLength(3);
  });

  it('a read gives up after its retries with a retryable error', async () => {
    const { fetchImpl, requests } = scriptedFetch([unavailable, unavailable, unavailable]);
    const error = await refusal(clientWith({ fetch: fetchImpl, retries: 1 }).getMyAccount(), 'INTERNAL');
    expect(error.retryable).toBe(true);
    expect(requests).toHaveLength(2);
  });

  it('a write is sent once even when the answer is 503', async () => {
    const me = await clientWith({}).getMyAccount();
    const { fetchImpl, requests } = scriptedFetch([unavailable]);
    await refusal(clientWith({ fetch: fetchImpl, retries: 3 }).updateMyAccount(editOf(me)), 'INTERNAL');
    expect(requests).toHaveLength(1);
  });

  it('a network failure is a NETWORK error', async () => {
    const { fetchImpl } = scriptedFetch([
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.reject(new TypeError('fetch failed')),
    ]);
    await refusal(clientWith({ fetch: fetchImpl, retries: 1 }).getMyAccount(), 'NETWORK');
  });
});

describe('timeouts and cancellation', () => {
  /** A fetch that never answers until aborted. */
  const hanging: typeof fetch = (_input, init) =>
    new Promise((_resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      if (init?.signal?.aborted) abort();
      init?.signal?.addEventListener('abort', abort);
    });

  it('a call without answer ends in TIMEOUT', async () => {
    await refusal(clientWith({ fetch: hanging, timeoutMs: 20, retries: 0 }).getMyAccount(), 'TIMEOUT');
  });

  it('the caller aborts with an AbortSignal: ABORTED, not retried', async () => {
    let calls = 0;
    let started!: () => void;
    const inFlight = new Promise<void>((resolve) => (started = resolve));
    const counting: typeof fetch = (input, init) => {
      calls += 1;
      started();
      return hanging(input, init);
    };
    const controller = new AbortController();
    const call = clientWith({ fetch: counting, retries: 3 }).getMyAccount({ signal: controller.signal });
    await inFlight;
    controller.abort();
    await refusal(call, 'ABORTED');
    expect(calls).toBe(1);
  });
});

describe('X-5 idempotency keys on writes', () => {
  it('X-5: the replay is marked, and a refusal is replayed too', async () => {
    const me = await clientWith({}).getMyAccount();
    const send = () =>
      fetch(`${BASE_URL}/api/me`, {
        method: 'PUT',
        headers: {
          authorization: 'Bearer token-sophie',
          'content-type': 'application/json',
          'idempotency-key': 'k-42',
        },
        body: JSON.stringify({ ...editOf(me), version: me.version + 5 }),
      });
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([409, 409]);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
  });

  it('X-5: every write carries a fresh Idempotency-Key and its version as If-Match; reads carry neither', async () => {
    const { fetchImpl, requests } = scriptedFetch([]);
    const client = clientWith({ fetch: fetchImpl });
    const me = await client.getMyAccount();
    await client.updateMyAccount(editOf(me));
    await client.updateMyAccount({ ...editOf(me), version: me.version + 1 });
    const [read, write1, write2] = requests;
    expect(read!.headers.get('idempotency-key')).toBeNull();
    expect(read!.headers.get('if-match')).toBeNull();
    expect(write1!.headers.get('if-match')).toBe(`"${me.version}"`);
    expect(write1!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(write2!.headers.get('idempotency-key')).not.toBe(write1!.headers.get('idempotency-key'));
  });
});

describe('answers are validated against the contract', () => {
  it('an off-contract success body is a clear OFF_CONTRACT error naming the operation and the fields', async () => {
    const { fetchImpl } = scriptedFetch([() => Response.json({ idUtilisateur: 'one', login: 'x' })]);
    const error = await refusal(clientWith({ fetch: fetchImpl }).getMyAccount(), 'OFF_CONTRACT');
    expect(error.message).toContain('getMyAccount');
    expect(error.text.en).toContain('idUtilisateur');
  });

  it('an error without a problem document (a proxy page) is not mistaken for a refusal', async () => {
    const { fetchImpl } = scriptedFetch([() => new Response('<h1>Forbidden</h1>', { status: 403 })]);
    const error = await refusal(clientWith({ fetch: fetchImpl }).getMyAccount(), 'OFF_CONTRACT');
    expect(error.status).toBe(403);
  });

  it('X-1: a refusal keeps the problem document: code, rule, status, FR/EN field messages', async () => {
    const client = clientWith({});
    const me = await client.getMyAccount();
    const error = await client.updateMyAccount({ ...editOf(me), telephone: 'abc' }).catch((e: unknown) => e);
    expect(isCpError(error, 'INVALID')).toBe(true);
    if (!isCpError(error)) return;
    expect(error.problem).toMatchObject({ status: 400, code: 'INVALID' });
    expect(error.fields).toEqual([
      {
        field: 'telephone',
        code: 'format',
        message: { fr: "Le format n'est pas valide.", en: 'The format is not valid.' },
      },
    ]);
    expect(error.messageIn('fr')).toBe('La demande contient des champs manquants ou invalides.');
  });
});

describe('X-7 change feed', () => {
  it('X-7: listeners hear about writes, not reads, and can stop listening', async () => {
    const client = clientWith({});
    const heard: string[] = [];
    const stop = client.onChange((event) => heard.push(event.operationId));
    const me = await client.getMyAccount();
    await client.updateMyAccount(editOf(me));
    stop();
    await client.updateMyAccount({ ...editOf(me), version: me.version + 1 });
    expect(heard).toEqual(['updateMyAccount']);
  });

  it('X-7, issue 16: sections built over one session transport are shared, hold what was asked, and report writes to every listener', async () => {
    const session = createSessionClient({ baseUrl: BASE_URL, getToken: () => 'token-sophie' });
    const account = sectionsOf(session, [createAccountApi]);
    const memberships = sectionsOf(session, [createRattachementApi, createAccountApi]);
    expect(Object.keys(account).sort()).toEqual([
      'changePassword',
      'changeSecretQuestion',
      'completeFirstConnection',
      'getMyAccount',
      'onChange',
      'updateMyAccount',
    ]);
    expect(memberships.getMyAccount).toBe(account.getMyAccount);
    expect(toCpClient(session).getMyAccount).toBe(account.getMyAccount);
    const heard: string[] = [];
    memberships.onChange((event) => heard.push(event.operationId));
    const me = await account.getMyAccount();
    await toCpClient(session).updateMyAccount(editOf(me));
    expect(heard).toEqual(['updateMyAccount']);
  });

  it('issue 16: a whole CpClient goes through sectionsOf and toCpClient as is', () => {
    const client = clientWith({});
    expect(sectionsOf(client, [createAccountApi])).toBe(client);
    expect(toCpClient(client)).toBe(client);
  });
});
