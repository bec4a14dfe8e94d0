import { describe, expect, it } from 'vitest';
import { SMALL_BODY_LIMIT_BYTES } from '../../mock-api/http/limits.js';
import { PROBLEM_MEDIA_TYPE, Problem } from '../../src/domain/schemas/index.js';
import { BASE_URL, useMock } from './support/mock.js';

const mock = useMock();
const JEANE = { 'x-cp-user': 'jeane.chaource@cc-chaourcois.fr' };

async function problemOf(response: Response, status: number): Promise<Problem> {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toBe(PROBLEM_MEDIA_TYPE);
  return Problem.parse(await response.json());
}

describe('the MSW handlers give the same transport guarantees as the loopback server (issue 12)', () => {
  it('a malformed percent-escape in a path parameter answers 400 problem+json, not 500', async () => {
    const problem = await problemOf(await fetch(`${BASE_URL}/api/structures/%E0%A4%A`, { headers: JEANE }), 400);
    expect(problem.fields.map((f) => f.field)).toEqual(['params.idStructureCPP']);
  });

  it('a known path with another method answers 405 problem+json with Allow', async () => {
    const response = await fetch(`${BASE_URL}/api/openapi`, { method: 'DELETE' });
    expect((await problemOf(response, 405)).code).toBe('METHOD_NOT_ALLOWED');
    expect(response.headers.get('allow')).toBe('GET');
  });

  it('a body over the route’s limit answers 413, and a body on an operation that takes none 400 (no e-mail sent)', async () => {
    const big = JSON.stringify({ nom: 'x'.repeat(SMALL_BODY_LIMIT_BYTES) });
    expect(
      (
        await problemOf(
          await fetch(`${BASE_URL}/api/me`, {
            method: 'PUT',
            headers: { ...JEANE, 'content-type': 'application/json' },
            body: big,
          }),
          413,
        )
      ).code,
    ).toBe('TOO_LARGE');
    const before = mock.store.outbox.all().length;
    await problemOf(
      await fetch(`${BASE_URL}/api/me/reactivation-requests`, { method: 'POST', headers: JEANE, body: 'garbage' }),
      400,
    );
    expect(mock.store.outbox.all()).toHaveLength(before);
  });

  it('an internal failure answers 500 problem+json with a correlation id and no internal text', async () => {
    const original = mock.store.users.get;
    mock.store.users.get = () => {
      throw new Error('secret internal detail');
    };
    try {
      const response = await fetch(`${BASE_URL}/api/me`, { headers: { authorization: 'Bearer token-jeane' } });
      const text = await response.clone().text();
      const problem = await problemOf(response, 500);
      expect(problem.correlationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(text).not.toContain('secret internal detail');
    } finally {
      mock.store.users.get = original;
    }
  });
});
