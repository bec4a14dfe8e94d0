import * as z from 'zod/mini';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = Record<string, unknown>;

/** Which side of the wire a schema describes: what a caller sends, or what the API answers. */
export type Direction = 'input' | 'output';

/** A schema the document uses directly (a body, an answer, path or query parameters). */
export interface SchemaUse {
  schema: z.core.$ZodType;
  io: Direction;
}

/** The JSON Schemas of a set of uses, with the named schemas they reach as `components.schemas`. */
export interface ConvertedSchemas {
  /** The schema of a use: a `$ref` to its component when it is named, its inline JSON Schema otherwise. */
  jsonOf(schema: z.core.$ZodType, io: Direction): JsonSchema;
  /** `components.schemas`: every named schema a use reaches, sorted by name. */
  components: Record<string, JsonSchema>;
}

const COMPONENTS = '#/components/schemas/';
/** Registry id prefix of unnamed schemas used directly; they are inlined, never components. */
const INLINE = '~inline';

type ZodObjectDef = { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as ZodObjectDef;

/** The item of a `pageOf(item)` envelope (`{items, total, page, pageSize}`), if the schema is one. */
function pageItem(schema: z.core.$ZodType): z.core.$ZodType | undefined {
  const { type, shape } = defOf(schema);
  if (type !== 'object' || !shape || Object.keys(shape).sort().join() !== 'items,page,pageSize,total') return undefined;
  const items = defOf(shape['items']!);
  return items.type === 'array' ? items.element : undefined;
}

/** Every `$ref` target (a component name) in a JSON Schema. */
function refsOf(json: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(json)) for (const item of json) refsOf(item, out);
  else if (json !== null && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if (key === '$ref' && typeof value === 'string' && value.startsWith(COMPONENTS))
        out.add(value.slice(COMPONENTS.length));
      else refsOf(value, out);
    }
  }
  return out;
}

/** A copy of a JSON Schema with its `$ref`s renamed by `rename`, or replaced by the schema `inline` gives. */
function rewriteRefs(
  json: unknown,
  rename: (name: string) => string,
  inline: (name: string) => JsonSchema | undefined,
): unknown {
  if (Array.isArray(json)) return json.map((item) => rewriteRefs(item, rename, inline));
  if (json === null || typeof json !== 'object') return json;
  const ref = (json as JsonSchema)['$ref'];
  if (typeof ref === 'string' && ref.startsWith(COMPONENTS)) {
    const name = ref.slice(COMPONENTS.length);
    const inlined = inline(name);
    if (inlined) return rewriteRefs(inlined, rename, inline);
    return { ...json, $ref: COMPONENTS + rename(name) };
  }
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, rewriteRefs(value, rename, inline)]));
}

/**
 * Closes plain objects on the input side as zod closes them on the output side: zod drops unknown
 * keys, so the contract is "send the documented fields only" both ways, and a shape sent and answered
 * alike is one component instead of two that differ by `additionalProperties` alone.
 */
const closeInputObjects = ({ zodSchema, jsonSchema }: { zodSchema: z.core.$ZodType; jsonSchema: JsonSchema }) => {
  const def = zodSchema._zod.def as { type: string; catchall?: unknown };
  if (def.type === 'object' && !def.catchall && !('$ref' in jsonSchema)) jsonSchema['additionalProperties'] ??= false;
};

/** The JSON Schema of every entry of a registry for one direction, `$ref`s pointing at `components.schemas`. */
function convert(registry: z.core.$ZodRegistry<{ id: string }>, io: Direction): Map<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(registry, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => COMPONENTS + id,
    ...(io === 'input' ? { override: closeInputObjects } : {}),
  });
  if ('__shared' in schemas)
    throw new Error('OpenAPI: an unnamed schema is recursive; export it from src/domain/schemas to name it.');
  const out = new Map<string, JsonSchema>();
  for (const [id, json] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...body } = json as JsonSchema;
    out.set(id, body);
  }
  return out;
}

