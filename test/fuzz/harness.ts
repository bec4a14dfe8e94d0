import fc from 'fast-check';
import * as z from 'zod/mini';
import type { MockApp } from '../../mock-api/http/app.js';
import { wireBody, type HttpRequest } from '../../mock-api/http/types.js';
import { invariantViolations } from '../../mock-api/rules/invariants.js';
import { settleDueChanges } from '../../mock-api/rules/structure-pending.js';
import type { Store } from '../../mock-api/store.js';
import type { ErrorCode } from '../../src/domain/errors.js';
import { PROBLEM_MEDIA_TYPE, Problem } from '../../src/domain/schemas/index.js';
import { ADVERSARIAL_STRINGS, arbitraryOf, invalidVariantOf, type JsonSchema } from './json-schema-arbitrary.js';

/** One generated call of a write operation. */
export interface FuzzCall {
  /** Login sent as `X-CP-User`; none for an anonymous call. */
  caller: string | undefined;
  path: string;
  query: string;
  body: string | undefined;
  ifMatch: string | undefined;
  idempotencyKey: string | undefined;
}

/** An answer as the harness reads it. */
export interface FuzzAnswer {
  status: number;
  contentType: string | undefined;
  text: string;
}

/** How calls reach the mock: in process (`app.admit` then `app.handle`) or over HTTP. */
export type FuzzTransport = (method: string, call: FuzzCall) => Promise<FuzzAnswer>;

/** What one operation's fuzzing found. */
export interface OperationFigures {
  operationId: string;
  calls: number;
  statuses: Record<number, number>;
  serverErrors: number;
  invariantBreaks: number;
  changesOnRefusal: number;
  errorsNotProblem: number;
  ruleRefusalsWithoutRule: number;
  /** The first failing calls of each kind, to reproduce them. */
  examples: { kind: string; call: FuzzCall; answer: FuzzAnswer; detail?: string }[];
}

/**
 * Codes that say a rule of the book refused (or an account state, or X-5): their problem must name
 * the rule. INVALID (the contract), NOT_FOUND, METHOD_NOT_ALLOWED, TOO_LARGE of a plain body and the
 * transport's 408/431 are not rules.
 */
const RULE_CODES: ReadonlySet<ErrorCode> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'ACCOUNT_DEACTIVATED',
  'FIRST_CONNECTION_REQUIRED',
  'VERSION_CONFLICT',
  'DUPLICATE',
  'STATE_CONFLICT',
  'RULE_BROKEN',
  'IDEMPOTENCY_KEY_REUSED',
  'UNSUPPORTED_TYPE',
  'TOO_MANY_REQUESTS',
]);

/** The mock in the same process: the request admitted from its head, then handled. */
export const inProcess =
  (app: MockApp): FuzzTransport =>
  async (method, call) => {
    const headers = headersOf(call);
    const head = { method, path: call.path, headers };
    const admission = app.admit(head);
    const response =
      'refusal' in admission
        ? admission.refusal
        : app.handle({
            ...head,
            query: new URLSearchParams(call.query),
            ...(call.body !== undefined ? { bodyText: call.body } : {}),
          } satisfies HttpRequest);
    const wire = wireBody(response);
    return {
      status: response.status,
      contentType: response.headers['content-type'],
      text: typeof wire === 'string' ? wire : '',
    };
  };

/** The mock over HTTP at `baseUrl` (the loopback server). */
export const overHttp =
  (baseUrl: string): FuzzTransport =>
  async (method, call) => {
    const response = await fetch(`${baseUrl}${call.path}${call.query ? `?${call.query}` : ''}`, {
      method,
      headers: headersOf(call),
      ...(call.body !== undefined ? { body: call.body } : {}),
    });
    return {
      status: response.status,
      contentType: response.headers.get('content-type') ?? undefined,
      text: await response.text(),
    };
  };

function headersOf(call: FuzzCall): Record<string, string> {
  const headers: Record<string, string> = {};
  if (call.caller) headers['x-cp-user'] = call.caller;
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  if (call.ifMatch !== undefined) headers['if-match'] = call.ifMatch;
  if (call.idempotencyKey !== undefined) headers['idempotency-key'] = call.idempotencyKey;
  return headers;
}

