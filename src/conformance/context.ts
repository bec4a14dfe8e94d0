import { createHttpClient, isCpError, type CpClient } from '../client/index.js';
import {
  CheckFailure,
  NotApplicable,
  type CheckContext,
  type Exchange,
  type ExpectedRefusal,
  type RawAnswer,
  type RawRequest,
} from './check.js';
import type { Credentials } from './credentials.js';
import type { FixtureUser } from './fixture.js';

/** What a check context is made of: the backend's address, the fixture's credentials, a fetch, a clock. */
export interface ContextOptions {
  /** Base URL of the backend (paths start with `/api`). */
  baseUrl: string;
  credentials: Credentials;
  /** The `fetch` to use (default: the global one, read at call time). */
  fetch?: typeof fetch;
  /** The backend's "now" (ISO 8601) as the provider state reported it. */
  now: string;
  /** Moves the backend's clock; absent when it has none (checks that need one are not applicable). */
  advanceClock?: (minutes: number) => Promise<void>;
}

/** A check context that also keeps every exchange it made, for the report. */
export interface RecordingContext extends CheckContext {
  readonly exchanges: readonly Exchange[];
}

const BODY_SHOWN = 2_000;
const shorten = (text: string) =>
  text.length > BODY_SHOWN ? `${text.slice(0, BODY_SHOWN)}… (${text.length} characters)` : text;
/** Credentials are not written into reports (CI logs). */
const SECRET_HEADERS = new Set(['authorization', 'cookie']);
const shown = (headers: Headers): Record<string, string> =>
  Object.fromEntries(
    [...headers].map(([name, value]) => [name, SECRET_HEADERS.has(name) ? `${value.split(' ')[0]} <redacted>` : value]),
  );

const describeRefusal = (e: ExpectedRefusal) =>
  `a refusal ${e.status} ${e.code}${e.rule ? ` naming rule ${e.rule}` : ''} as problem+json with FR and EN messages`;

/**
 * Creates the context a check runs in: clients acting as fixture users through cp-kit's own HTTP
 * client (`createHttpClient`, so every answer is validated against the contract's schemas), raw
 * requests, the clock, and assertions that throw `CheckFailure`. Every exchange is recorded.
 */
export function createCheckContext(options: ContextOptions): RecordingContext {
  const exchanges: Exchange[] = [];
  const baseUrl = options.baseUrl.replace(/\/$/, '');

  /** A fetch that adds the user's credentials and records the exchange. */
  const fetchAs =
    (user: FixtureUser | undefined): typeof fetch =>
    async (input, init) => {
      const request = new Request(input, init);
      for (const [name, value] of Object.entries(user ? options.credentials[user] : {}))
        request.headers.set(name, value);
      const body = init?.body === undefined || init.body === null ? undefined : shorten(String(init.body));
      const exchange: Exchange = {
        request: {
          method: request.method,
          url: request.url,
          headers: shown(request.headers),
          ...(body === undefined ? {} : { body }),
        },
      };
      exchanges.push(exchange);
      const response = await (options.fetch ?? globalThis.fetch)(request);
      const text = await response.clone().text();
      exchange.response = { status: response.status, headers: shown(response.headers), body: shorten(text) };
      return response;
    };

  return {
    exchanges,
    as: (user) => createHttpClient({ baseUrl, fetch: fetchAs(user), retries: 0 }) as CpClient,
    async send(user, raw: RawRequest): Promise<RawAnswer> {
      const headers = new Headers(raw.headers);
      if (raw.body !== undefined) headers.set('content-type', 'application/json');
      const response = await fetchAs(user)(`${baseUrl}${raw.path}`, {
        method: raw.method,
        headers,
        ...(raw.body === undefined ? {} : { body: JSON.stringify(raw.body) }),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      return {
        status: response.status,
        headers: response.headers,
        bytes,
        text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes),
      };
    },
    now: () => options.now,
    today: () => options.now.slice(0, 10),
    async advanceClock(minutes) {
      if (!options.advanceClock)
        throw new NotApplicable('needs a clock: the backend has no provider state that moves its clock');
      await options.advanceClock(minutes);
    },
    async refused(call, expected) {
      let error: unknown;
      try {
        await call;
      } catch (caught) {
        error = caught;
      }
      if (error === undefined) throw new CheckFailure(describeRefusal(expected), 'a success');
      if (!isCpError(error)) throw error;
      const got = `${error.status ?? '-'} ${error.code}${error.rule ? ` naming rule ${error.rule}` : ' naming no rule'}: ${error.text.en}`;
      const matches = error.status === expected.status && error.code === expected.code && error.rule === expected.rule;
      if (!matches || !error.problem || !error.text.fr.trim() || !error.text.en.trim())
        throw new CheckFailure(describeRefusal(expected), got, error.text);
      return error;
    },
    expect(condition, expected, received) {
      if (!condition)
        throw new CheckFailure(
          expected,
          received === undefined
            ? 'something else'
            : typeof received === 'string'
              ? received
              : JSON.stringify(received),
        );
    },
  };
}
