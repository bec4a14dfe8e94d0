import * as z from 'zod/mini';
import * as schemas from '../src/domain/schemas/index.js';
import { ERROR_STATUS } from '../src/domain/errors.js';
import { defineRoute, type Route } from './http/route.js';

type JsonSchema = Record<string, unknown>;

/** Statuses of refusals each route may answer, with the codes behind them. */
const problemStatuses = [...new Set(Object.values(ERROR_STATUS))].filter((s) => s !== 500).sort();

/** Names of the exported schemas, so that the document refers to them by name. */
const namedSchemas = (): Map<z.core.$ZodType, string> => {
  const names = new Map<z.core.$ZodType, string>();
  for (const [name, value] of Object.entries(schemas)) if (value instanceof z.core.$ZodType && !names.has(value)) names.set(value, name);
  return names;
};

const toJson = (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema => {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
  delete json['$schema'];
  return json;
};

/** `/api/structures/:idStructureCPP` → `/api/structures/{idStructureCPP}`. */
const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

/**
 * The OpenAPI 3.1 document of the contract, generated from the routing table and the zod schemas:
 * one operation per route (operationId, tag, rule ids in `x-rules`), request and response bodies from
 * the schemas (named ones under `components.schemas`), every refusal as problem+json (RFC 9457).
 */
export function generateOpenApi(routes: readonly Route[]): JsonSchema {
  const names = namedSchemas();
  const components: Record<string, JsonSchema> = { Problem: toJson(schemas.Problem, 'output') };
  const ref = (schema: z.core.$ZodType, io: 'input' | 'output'): JsonSchema => {
    const name = names.get(schema);
    if (!name) return toJson(schema, io);
    const json = toJson(schema, io);
    const key = io === 'input' && JSON.stringify(json) !== JSON.stringify(toJson(schema, 'output')) ? `${name}Input` : name;
    components[key] ??= json;
    return { $ref: `#/components/schemas/${key}` };
  };
  const problem = { description: 'Refusal (RFC 9457)', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } };
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const parameters: JsonSchema[] = [];
    const addParameters = (schema: z.core.$ZodType | undefined, where: 'path' | 'query') => {
      if (!schema) return;
      const json = toJson(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({ name, in: where, required: where === 'path' || (json.required ?? []).includes(name), schema: property });
      }
    };
    addParameters(route.params, 'path');
    addParameters(route.query, 'query');
    if (route.csv) {
      parameters.push({ name: 'format', in: 'query', required: false, description: 'csv: the whole filtered list as CSV (X-3)', schema: { enum: ['json', 'csv'] } });
      parameters.push({ name: 'lang', in: 'query', required: false, description: 'Language of the CSV export (fr: `;` separator)', schema: { enum: ['fr', 'en'] } });
    }
    const success = route.status ?? (route.response ? 200 : 204);
    const operation: Record<string, unknown> = {
      operationId: route.operationId,
      summary: route.summary,
      tags: [route.tag],
      'x-rules': route.rules,
      ...(route.access?.public ? { security: [] } : {}),
      ...(parameters.length > 0 ? { parameters } : {}),
      ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: ref(route.body, 'input') } } } } : {}),
      responses: {
        [String(success)]: route.produces
          ? { description: 'The file', content: { [route.produces]: { schema: { type: 'string', format: 'binary' } } } }
          : route.response
            ? {
                description: 'Success',
                content: {
                  'application/json': { schema: ref(route.response, 'output') },
                  ...(route.csv ? { 'text/csv': { schema: { type: 'string' } } } : {}),
                },
              }
            : { description: 'Success, no content' },
        ...Object.fromEntries(problemStatuses.map((status) => [String(status), problem])),
      },
    };
    (paths[openApiPath(route.path)] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'cp-kit mock API (Chorus Pro account and organisation management)',
      version: '1',
      description:
        'Resource-oriented JSON. Writes accept an `Idempotency-Key` header (X-5) and an `If-Match` version (ACC-7); refusals are problem+json with `code`, `rule` and FR/EN field messages (X-1). The caller is named by `Authorization: Bearer <token>` or `X-CP-User: <login>` (ID-1).',
    },
    components: {
      schemas: components,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        hostUser: { type: 'apiKey', in: 'header', name: 'X-CP-User' },
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
