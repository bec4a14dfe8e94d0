import * as z from 'zod/mini';
import type { Page, UserAccount } from '../../src/domain/schemas/index.js';
import { systemClock, type Clock } from '../clock.js';
import { InseeRegister } from '../insee.js';
import { openApiRoute } from '../openapi.js';
import { defaultConfig, type MockConfig, type MockEnv, type RuleContext } from '../rules/context.js';
import { refuse, type RuleError } from '../rules/errors.js';
import { assertAccountActive, assertAccountCompleted } from '../rules/guards.js';
import { invariantViolations } from '../rules/invariants.js';
import { initialSchedule, settleNotificationJobs } from '../rules/notification-jobs.js';
import { settleDueChanges } from '../rules/structure-pending.js';
import { guidesCast, type SeedData } from '../seed/index.js';
import { createStore, type Store } from '../store.js';
import { authenticate } from './auth.js';
import { fromUrlValues } from './coerce.js';
import { csvLocaleOf, csvResponse, exportQuery } from './csv.js';
import { fingerprintOf, idempotencyKeyOf, remember, replay } from './idempotency.js';
import { bodyLimitOf, utf8Length } from './limits.js';
import {
  asRuleError,
  invalidRequest,
  logInternalError,
  problemResponse,
  type InternalErrorListener,
} from './problem.js';
import type { RawResult, Route, RouteContext, RouteResult } from './route.js';
import { Router } from './router.js';
import { conformanceStateRoute, shiftableClock } from './routes/conformance-state.js';
import { routes as sectionRoutes } from './routes/index.js';
import type { HttpRequest, HttpResponse } from './types.js';

/** Options of a mock backend. */
export interface MockAppOptions {
  /** Initial data: the guides' cast by default; `false` for an empty store. */
  seed?: SeedData | false;
  clock?: Clock;
  config?: Partial<MockConfig>;
  /** Called after each committed write (browser persistence). */
  onCommit?: (store: Store) => void;
  /** Demo mode (the demo page, Storybook): the outbox shows every user's e-mails (`MockConfig.demoMode`). */
  demoMode?: boolean;
  /** Told of every server failure (500) with the correlation id its answer carries; logs on the console by default. */
  onInternalError?: InternalErrorListener;
  /** Test environments only: adds `POST /api/__conformance/state` (fixture reset, clock moved) for `cp-kit-conformance`. */
  conformance?: boolean;
}

/** The head of a request (everything but the body): what a transport knows before reading the body. */
export type RequestHead = Pick<HttpRequest, 'method' | 'path' | 'headers'>;

/** Whether a transport may read a request's body, and how much of it: or the answer refusing it now. */
export type Admission =
  | { refusal: HttpResponse }
  | {
      bodyLimit: number;
      /** The 413 to send if the body grows past the limit while it streams. */ overLimit: HttpResponse;
    };

/** A mock backend: its environment (store, clock, INSEE, config), its routing table and its request handler. */
export interface MockApp {
  readonly env: MockEnv;
  readonly routes: readonly Route[];
  /** Answers one request; never throws (refusals are problem+json answers). */
  handle(request: HttpRequest): HttpResponse;
  /**
   * Checks a request from its head, before its body is read: unknown path (404), method (405),
   * malformed escapes (400), credential (401), a body where the route takes none (400) or larger
   * than its limit by `Content-Length` (413). Gives the refusal, or the body limit the transport
   * must enforce while the body streams (`http/limits.ts`).
   */
  admit(head: RequestHead): Admission;
  /** Puts the store and INSEE back to the seed (demo "reset"). */
  reset(): void;
}

/** Parses a value with a schema, or refuses the request (400) with field messages. */
function parseWith(schema: z.core.$ZodType | undefined, value: unknown, where: 'params' | 'query' | 'body'): unknown {
  if (!schema) return undefined;
  const result = z.safeParse(schema, value);
  if (!result.success) throw invalidRequest(result.error.issues, where);
  return result.data;
}

/** The JSON body of a request, with the version of `If-Match` put in it (ACC-7). */
function bodyOf(request: HttpRequest, ifMatch: number | undefined): unknown {
  if (request.bodyText === undefined) return ifMatch === undefined ? undefined : { version: ifMatch };
  let body: unknown;
  try {
    body = JSON.parse(request.bodyText);
  } catch {
    throw refuse('INVALID', undefined, {
      fr: 'Le corps de la demande n’est pas du JSON.',
      en: 'The request body is not JSON.',
    });
  }
  return ifMatch !== undefined && body !== null && typeof body === 'object' && !Array.isArray(body)
    ? { ...body, version: ifMatch }
    : body;
}

