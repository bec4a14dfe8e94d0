import * as z from 'zod/mini';

type Kind = 'number' | 'boolean' | 'array' | 'numbers' | 'string';

/** The JSON types of a schema's top-level properties, to turn strings of a URL into typed values. */
function propertyKinds(schema: z.core.$ZodType): Map<string, Kind> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, { type?: string | string[]; anyOf?: { type?: string }[]; items?: { type?: string } }>;
  };
  const kinds = new Map<string, Kind>();
  for (const [name, property] of Object.entries(json.properties ?? {})) {
    const types = [property.type, ...(property.anyOf ?? []).map((p) => p.type)].flat().filter(Boolean);
    const numericItems = property.items?.type === 'integer' || property.items?.type === 'number';
    kinds.set(
      name,
      types.includes('array')
        ? numericItems
          ? 'numbers'
          : 'array'
        : types.includes('integer') || types.includes('number')
          ? 'number'
          : types.includes('boolean')
            ? 'boolean'
            : 'string',
    );
  }
  return kinds;
}

/** A URL value as a number when it is one (kept as text otherwise, for the schema to refuse precisely). */
const toNumber = (item: string): number | string =>
  item.trim() !== '' && Number.isFinite(Number(item)) ? Number(item) : item;

const cache = new WeakMap<z.core.$ZodType, Map<string, Kind>>();

/**
 * Reads URL values (query string or path parameters) as the object a schema expects: numbers and
 * booleans converted by the schema's declared types, repeated keys as arrays, the rest as strings.
 * Values that do not convert are kept as strings so that the schema refuses them precisely.
 */
export function fromUrlValues(schema: z.core.$ZodType, entries: Iterable<[string, string]>): Record<string, unknown> {
  let kinds = cache.get(schema);
  if (!kinds) cache.set(schema, (kinds = propertyKinds(schema)));
  const out: Record<string, unknown> = {};
  for (const [name, raw] of entries) {
    const kind = kinds.get(name) ?? 'string';
    const value =
      kind === 'number' && raw.trim() !== '' && Number.isFinite(Number(raw))
        ? Number(raw)
        : kind === 'boolean' && (raw === 'true' || raw === 'false')
          ? raw === 'true'
          : raw;
    if (kind === 'array' || kind === 'numbers') {
      const items = raw.split(',').filter(Boolean);
      out[name] = [
        ...((out[name] as unknown[] | undefined) ?? []),
        ...(kind === 'numbers' ? items.map(toNumber) : items),
      ];
    } else out[name] = value;
  }
  return out;
}