/** A write operation as the OpenAPI document describes it, its `$ref`s resolved. */
export interface FuzzOperation {
  operationId: string;
  method: string;
  /** Path with `:name` parameters. */
  path: string;
  /** Rule ids (`x-rules`). */
  rules: string[];
  body?: JsonSchema;
  /** The query parameters as one object schema. */
  query?: JsonSchema;
}

type OpenApiDocument = {
  paths: Record<
    string,
    Record<
      string,
      {
        operationId: string;
        'x-rules'?: string[];
        parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
        requestBody?: { content: Record<string, { schema: JsonSchema }> };
      }
    >
  >;
  components: { schemas: Record<string, JsonSchema> };
};

/** A schema with its `#/components/schemas/…` references replaced by what they name (recursive ones cut at a depth). */
function dereference(schema: unknown, doc: OpenApiDocument, depth = 0): JsonSchema {
  if (Array.isArray(schema)) return schema.map((item) => dereference(item, doc, depth)) as unknown as JsonSchema;
  if (schema === null || typeof schema !== 'object') return schema as JsonSchema;
  const ref = (schema as { $ref?: string }).$ref;
  if (ref?.startsWith('#/components/schemas/')) {
    const target = doc.components.schemas[ref.slice('#/components/schemas/'.length)];
    return depth > 8 || !target ? {} : dereference(target, doc, depth + 1);
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === 'enum' || key === 'const' ? value : dereference(value, doc, depth),
    ]),
  ) as JsonSchema;
}

/**
 * The write operations (every method but GET) of the OpenAPI document the mock serves at
 * `GET /api/openapi`: path, method, rule ids, request body and query parameters as JSON Schemas.
 */
export function writeOperations(app: MockApp): FuzzOperation[] {
  const served = app.handle({ method: 'GET', path: '/api/openapi', query: new URLSearchParams(), headers: {} });
  const doc = served.body as OpenApiDocument;
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods)
      .filter(([method]) => method !== 'get')
      .map(([method, op]) => {
        const queryParameters = (op.parameters ?? []).filter((p) => p.in === 'query');
        const body = op.requestBody?.content['application/json']?.schema;
        return {
          operationId: op.operationId,
          method: method.toUpperCase(),
          path: path.replace(/\{(\w+)\}/g, ':$1'),
          rules: op['x-rules'] ?? [],
          ...(body ? { body: dereference(body, doc) } : {}),
          ...(queryParameters.length > 0
            ? {
                query: {
                  type: 'object',
                  properties: Object.fromEntries(queryParameters.map((p) => [p.name, dereference(p.schema, doc)])),
                  required: queryParameters.filter((p) => p.required).map((p) => p.name),
                },
              }
            : {}),
        };
      }),
  );
}

/** The ids of the seed, by field name (`idStructureCPP` → [1, 2, …]), so that generated calls hit real records. */
export function idPools(store: Store): Map<string, number[]> {
  const pools = new Map<string, Set<number>>();
  for (const records of Object.values(store.snapshot()) as unknown[]) {
    if (!Array.isArray(records)) continue;
    for (const record of records as Record<string, unknown>[]) {
      for (const [field, value] of Object.entries(record)) {
        if (!/^id[A-Z]|^pieceJointeId$/.test(field) || typeof value !== 'number') continue;
        if (!pools.has(field)) pools.set(field, new Set());
        pools.get(field)!.add(value);
      }
    }
  }
  return new Map([...pools].map(([field, ids]) => [field, [...ids]]));
}

/** An id for a field: mostly a real one of the seed, sometimes a random or malformed one. */
function idArbitrary(pools: Map<string, number[]>, field: string): fc.Arbitrary<string> {
  const real = pools.get(field) ?? pools.get(field.replace(/CPP$/, '')) ?? [1, 2, 3];
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real).map(String) },
    { weight: 1, arbitrary: fc.integer({ min: -3, max: 1_000_000 }).map(String) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'abc',
        '0',
        '-1',
        '1.5',
        '1e3',
        '%E0%A4%A',
        '%00',
        '9'.repeat(30),
        encodeURIComponent('<x>'),
      ),
    },
  );
}

