import * as z from 'zod/mini';
import { ERROR_STATUS } from '../src/domain/errors.js';
import * as schemas from '../src/domain/schemas/index.js';
import { defineRoute, type Route } from './http/route.js';
import { answerHeaders, headerComponents, headerParameters } from './openapi/headers.js';
import { convertSchemas, type JsonSchema, type SchemaUse } from './openapi/schema-components.js';
import { TAG_DESCRIPTIONS } from './openapi/tags.js';

/**
 * Statuses of refusals each route may answer, with the codes behind them; 405 is left out, since
 * it answers a method a path does not have, never one of the document's operations.
 */
const problemStatuses = [...new Set<number>(Object.values(ERROR_STATUS))]
  .filter((s) => s !== 405)
  .sort((a, b) => a - b);

/** The error codes answered with a status, for the description of its refusal. */
const codesOf = (status: number): string[] =>
  Object.entries(ERROR_STATUS).flatMap(([code, s]) => (s === status ? [`\`${code}\``] : []));

/**
 * Names of the exported schemas, so that the document refers to them by name. A schema exported
 * under several names (`FirstConnectionInput = UserAccountUpdate`) takes the shortest, then the first
 * in alphabetical order: the same name whatever order a module loader lists the exports in.
 */
const namedSchemas = (): Map<z.core.$ZodType, string> => {
  const names = new Map<z.core.$ZodType, string>();
  const preferred = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
  for (const [name, value] of Object.entries(schemas).sort(([a], [b]) => preferred(a, b))) {
    if (value instanceof z.core.$ZodType && !names.has(value)) names.set(value, name);
  }
  return names;
};

/** Every schema a route uses, with its side of the wire. */
const usesOf = (route: Route): SchemaUse[] => [
  ...[route.params, route.query, route.body].flatMap((schema) => (schema ? [{ schema, io: 'input' as const }] : [])),
  ...(route.response && !route.produces ? [{ schema: route.response, io: 'output' as const }] : []),
];

/** What each success status means in this contract. */
const SUCCESS_DESCRIPTIONS: Readonly<Record<number, string>> = {
  200: 'Success',
  201: 'Created',
  202: 'Accepted: the change waits for its date of effect, given in the answer (STR-4, SRV-2), or is otherwise pending',
  204: 'Success, no content',
};

/** `/api/structures/:idStructureCPP` → `/api/structures/{idStructureCPP}`. */
const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

/** The description of a route's tag, or an error naming the tag to describe in `openapi/tags.ts`. */
const describedTag = (name: string): { name: string; description: string } => {
  const description = TAG_DESCRIPTIONS[name];
  if (!description) throw new Error(`OpenAPI: tag "${name}" has no description in mock-api/openapi/tags.ts.`);
  return { name, description };
};

/**
 * The OpenAPI 3.1 document of the contract, generated from the routing table and the zod schemas:
 * one operation per route (operationId, summary, tag, rule ids in `x-rules`), request and response
 * bodies from the schemas (exported ones under `components.schemas`, see `openapi/schema-components.ts`),
 * every refusal as problem+json (RFC 9457). Paths carry their `/api/` prefix; `servers` is the origin
 * that serves the document, the value a host passes as the client's `baseUrl`.
 */
