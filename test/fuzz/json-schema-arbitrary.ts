import fc from 'fast-check';

/** A JSON Schema (draft 2020-12) as `z.toJSONSchema` writes it. */
export type JsonSchema = {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

/**
 * Strings that break naive code: formula starters behind invisible characters, markup,
 * control characters, right-to-left marks, astral characters, escapes, numbers and keywords as text.
 */
export const ADVERSARIAL_STRINGS: readonly string[] = [
  '',
  ' ',
  '=1+1',
  '+33 1 00',
  '-2',
  '@SUM(A1)',
  ' =1+1',
  '\u00a0=1+1',
  '\u200b=HYPERLINK("x")',
  '\ufeff@x',
  '\t=1',
  '\r=1',
  '<img src=x onerror=alert(1)>',
  '"><script>alert(1)</script>',
  "'; DROP TABLE users; --",
  '\u0000',
  '\u202eevil',
  '𝕮𝖍𝖔𝖗𝖚𝖘 😀',
  '%E0%A4%A',
  '../../etc/passwd',
  'null',
  'true',
  '0',
  '-0',
  '1e309',
  '__proto__',
  'constructor',
  'x'.repeat(256),
];

/**
 * A string for a field. A free-text field gets adversarial strings one time in five (they are valid
 * text: the rules must store and show them as text). A field with a pattern or a date format gets
 * values matching it, and rarely an adversarial one (the invalid variants cover those fields).
 */
function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  const minLength = schema.minLength ?? 0;
  const maxLength = Math.min(schema.maxLength ?? 40, Math.max(minLength, 300));
  const adversarial = fc.constantFrom(...ADVERSARIAL_STRINGS);
  const withinLength = (s: string) => s.length >= minLength && s.length <= maxLength;
  let constrained: fc.Arbitrary<string> | undefined;
  if (schema.format === 'date')
    constrained = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
  else if (schema.format === 'date-time')
    constrained = fc
      .date({ min: new Date('1990-01-01'), max: new Date('2040-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString());
  else if (schema.pattern !== undefined) {
    try {
      constrained = fc.stringMatching(new RegExp(schema.pattern)).filter(withinLength);
    } catch {
      constrained = undefined;
    }
  } else if (schema.format === 'email') constrained = fc.emailAddress().filter(withinLength);
  if (constrained) return fc.oneof({ weight: 19, arbitrary: constrained }, { weight: 1, arbitrary: adversarial });
  return fc.oneof(
    { weight: 4, arbitrary: fc.string({ unit: 'grapheme', minLength, maxLength }) },
    { weight: 1, arbitrary: adversarial.filter(withinLength) },
  );
}

/** A number for a field: within its bounds, with the bounds themselves likely. */
function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min =
    schema.minimum ??
    (schema.exclusiveMinimum !== undefined
      ? schema.exclusiveMinimum + (integer ? 1 : Number.EPSILON)
      : integer
        ? -1_000_000
        : -1e9);
  const max =
    schema.maximum ??
    (schema.exclusiveMaximum !== undefined
      ? schema.exclusiveMaximum - (integer ? 1 : Number.EPSILON)
      : integer
        ? 1_000_000
        : 1e9);
  const lo = Math.max(min, integer ? Number.MIN_SAFE_INTEGER : -1e15);
  const hi = Math.min(max, integer ? Number.MAX_SAFE_INTEGER : 1e15);
  const inRange = integer
    ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
    : fc.double({ min: lo, max: hi, noNaN: true, noDefaultInfinity: true });
  return fc.oneof(
    { weight: 4, arbitrary: inRange },
    { weight: 1, arbitrary: fc.constantFrom(Math.ceil(lo), Math.floor(hi)) },
  );
}

/**
 * An arbitrary of values that satisfy `schema` in shape (types, required keys, enums, bounds), with
 * adversarial strings mixed in: what a careless or hostile client sends that passes a first look.
 * Rules the schema cannot say (checksums, cross-field rules) are left to chance, as they should be.
 */
export function arbitraryOf(schema: JsonSchema, root: JsonSchema = schema, depth = 0): fc.Arbitrary<unknown> {
  if (schema.$ref) {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = root.$defs?.[name];
    return target && depth < 4 ? arbitraryOf(target, root, depth + 1) : fc.constant(null);
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => arbitraryOf(s, root, depth + 1)));
  if (schema.allOf) return arbitraryOf(Object.assign({}, ...schema.allOf) as JsonSchema, root, depth + 1);
  if (Array.isArray(schema.type))
    return fc.oneof(...schema.type.map((type) => arbitraryOf({ ...schema, type }, root, depth)));
  switch (schema.type) {
    case 'string':
      return stringArbitrary(schema);
    case 'integer':
      return numberArbitrary(schema, true);
    case 'number':
      return numberArbitrary(schema, false);
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const minLength = schema.minItems ?? 0;
      const maxLength = Math.max(minLength, Math.min(schema.maxItems ?? 4, 4));
      return fc.array(schema.items ? arbitraryOf(schema.items, root, depth + 1) : fc.jsonValue(), {
        minLength,
        maxLength,
      });
    }
    case 'object': {
      const properties = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, s]) => [name, arbitraryOf(s, root, depth + 1)]),
      );
      return fc.record(properties, { requiredKeys: (schema.required ?? []).filter((k) => k in properties) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/**
 * Invalid variants of a valid value: a required field dropped, a field of the wrong type, an
 * unknown field, the wrong top-level type.
 */
export function invalidVariantOf(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.string(),
    fc.boolean(),
    fc.constant([]),
    fc.constant({}),
    fc.double(),
  );
  return fc.tuple(valid, fc.nat(), wrong).map(([value, index, replacement]) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return replacement;
    const keys = Object.keys(value);
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    if (keys.length === 0) return { ['champInconnu']: replacement };
    const key = keys[index % keys.length]!;
    if (index % 3 === 0) delete copy[key];
    else copy[key] = replacement;
    return copy;
  });
}