/** Hints by property name: versions near the seed's, ids from the seed. */
function hintsOf(pools: Map<string, number[]>): Map<string, fc.Arbitrary<unknown>> {
  const hints = new Map<string, fc.Arbitrary<unknown>>();
  hints.set(
    'version',
    fc.oneof({ weight: 5, arbitrary: fc.integer({ min: 1, max: 4 }) }, { weight: 1, arbitrary: fc.integer() }),
  );
  for (const [field, ids] of pools)
    hints.set(
      field,
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: fc.integer({ min: -1, max: 100_000 }) },
      ),
    );
  return hints;
}

/** Replaces generated values of hinted property names (at any depth) by hinted ones. */
function withHints(schema: JsonSchema, hints: Map<string, fc.Arbitrary<unknown>>): fc.Arbitrary<unknown> {
  if (schema.type === 'object' && schema.properties) {
    const properties = Object.fromEntries(
      Object.entries(schema.properties).map(([name, s]) => [name, hints.get(name) ?? withHints(s, hints)]),
    );
    return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
  }
  if (schema.type === 'array' && schema.items) {
    const minLength = schema.minItems ?? 0;
    return fc.array(withHints(schema.items, hints), {
      minLength,
      maxLength: Math.max(minLength, Math.min(schema.maxItems ?? 4, 4)),
    });
  }
  return arbitraryOf(schema);
}

/**
 * The calls of one write operation: every seeded user and no one; real and broken ids; a body valid
 * in shape with adversarial strings, or invalid (a field dropped or of the wrong type, another JSON
 * value, not JSON at all), or a body where the route takes none; with or without If-Match and a
 * reused Idempotency-Key.
 */
export function callsOf(
  route: FuzzOperation,
  logins: readonly string[],
  pools: Map<string, number[]>,
): fc.Arbitrary<FuzzCall> {
  const hints = hintsOf(pools);
  const paramNames = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1]!);
  const params = fc.tuple(...paramNames.map((name) => idArbitrary(pools, name)));
  const path =
    paramNames.length === 0
      ? fc.constant(route.path)
      : params.map((values) => paramNames.reduce((p, name, i) => p.replace(`:${name}`, values[i]!), route.path));
  const query = route.query
    ? withHints(route.query, hints).map((value) => {
        const search = new URLSearchParams();
        for (const [name, v] of Object.entries((value ?? {}) as Record<string, unknown>))
          if (v !== undefined) search.set(name, Array.isArray(v) ? v.join(',') : String(v));
        return search.toString();
      })
    : fc.constant('');
  const text = fc.oneof(
    fc.string(),
    fc.constantFrom(...ADVERSARIAL_STRINGS),
    fc.constant('{"a":'),
    fc.constant('[1,2'),
  );
  let body: fc.Arbitrary<string | undefined>;
  if (route.body) {
    const valid = withHints(route.body, hints);
    body = fc.oneof(
      { weight: 12, arbitrary: valid.map((v) => JSON.stringify(v)) },
      { weight: 4, arbitrary: invalidVariantOf(valid).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
      { weight: 1, arbitrary: text },
      { weight: 1, arbitrary: fc.constant(undefined) },
    );
  } else
    body = fc.oneof(
      { weight: 8, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: text.filter((t) => t.length > 0) },
    );
  return fc.record({
    caller: fc.oneof(
      { weight: 10, arbitrary: fc.constantFrom(...logins) },
      { weight: 1, arbitrary: fc.constant(undefined) },
    ),
    path,
    query,
    body,
    ifMatch: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 3, arbitrary: fc.integer({ min: 1, max: 4 }).map((v) => `"${v}"`) },
      { weight: 1, arbitrary: fc.constantFrom('W/"1"', '"x"', '*', '"0"') },
    ),
    idempotencyKey: fc.oneof(
      { weight: 6, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fc.constantFrom('fuzz-key-1', 'fuzz-key-2') },
    ),
  });
}

/** The content of each collection, re-read only when its revision moved (refusals are compared to it). */
class StoreWatch {
  readonly #store: Store;
  readonly #names: string[];
  #seen = new Map<string, { revision: number; json: string }>();

  constructor(store: Store) {
    this.#store = store;
    // The idempotency records keep refusals under their key on purpose (X-5): not a change of data.
    this.#names = Object.keys(store.snapshot()).filter((name) => name !== 'idempotency');
  }

