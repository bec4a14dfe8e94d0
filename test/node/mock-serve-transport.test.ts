import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base64Length, SMALL_BODY_LIMIT_BYTES } from '../../mock-api/http/limits.js';
import { startMockHttpServer, type MockHttpServer } from '../../mock-api/serve.js';
import { createHttpClient } from '../../src/client/index.js';
import { Problem, PROBLEM_MEDIA_TYPE } from '../../src/domain/schemas/index.js';
import { parseAnswer, rawExchange, rawSocket, readUntilClosed } from './support/raw-http.js';

const JEANE = 'jeane.chaource@cc-chaourcois.fr';
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Asserts an answer is a problem+json document of `status` and returns it. */
function expectProblem(
  answer: { status: number; headers: Record<string, string>; body: string },
  status: number,
): Problem {
  expect(answer.status).toBe(status);
  expect(answer.headers['content-type']).toBe(PROBLEM_MEDIA_TYPE);
  return Problem.parse(JSON.parse(answer.body));
}

describe('the loopback server survives hostile transport (issue 12)', () => {
  let running: MockHttpServer;
  beforeAll(async () => {
    running = await startMockHttpServer({ limits: { headersTimeoutMs: 300, requestTimeoutMs: 600 } });
  });
  afterAll(() => running.close());

  it('a client that closes while sending a body leaves the server answering, with every earlier write intact (the issue’s repro, 6 times)', async () => {
    const client = createHttpClient({ baseUrl: running.url, user: JEANE });
    const me = await client.getMyAccount();
    const saved = await client.updateMyAccount({
      emailContact: me.emailContact!,
      nom: me.nom!,
      prenom: 'Jeanne-Marie',
      adresse: me.adresse!,
      version: me.version,
    });
    for (let i = 0; i < 6; i += 1) {
      const socket = await rawSocket(running.url);
      const closed = readUntilClosed(socket);
      socket.write(
        'POST /api/reactivation HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"je',
      );
      await sleep(20);
      socket.destroy();
      await closed;
    }
    const after = await client.getMyAccount();
    expect(after.prenom).toBe('Jeanne-Marie');
    expect(after.version).toBe(saved.version);
  });

  it('a malformed percent-escape in any path parameter answers 400 problem+json naming the parameter, never 500', async () => {
    const withParams = running.app.routes.filter((route) => route.path.includes('/:'));
    expect(withParams.length).toBeGreaterThan(40);
    for (const route of withParams) {
      const path = route.path.replace(/:\w+/g, '%E0%A4%A');
      const response = await fetch(`${running.url}${path}`, { method: route.method, headers: { 'x-cp-user': JEANE } });
      const answer = {
        status: response.status,
        headers: { 'content-type': response.headers.get('content-type') ?? '' },
        body: await response.text(),
      };
      const problem = expectProblem(answer, 400);
      expect(problem.fields[0]?.field, `${route.method} ${route.path}`).toMatch(/^params\./);
      expect(answer.body).not.toContain('URI malformed');
    }
  });

  it('an unknown path answers 404, a known path with another method 405 with Allow, an unknown method 405: all problem+json', async () => {
    expectProblem(
      await rawExchange(running.url, 'GET /api/nothing-here HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'),
      404,
    );
    const wrongMethod = await rawExchange(
      running.url,
      'PUT /api/openapi HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
    );
    expect(expectProblem(wrongMethod, 405).code).toBe('METHOD_NOT_ALLOWED');
    expect(wrongMethod.headers['allow']).toBe('GET');
    expect(
      expectProblem(await rawExchange(running.url, 'FROBNICATE /api/me HTTP/1.1\r\nHost: x\r\n\r\n'), 405).code,
    ).toBe('METHOD_NOT_ALLOWED');
    expect(expectProblem(await rawExchange(running.url, 'GET /api/me HTTP/1.1\r\nHost x\r\n\r\n'), 400).code).toBe(
      'INVALID',
    );
  });

  it('an address over 16 KiB answers 431 problem+json', async () => {
    const answer = await rawExchange(running.url, `GET /api/me?q=${'a'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(expectProblem(answer, 431).code).toBe('HEADERS_TOO_LARGE');
  });

  it('a body larger than the route’s limit by Content-Length is refused 413 before any of it is sent', async () => {
    const fiftyMegabytes = 50 * 1024 * 1024;
    const upload = await rawExchange(
      running.url,
      `POST /api/me/attachments HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\nContent-Length: ${fiftyMegabytes}\r\n\r\n`,
    );
    const problem = expectProblem(upload, 413);
    expect({ code: problem.code, rule: problem.rule }).toEqual({ code: 'TOO_LARGE', rule: 'PJ-1' });
    const form = await rawExchange(
      running.url,
      `PUT /api/me HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\nContent-Length: ${SMALL_BODY_LIMIT_BYTES + 1}\r\n\r\n`,
    );
    expect(expectProblem(form, 413).code).toBe('TOO_LARGE');
  });

  it('a chunked body is refused 413 as soon as it grows past the limit (PJ-1 limit plus base64 overhead for uploads)', async () => {
    const socket = await rawSocket(running.url);
    const answer = readUntilClosed(socket);
    socket.write(
      `POST /api/me/attachments HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n`,
    );
    const chunk = 'A'.repeat(1024 * 1024);
    for (let sent = 0; sent <= base64Length(4 * 1024 * 1024) + 1024 * 1024 && !socket.destroyed; sent += chunk.length) {
      socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);
    }
    const problem = expectProblem(parseAnswer(await answer), 413);
    expect({ code: problem.code, rule: problem.rule }).toEqual({ code: 'TOO_LARGE', rule: 'PJ-1' });
  });

  it('a body sent to an operation that takes none is refused 400 without being read (DEA-3: no e-mail for junk)', async () => {
    const outboxBefore = running.app.env.store.outbox.all().length;
    const answer = await rawExchange(
      running.url,
      `POST /api/me/reactivation-requests HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Length: 7\r\n\r\ngarbage`,
    );
    expect(expectProblem(answer, 400).code).toBe('INVALID');
    expect(running.app.env.store.outbox.all()).toHaveLength(outboxBefore);
  });

  it('headers that never finish (slowloris) and a body that stalls answer 408 problem+json; the server goes on', async () => {
    const slowHeaders = await rawExchange(running.url, 'GET /api/me HTTP/1.1\r\nHost: x\r\n');
    expect(expectProblem(slowHeaders, 408).code).toBe('REQUEST_TIMEOUT');
    const stalledBody = await rawExchange(
      running.url,
      `PUT /api/me HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\nContent-Length: 50\r\n\r\n{"nom"`,
    );
    expect(expectProblem(stalledBody, 408).code).toBe('REQUEST_TIMEOUT');
    expect((await fetch(`${running.url}/api/me`, { headers: { 'x-cp-user': JEANE } })).status).toBe(200);
  });

  it('a body that is not UTF-8 answers 400 problem+json', async () => {
    const bytes = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
    const answer = await rawExchange(
      running.url,
      `PUT /api/me HTTP/1.1\r\nHost: x\r\nX-CP-User: ${JEANE}\r\nContent-Type: application/json\r\nContent-Length: ${bytes.length}\r\nConnection: close\r\n\r\n`,
      bytes,
    );
    expect(expectProblem(answer, 400).code).toBe('INVALID');
  });
});

describe('an internal failure of the loopback server', () => {
  it('answers 500 problem+json with a correlation id and no internal text, logs it under that id, and the server goes on', async () => {
    const logged: { error: unknown; id: string }[] = [];
    const running = await startMockHttpServer({
      onCommit: () => {
        throw new Error('disk full at /var/secret/store.json');
      },
      onInternalError: (error, id) => logged.push({ error, id }),
    });
    try {
      const client = createHttpClient({ baseUrl: running.url, user: JEANE });
      const account = await client.getMyAccount();
      const write = await fetch(`${running.url}/api/me`, {
        method: 'PUT',
        headers: { 'x-cp-user': JEANE, 'content-type': 'application/json', 'if-match': `"${account.version}"` },
        body: JSON.stringify({
          emailContact: account.emailContact,
          nom: account.nom,
          prenom: 'Jeane',
          adresse: account.adresse,
        }),
      });
      const text = await write.text();
      expect(write.status).toBe(500);
      const problem = Problem.parse(JSON.parse(text));
      expect(problem.code).toBe('INTERNAL');
      expect(problem.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(write.headers.get('x-correlation-id')).toBe(problem.correlationId);
      expect(text).not.toContain('disk full');
      expect(logged.map((l) => l.id)).toContain(problem.correlationId);
      expect((await fetch(`${running.url}/api/me`, { headers: { 'x-cp-user': JEANE } })).status).toBe(200);
    } finally {
      await running.close();
    }
  });
});

describe('CORS of the loopback server: loopback pages and named origins only', () => {
  it('a page on another loopback port may read answers; a page of any other site gets no CORS grant, unless named with corsOrigins', async () => {
    const running = await startMockHttpServer({ corsOrigins: ['https://portail.example'] });
    try {
      const from = async (origin: string, method = 'GET') =>
        (
          await fetch(`${running.url}/api/me`, {
            method,
            headers: { origin, 'x-cp-user': JEANE, 'access-control-request-method': 'PUT' },
          })
        ).headers.get('access-control-allow-origin');
      expect(await from('http://localhost:6006')).toBe('http://localhost:6006');
      expect(await from('http://127.0.0.1:5173', 'OPTIONS')).toBe('http://127.0.0.1:5173');
      expect(await from('https://portail.example')).toBe('https://portail.example');
      expect(await from('https://evil.example')).toBeNull();
      expect(await from('https://evil.example', 'OPTIONS')).toBeNull();
      expect(await from('http://localhost.evil.example')).toBeNull();
    } finally {
      await running.close();
    }
  });
});
