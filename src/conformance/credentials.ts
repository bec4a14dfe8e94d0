import { FIXTURE_USERS, type FixtureUser } from './fixture.js';

/** The headers that identify each fixture user to the backend (ID-1: whatever the host would send). */
export type Credentials = Readonly<Record<FixtureUser, Readonly<Record<string, string>>>>;

/** The mock's credentials: `Authorization: Bearer token-<first name>`. */
export const MOCK_CREDENTIALS: Credentials = Object.fromEntries(
  FIXTURE_USERS.map((user) => [user, { authorization: `Bearer token-${user}` }]),
) as unknown as Credentials;

/**
 * Reads an integrator's credentials file (JSON: fixture user → headers, e.g.
 * `{ "pauline": { "Authorization": "Bearer eyJ…" } }`); users it does not name keep the mock's.
 * Refuses unknown users and non-string header values, naming them.
 */
export function parseCredentials(json: string): Credentials {
  const parsed: unknown = JSON.parse(json);
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new Error('credentials: a JSON object of fixture user → headers is expected');
  const result: Record<string, Record<string, string>> = { ...MOCK_CREDENTIALS };
  for (const [user, headers] of Object.entries(parsed)) {
    if (!(FIXTURE_USERS as string[]).includes(user))
      throw new Error(`credentials: "${user}" is not a fixture user (${FIXTURE_USERS.join(', ')})`);
    if (headers === null || typeof headers !== 'object' || Object.values(headers).some((v) => typeof v !== 'string')) {
      throw new Error(`credentials: the headers of "${user}" must be an object of strings`);
    }
    result[user] = Object.fromEntries(
      Object.entries(headers as Record<string, string>).map(([name, value]) => [name.toLowerCase(), value]),
    );
  }
  return result as Credentials;
}