  #collection(name: string) {
    return (
      this.#store as unknown as Record<string, { revision: number; key: string; all(): Record<string, unknown>[] }>
    )[name]!;
  }

  /** The records of a collection by id (a rollback may put a record back at another place in the map). */
  #contentOf(name: string): string {
    const collection = this.#collection(name);
    return JSON.stringify(
      collection.all().sort((a, b) => (a[collection.key] as number) - (b[collection.key] as number)),
    );
  }

  /** Records the current content of collections that moved since last time. */
  mark(): void {
    for (const name of this.#names) {
      const collection = this.#collection(name);
      if (this.#seen.get(name)?.revision !== collection.revision)
        this.#seen.set(name, { revision: collection.revision, json: this.#contentOf(name) });
    }
  }

  /** Collections whose content differs from the last mark. */
  changed(): string[] {
    return this.#names.filter((name) => {
      const collection = this.#collection(name);
      const seen = this.#seen.get(name)!;
      return seen.revision !== collection.revision && this.#contentOf(name) !== seen.json;
    });
  }
}

/** Options of a fuzzing run of one operation. */
export interface FuzzOptions {
  app: MockApp;
  transport: FuzzTransport;
  route: FuzzOperation;
  runs: number;
  seed: number;
  /** Put the data back to the seed every this many calls, so accepted writes do not wear the data out. */
  resetEvery?: number;
}

/**
 * Sends `runs` generated calls of one write operation and checks after each: no 5xx; every error
 * is problem+json; a rule's refusal names its rule; the store's invariants hold; a refused call
 * changed nothing (collections compared by content).
 */
export async function fuzzOperation({
  app,
  transport,
  route,
  runs,
  seed,
  resetEvery = 200,
}: FuzzOptions): Promise<OperationFigures> {
  const store = app.env.store;
  app.reset();
  const logins = store.users.all().map((u) => u.login);
  const calls = fc.sample(callsOf(route, logins, idPools(store)), { numRuns: runs, seed });
  const figures: OperationFigures = {
    operationId: route.operationId,
    calls: 0,
    statuses: {},
    serverErrors: 0,
    invariantBreaks: 0,
    changesOnRefusal: 0,
    errorsNotProblem: 0,
    ruleRefusalsWithoutRule: 0,
    examples: [],
  };
  const example = (kind: string, call: FuzzCall, answer: FuzzAnswer, detail?: string) => {
    if (figures.examples.filter((e) => e.kind === kind).length < 3)
      figures.examples.push({ kind, call, answer, ...(detail ? { detail } : {}) });
  };
  const watch = new StoreWatch(store);
  for (const [index, call] of calls.entries()) {
    if (index > 0 && index % resetEvery === 0) app.reset();
    settleDueChanges(app.env);
    watch.mark();
    const answer = await transport(route.method, call);
    figures.calls += 1;
    figures.statuses[answer.status] = (figures.statuses[answer.status] ?? 0) + 1;
    if (answer.status >= 500) {
      figures.serverErrors += 1;
      example('5xx', call, answer);
    }
    let changed: string[] = [];
    if (answer.status >= 400) {
      const parsed =
        answer.contentType === PROBLEM_MEDIA_TYPE ? z.safeParse(Problem, safeJson(answer.text)) : undefined;
      if (!parsed?.success) {
        figures.errorsNotProblem += 1;
        example('not problem+json', call, answer);
      } else if (RULE_CODES.has(parsed.data.code) && !parsed.data.rule) {
        figures.ruleRefusalsWithoutRule += 1;
        example('rule refusal without rule id', call, answer);
      }
      changed = watch.changed();
      if (changed.length > 0) {
        figures.changesOnRefusal += 1;
        example('change on refusal', call, answer, changed.join(', '));
      }
    }
    // A refusal that changed nothing cannot break an invariant that held before it.
    const broken = answer.status < 400 || changed.length > 0 ? invariantViolations(store) : [];
    if (broken.length > 0) {
      figures.invariantBreaks += 1;
      example('invariant broken', call, answer, broken.join('; '));
      app.reset();
    }
  }
  return figures;
}

const safeJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
};
