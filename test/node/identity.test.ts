import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../../src/client/index.js';
import { BASE_URL, refusal, useMock } from './support/mock.js';

const mock = useMock();

describe('ID-1 the host authenticates, the kit forwards its credential', () => {
  it('ID-1: a bearer token handed by the host names the user', async () => {
    const me = await mock.clientAs('pauline').getMyAccount();
    expect(me).toMatchObject({ login: 'pauline.dufour@terneuil-sur-seine.fr', nom: 'DUFOUR', prenom: 'Pauline' });
  });

  it('ID-1: a host that authenticates upstream names the user by login id (X-CP-User)', async () => {
    const client = createHttpClient({ baseUrl: BASE_URL, user: 'jeane.chaource@cc-chaourcois.fr' });
    expect((await client.getMyAccount()).prenom).toBe('Jeane');
  });

  it('ID-1: the token getter may be asynchronous and is asked at every call', async () => {
    let asked = 0;
    const client = createHttpClient({
      baseUrl: BASE_URL,
      getToken: async () => (asked++ === 0 ? 'token-sophie' : 'token-lucas'),
    });
    expect((await client.getMyAccount()).prenom).toBe('Sophie');
    expect((await client.getMyAccount()).prenom).toBe('Lucas');
  });

  it('ID-1: no credential is refused with 401', async () => {
    const error = await refusal(createHttpClient({ baseUrl: BASE_URL }).getMyAccount(), 'UNAUTHENTICATED', 'ID-1');
    expect(error.status).toBe(401);
  });

  it('ID-1: an unknown token is refused with 401', async () => {
    await refusal(
      createHttpClient({ baseUrl: BASE_URL, getToken: () => 'forged' }).getMyAccount(),
      'UNAUTHENTICATED',
      'ID-1',
    );
  });
});

describe('ID-2 accounts of public users come from MADRHAS', () => {
  it('ID-2: there is no self sign-up: creating a user is not an operation of the API', async () => {
    const response = await fetch(`${BASE_URL}/api/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"login":"new@example.fr"}',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const doc = (await (await fetch(`${BASE_URL}/api/openapi`)).json()) as {
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    const operations = Object.values(doc.paths).flatMap((p) => Object.values(p).map((o) => o.operationId));
    expect(operations.some((id) => /^(create|register|signUp)(User|Account)/i.test(id))).toBe(false);
  });

  it('ID-2: the seed has an account initialised from MADRHAS, not yet completed', async () => {
    const me = await mock.clientAs('nicolas').getMyAccount();
    expect(me).toMatchObject({ origine: 'MADRHAS', premiereConnexionTerminee: false });
  });
});

describe('ID-4 a deactivated account can only reactivate', () => {
  it('ID-4: every call of a deactivated account answers 403 with the reason', async () => {
    const client = mock.clientAs('henri');
    const error = await refusal(client.getMyAccount(), 'ACCOUNT_DEACTIVATED', 'ID-4');
    expect(error.status).toBe(403);
    expect(error.text.fr).toContain('désactivé');
    await refusal(
      client.updateMyAccount({
        emailContact: 'h@x.fr',
        nom: 'M',
        prenom: 'H',
        adresse: { adresse: 'a', codePostal: '10210', ville: 'Chaource', pays: 'FR' },
        version: 1,
      }),
      'ACCOUNT_DEACTIVATED',
      'ID-4',
    );
    await refusal(
      client.changePassword({
        motDePasseActuel: 'Chorus-Pro-2026!',
        nouveauMotDePasse: 'Another-Pass-2026',
        confirmation: 'Another-Pass-2026',
      }),
      'ACCOUNT_DEACTIVATED',
      'ID-4',
    );
  });

  it('ID-4: an active account is served', async () => {
    expect((await mock.clientAs('marc').getMyAccount()).etat).toBe('ACTIF');
  });
});