/** The version named by an `If-Match: "3"` (or `W/"3"`) header. */
function ifMatchOf(request: HttpRequest): number | undefined {
  const raw = request.headers['if-match'];
  if (raw === undefined) return undefined;
  const version = Number(raw.replace(/^W\//, '').replace(/"/g, ''));
  if (!Number.isInteger(version) || version < 1) {
    throw refuse('INVALID', undefined, { fr: 'En-tête If-Match invalide.', en: 'Invalid If-Match header.' });
  }
  return version;
}

const isRaw = (value: unknown): value is RawResult =>
  value !== null && typeof value === 'object' && 'raw' in value && 'headers' in value;

const isResult = (value: unknown): value is RouteResult<unknown> =>
  value !== null &&
  typeof value === 'object' &&
  'body' in value &&
  Object.keys(value).every((k) => k === 'body' || k === 'status' || k === 'headers');

/**
 * Creates a mock backend over the routing table of every section (`http/routes/index.ts`) plus
 * `GET /api/openapi`. Each request: route match → authentication (ID-1) and account guards (ID-4,
 * ACC-1) → params/query/body validation (400) → Idempotency-Key replay (X-5) → the handler in one
 * store transaction (nothing saved partially) → response validation against the contract → ETag.
 */
export function createMockApp(options: MockAppOptions = {}): MockApp {
  const shifted = options.conformance ? shiftableClock(options.clock ?? systemClock) : undefined;
  const clock = shifted ?? options.clock ?? systemClock;
  const config: MockConfig = {
    ...defaultConfig,
    ...options.config,
    ...(options.demoMode !== undefined ? { demoMode: options.demoMode } : {}),
  };
  const store = createStore(options.onCommit ? { onCommit: options.onCommit } : {});
  const insee = new InseeRegister();
  const env: MockEnv = { store, clock, insee, config };
  const routes: Route[] = [...sectionRoutes];
  routes.push(openApiRoute(() => routes));
  if (shifted) routes.push(conformanceStateRoute(() => reset(), shifted));
  const router = new Router(routes);
  const onInternal = options.onInternalError ?? logInternalError;

  const reset = () => {
    const seed = options.seed === false ? undefined : (options.seed ?? guidesCast(clock.now()));
    // The periodic e-mails (NOT-1) are scheduled from the seed's instant.
    store.restore({ ...seed?.snapshot, scheduledJobs: initialSchedule(clock.now()) });
    insee.reset(seed?.insee ?? []);
  };
  reset();

  /** The route of a request and its parameters, or the 404/405/400 refusal. */
  function matchOf(request: RequestHead) {
    const { match, allowed } = router.match(request.method, request.path);
    if (match) return match;
    if (allowed.length === 0)
      throw refuse('NOT_FOUND', undefined, { fr: 'Adresse inconnue de l’API.', en: 'Unknown API path.' });
    throw refuse(
      'METHOD_NOT_ALLOWED',
      undefined,
      {
        fr: `Méthode non prise en charge pour cette adresse (acceptées : ${allowed.join(', ')}).`,
        en: `Method not supported on this path (allowed: ${allowed.join(', ')}).`,
      },
      [],
      { allow: allowed },
    );
  }

  /** The refusal of a body of `bytes` bytes: where the route takes none (400), or larger than its limit (413). */
  function bodySizeRefusal(route: Route, bytes: number): RuleError | undefined {
    const limit = bodyLimitOf(route, config);
    if (bytes === 0 || bytes <= limit) return undefined;
    if (limit === 0)
      return refuse('INVALID', undefined, {
        fr: 'Cette opération ne prend pas de corps de demande.',
        en: 'This operation takes no request body.',
      });
    const kb = Math.floor(limit / 1024);
    return refuse('TOO_LARGE', route.carriesFile ? 'PJ-1' : undefined, {
      fr: `Le corps de la demande dépasse ${kb} Kio.`,
      en: `The request body is larger than ${kb} KiB.`,
    });
  }

  function assertBodySize(route: Route, bytes: number): void {
    const refusal = bodySizeRefusal(route, bytes);
    if (refusal) throw refusal;
  }

  function run(request: HttpRequest): HttpResponse {
    settleDueChanges(env);
    settleNotificationJobs(env);
    const match = matchOf(request);
    const { route } = match;
    let caller: UserAccount | undefined;
    if (!route.access?.public) caller = authenticate(store, request);
    if (request.bodyText !== undefined) assertBodySize(route, utf8Length(request.bodyText, bodyLimitOf(route, config)));
    if (caller && !route.access?.deactivated) assertAccountActive(caller);
    if (caller && !route.access?.incomplete) assertAccountCompleted(caller);
    const ifMatch = ifMatchOf(request);
    const params = parseWith(
      route.params,
      route.params ? fromUrlValues(route.params, Object.entries(match.params)) : undefined,
      'params',
    );
    const csvLocale = csvLocaleOf(route, request);
    const parsedQuery = parseWith(
      route.query,
      route.query ? fromUrlValues(route.query, request.query.entries()) : undefined,
      'query',
    );
    const query = csvLocale ? exportQuery(parsedQuery) : parsedQuery;
    const body = parseWith(route.body, route.body ? bodyOf(request, ifMatch) : undefined, 'body');

    const key = request.method === 'GET' ? undefined : request.headers['idempotency-key'];
    const cacheKey = key ? idempotencyKeyOf(request, caller?.idUtilisateur, key) : undefined;
    const fingerprint = fingerprintOf(request);
    if (cacheKey) {
      const replayed = replay(store, cacheKey, fingerprint);
      if (replayed) return replayed;
    }

    const rules: RuleContext | undefined = caller ? { ...env, caller } : undefined;
    const ctx: RouteContext<unknown, unknown, unknown> = {
      env,
      get rules(): RuleContext {
        if (!rules) throw new Error(`${route.operationId} is public: it has no caller`);
        return rules;
      },
      caller,
      params,
      query,
      body,
      ifMatch,
      request,
    };

    const answer = (): HttpResponse => {
      const returned = route.handle(ctx);
      if (isRaw(returned))
        return { status: returned.status ?? route.status ?? 200, headers: returned.headers, raw: returned.raw };
      const result = isResult(returned) ? returned : { body: returned };
      if (config.checkInvariants && request.method !== 'GET') {
        const violations = invariantViolations(store);
        if (violations.length > 0)
          throw new Error(`Invariants broken by ${route.operationId}: ${violations.join('; ')}`);
      }
      let response: HttpResponse;
      if (!route.response) response = { status: result.status ?? route.status ?? 204, headers: { ...result.headers } };
      else {
        const checked = z.safeParse(route.response, result.body);
        if (!checked.success)
          throw new Error(
            `${route.operationId} answered off contract: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
          );
        const headers: Record<string, string> = { 'content-type': 'application/json', ...result.headers };
        const version = (checked.data as { version?: unknown } | null)?.version;
        if (typeof version === 'number') headers['etag'] = `"${version}"`;
        response = { status: result.status ?? route.status ?? 200, headers, body: checked.data };
        if (csvLocale && route.csv) response = csvResponse(route.csv, checked.data as Page<unknown>, env, csvLocale);
      }
      if (cacheKey) remember(store, cacheKey, fingerprint, response, clock.now());
      return response;
    };
    if (request.method === 'GET') return answer();
    try {
      return store.transaction(answer);
    } catch (error) {
      const refusal = asRuleError(error, onInternal);
      if (cacheKey && refusal.status < 500)
        store.transaction(() =>
          remember(store, cacheKey, fingerprint, problemResponse(refusal, request.path), clock.now()),
        );
      throw refusal;
    }
  }

  return {
    env,
    routes,
    reset,
    handle(request) {
      try {
        return run(request);
      } catch (error) {
        return problemResponse(asRuleError(error, onInternal), request.path);
      }
    },
    admit(head) {
      try {
        const { route } = matchOf(head);
        if (!route.access?.public) authenticate(store, head);
        const declared = Number(head.headers['content-length'] ?? 0);
        const chunked = /chunked/i.test(head.headers['transfer-encoding'] ?? '');
        assertBodySize(route, chunked && !route.body ? 1 : Number.isFinite(declared) ? declared : 0);
        const bodyLimit = bodyLimitOf(route, config);
        // One byte over the limit is always refused.
        return { bodyLimit, overLimit: problemResponse(bodySizeRefusal(route, bodyLimit + 1)!, head.path) };
      } catch (error) {
        return { refusal: problemResponse(asRuleError(error, onInternal), head.path) };
      }
    },
  };
}