export function generateOpenApi(routes: readonly Route[]): JsonSchema {
  const converted = convertSchemas(namedSchemas(), [
    { schema: schemas.Problem, io: 'output' },
    ...routes.flatMap(usesOf),
  ]);
  const refusals = Object.fromEntries(
    problemStatuses.map((status) => [
      `Problem${status}`,
      {
        description:
          status >= 500
            ? `Server failure (RFC 9457 problem+json) with code ${codesOf(status).join(', ')} and the \`correlationId\` it was logged under; the request may be retried.`
            : `Refused (RFC 9457 problem+json) with code ${codesOf(status).join(', ')}; \`rule\` names the rule that refused, when one did.`,
        content: { 'application/problem+json': { schema: converted.jsonOf(schemas.Problem, 'output') } },
      },
    ]),
  );
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: JsonSchema[] = [];
    const addParameters = (schema: z.core.$ZodType | undefined, where: 'path' | 'query') => {
      if (!schema) return;
      const json = converted.jsonOf(schema, 'input') as {
        properties?: Record<string, JsonSchema>;
        required?: string[];
      };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name,
          in: where,
          required: where === 'path' || (json.required ?? []).includes(name),
          schema: property,
        });
      }
    };
    addParameters(route.params, 'path');
    addParameters(route.query, 'query');
    if (route.csv) {
      parameters.push({
        name: 'format',
        in: 'query',
        required: false,
        description: 'csv: the whole filtered list as CSV (X-3)',
        schema: { enum: ['json', 'csv'] },
      });
      parameters.push({
        name: 'lang',
        in: 'query',
        required: false,
        description: 'Language of the CSV export (fr: `;` separator)',
        schema: { enum: ['fr', 'en'] },
      });
    }
    const body = route.body ? converted.jsonOf(route.body, 'input') : undefined;
    const response = route.response && !route.produces ? converted.jsonOf(route.response, 'output') : undefined;
    parameters.push(...headerParameters(route.method, body, converted.components));
    const successBody = route.produces
      ? { content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } }
      : response
        ? {
            ...answerHeaders(route.method, response, converted.components),
            content: {
              'application/json': { schema: response },
              ...(route.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
            },
          }
        : answerHeaders(route.method, undefined, converted.components);
    const successes = [route.status ?? (route.response ? 200 : 204), ...(route.otherStatuses ?? [])].sort(
      (a, b) => a - b,
    );
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [describedTag(route.tag).name],
      'x-rules': route.rules,
      ...(route.access?.public ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: body } } } } : {}),
      responses: {
        ...Object.fromEntries(
          successes.map((status) => [
            String(status),
            { description: route.produces ? 'The file' : (SUCCESS_DESCRIPTIONS[status] ?? 'Success'), ...successBody },
          ]),
        ),
        ...Object.fromEntries(
          problemStatuses.map((status) => [String(status), { $ref: `#/components/responses/Problem${status}` }]),
        ),
      },
    };
    (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cp-kit mock API (Chorus Pro account and organisation management)',
      version: '1',
      license: { name: 'MIT', identifier: 'MIT' },
      description:
        'Resource-oriented JSON. Writes accept an `Idempotency-Key` header (X-5) and an `If-Match` version (ACC-7); refusals are problem+json with `code`, `rule` and FR/EN field messages (X-1). The caller is named by `Authorization: Bearer <token>` or `X-CP-User: <login>` (ID-1).\n\n' +
        'Paths start with `/api/`. The server is the origin that serves this document (the cp-kit mock); a backend implementing this contract is reached at its own origin, the value a host passes as `baseUrl` to `createHttpClient`.',
    },
    servers: [
      {
        url: '/',
        description:
          'The origin serving this document: the cp-kit mock (MSW worker of the page, or `npm run mock:serve`). Replace it with the origin of your own backend.',
      },
    ],
    tags: [...new Set(routes.map((route) => route.tag))].map(describedTag),
    components: {
      schemas: converted.components,
      responses: refusals,
      ...headerComponents,
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: "A token of the host's session (`token-<first name>` in the mock, ID-1).",
        },
        hostUser: {
          type: 'apiKey',
          in: 'header',
          name: 'X-CP-User',
          description: 'The login of the user the host authenticated (ID-1).',
        },
      },
    },
    security: [{ bearer: [] }, { hostUser: [] }],
    paths,
  };
}

/** `GET /api/openapi`: the document of the running mock's routes. */
export const openApiRoute = (getRoutes: () => readonly Route[]): Route =>
  defineRoute({
    method: 'GET',
    path: '/api/openapi',
    operationId: 'getOpenApi',
    summary: 'The OpenAPI 3.1 document of this API, generated from its routing table and schemas.',
    tag: 'Contract',
    rules: [],
    access: { public: true },
    response: z.record(z.string(), z.unknown()),
    handle: () => generateOpenApi(getRoutes()),
  });