/**
 * Converts the zod schemas a document uses into JSON Schemas. Exported schemas of the domain are
 * components under their export name, and so are page envelopes (`pageOf(Structure)` is
 * `StructurePage`); everything else is inlined. A component reached both as input and as output
 * whose two JSON Schemas differ (defaults, transforms, or a component inside that differs) gets a
 * second, input component named `<Name>Input`; otherwise one component serves both sides. Only the
 * components a use reaches are emitted (no unused component).
 */
export function convertSchemas(
  named: ReadonlyMap<z.core.$ZodType, string>,
  uses: readonly SchemaUse[],
): ConvertedSchemas {
  const registry = z.registry<{ id: string }>();
  const idOf = new Map<z.core.$ZodType, string>();
  const register = (schema: z.core.$ZodType, id: string) => {
    if (idOf.has(schema)) return;
    registry.add(schema, { id });
    idOf.set(schema, id);
  };
  for (const [schema, name] of named) register(schema, name);
  const taken = new Set(named.values());
  const pages = new Set<string>();
  for (const { schema } of uses) {
    if (idOf.has(schema)) continue;
    const item = pageItem(schema);
    const pageName = item && named.has(item) ? `${named.get(item)}Page` : undefined;
    if (!pageName || taken.has(pageName)) {
      register(schema, `${INLINE}${idOf.size}`);
      continue;
    }
    // Each `pageOf()` call builds its own (identical) envelope: the first one stands for them all.
    if (pages.has(pageName)) idOf.set(schema, pageName);
    else {
      pages.add(pageName);
      register(schema, pageName);
    }
  }

  const json = { input: convert(registry, 'input'), output: convert(registry, 'output') };
  const isInline = (id: string) => id.startsWith(INLINE);

  // A component differs between the sides when its own JSON does or when a component it reaches does.
  const differs = new Set<string>();
  for (const [id, output] of json.output)
    if (!isInline(id) && JSON.stringify(output) !== JSON.stringify(json.input.get(id))) differs.add(id);
  for (let grown = true; grown;) {
    grown = false;
    for (const [id, input] of json.input) {
      if (isInline(id) || differs.has(id)) continue;
      if ([...refsOf(input), ...refsOf(json.output.get(id))].some((ref) => differs.has(ref))) {
        differs.add(id);
        grown = true;
      }
    }
  }

  // Components reached from the uses, per side (through inline schemas too).
  const reached = { input: new Set<string>(), output: new Set<string>() };
  for (const { schema, io } of uses) {
    const pending = [idOf.get(schema)!];
    while (pending.length > 0) {
      const id = pending.pop()!;
      if (!isInline(id)) {
        if (reached[io].has(id)) continue;
        reached[io].add(id);
      }
      pending.push(...refsOf(json[io].get(id)));
    }
  }

  const inputName = (id: string): string => {
    if (!reached.output.has(id) || !differs.has(id)) return id;
    const name = `${id}Input`;
    if (taken.has(name) || pages.has(name) || id.endsWith('Input')) {
      throw new Error(
        `OpenAPI: ${id} is both sent and answered with different shapes, and ${name} is taken; export distinct request and answer schemas.`,
      );
    }
    return name;
  };
  const inlineOf = (io: Direction) => (id: string) => (isInline(id) ? json[io].get(id) : undefined);
  const resolve = (io: Direction, body: JsonSchema | undefined) =>
    rewriteRefs(body, io === 'input' ? inputName : (id) => id, inlineOf(io)) as JsonSchema;

  const components: Record<string, JsonSchema> = {};
  for (const id of reached.output) components[id] = resolve('output', json.output.get(id));
  for (const id of reached.input) components[inputName(id)] ??= resolve('input', json.input.get(id));

  return {
    jsonOf: (schema, io) => {
      const id = idOf.get(schema);
      if (id === undefined) throw new Error('OpenAPI: a schema was converted without being declared as a use.');
      return isInline(id)
        ? resolve(io, json[io].get(id))
        : { $ref: COMPONENTS + (io === 'input' ? inputName(id) : id) };
    },
    components: Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
  };
}
