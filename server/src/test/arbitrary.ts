import fc from 'fast-check';
import { naughtyStrings } from './naughty.ts';

/** The part of JSON Schema (as `z.toJSONSchema` writes it) that the inputs of Vigie's procedures use. */
export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  maxItems?: number;
}

const naughty = fc.constantFrom(...naughtyStrings);
/** Anything at all: what a client that ignores the schema might send. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(naughty, fc.jsonValue({ maxDepth: 3 }), fc.constant(null), fc.double());

/** Ids that exist in the fuzzed database: a look-up by one of them goes past "not found". */
export interface Known {
  ids: readonly string[];
}

function stringOf(schema: JsonSchema, known: Known): fc.Arbitrary<string> {
  const shaped =
    schema.format === 'uuid'
      ? known.ids.length > 0
        ? fc.oneof(fc.uuid(), fc.constantFrom(...known.ids))
        : fc.uuid()
      : schema.format === 'date'
        ? fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
        : schema.format === 'date-time'
          ? fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString())
          : schema.format === 'email'
            ? fc.emailAddress()
            : fc.string({ maxLength: Math.min(schema.maxLength ?? 40, 80) });
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 2, arbitrary: naughty });
}

function numberOf(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = schema.minimum ?? -1e6;
  const max = schema.maximum ?? 1e6;
  const inRange = integer ? fc.integer({ min: Math.max(min, -(2 ** 31)), max: Math.min(max, 2 ** 31) }) : fc.double({ min, max, noNaN: true });
  return fc.oneof({ weight: 4, arbitrary: inRange }, { weight: 1, arbitrary: fc.constantFrom(-1, 0, 2 ** 53, -(2 ** 53), 1.5) });
}

function objectOf(schema: JsonSchema, depth: number, known: Known): fc.Arbitrary<unknown> {
  const keys = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const record = fc.record(
    Object.fromEntries(keys.map(([key, property]) => [key, arbitraryOf(property, known, depth + 1)])),
    { requiredKeys: keys.map(([key]) => key).filter((key) => required.has(key)) },
  );
  // Now and then a key the schema does not know.
  return fc.oneof({ weight: 5, arbitrary: record }, { weight: 1, arbitrary: fc.tuple(record, garbage).map(([r, extra]) => ({ ...(r as object), unexpected: extra })) });
}

/**
 * Inputs shaped like `schema` most of the time (right keys, values of the right type, edge values),
 * wrong the rest of the time (naughty strings, other types, nothing): enough to pass validation now
 * and then and reach the handlers and the database, which is where a 500 hides.
 */
export function arbitraryOf(schema: JsonSchema | undefined, known: Known = { ids: [] }, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return garbage;
  const variants = schema.anyOf ?? schema.oneOf;
  let shaped: fc.Arbitrary<unknown>;
  if (variants) shaped = fc.oneof(...variants.map((v) => arbitraryOf(v, known, depth + 1)));
  else if (schema.allOf?.[0]) shaped = arbitraryOf(schema.allOf[0], known, depth + 1);
  else if (schema.const !== undefined) shaped = fc.constant(schema.const);
  else if (schema.enum) shaped = fc.constantFrom(...schema.enum);
  else {
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    shaped =
      type === 'object'
        ? objectOf(schema, depth, known)
        : type === 'array'
          ? fc.array(arbitraryOf(schema.items, known, depth + 1), { maxLength: Math.min(schema.maxItems ?? 5, 5) })
          : type === 'string'
            ? stringOf(schema, known)
            : type === 'integer' || type === 'number'
              ? numberOf(schema, type === 'integer')
              : type === 'boolean'
                ? fc.boolean()
                : type === 'null'
                  ? fc.constant(null)
                  : garbage;
  }
  return fc.oneof({ weight: 6, arbitrary: shaped }, { weight: 1, arbitrary: garbage });
}
