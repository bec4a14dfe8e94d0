import type { JsonSchema } from './schema-components.js';

/**
 * Headers of the contract's cross-cutting rules, as `components.parameters` and `components.headers`
 * of the OpenAPI document: `Idempotency-Key` on every write and `Idempotent-Replayed` on its replayed
 * answer, `If-Match` on writes based on a version and `ETag` on answers that carry one (ACC-7).
 */
export const headerComponents = {
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description:
        'X-5: a retry of a write with the same key gets the first answer again, with `Idempotent-Replayed: true`; the same key with another body is refused (422, `IDEMPOTENCY_KEY_REUSED`). Kept 24 h.',
      schema: { type: 'string', minLength: 1 },
    },
    IfMatch: {
      name: 'If-Match',
      in: 'header',
      required: false,
      description:
        'ACC-7: the version the write is based on (`"3"` or `W/"3"`, the `ETag` of the resource), instead of `version` in the body; a stale one is refused (409, `VERSION_CONFLICT`).',
      schema: { type: 'string', pattern: '^(W/)?"?[1-9][0-9]*"?$' },
    },
  },
  headers: {
    ETag: {
      description: 'ACC-7: the version of the resource in the answer (`"3"`), to send back as `If-Match`.',
      schema: { type: 'string' },
    },
    IdempotentReplayed: {
      description: 'X-5: `true` when the answer is the replay of an earlier request with the same `Idempotency-Key`.',
      schema: { const: 'true' },
    },
  },
} as const;

const ref = (section: 'parameters' | 'headers', name: string) => ({ $ref: `#/components/${section}/${name}` });

/** Whether a JSON Schema (a `$ref` resolved through `components`) is an object with a `version` property. */
export const hasVersion = (json: JsonSchema | undefined, components: Readonly<Record<string, JsonSchema>>): boolean => {
  const target = typeof json?.['$ref'] === 'string' ? components[json['$ref'].split('/').pop()!] : json;
  const properties = target?.['properties'];
  return properties !== null && typeof properties === 'object' && 'version' in properties;
};

/** The header parameters of an operation: `Idempotency-Key` on a write, `If-Match` when its body has a version. */
export const headerParameters = (
  method: string,
  body: JsonSchema | undefined,
  components: Readonly<Record<string, JsonSchema>>,
): JsonSchema[] =>
  method === 'GET'
    ? []
    : [ref('parameters', 'IdempotencyKey'), ...(hasVersion(body, components) ? [ref('parameters', 'IfMatch')] : [])];

/** The headers of a success answer: `ETag` when its body has a version, `Idempotent-Replayed` on a write. */
export const answerHeaders = (
  method: string,
  response: JsonSchema | undefined,
  components: Readonly<Record<string, JsonSchema>>,
): JsonSchema => {
  const headers = {
    ...(hasVersion(response, components) ? { ETag: ref('headers', 'ETag') } : {}),
    ...(method === 'GET' ? {} : { 'Idempotent-Replayed': ref('headers', 'IdempotentReplayed') }),
  };
  return Object.keys(headers).length > 0 ? { headers } : {};
};
