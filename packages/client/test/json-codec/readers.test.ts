// decodeJson's generated readers (src/generated/json-readers.gen.ts, which reuse JSON.parse's objects) against
// @vbem/codec, whose rules they must keep.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson, EmError } from '../../src/index.ts';
import { normalizeWithCodec } from '../../src/codec.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; message: string };
const run = (f: () => unknown): Outcome => {
  try {
    return { ok: true, value: f() };
  } catch (error) {
    expect(error).toBeInstanceOf(EmError);
    return { ok: false, message: (error as EmError).message };
  }
};

// Values near the schema: right and wrong types, nulls, lone items, unknown and prototype keys.
const scalar = fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
const extra = fc.dictionary(fc.constantFrom('Extra', '__proto__', 'constructor', 'toString', 'Links', 'Name'), scalar, { maxKeys: 2 });
const field = (text: fc.Arbitrary<unknown>) => fc.oneof({ weight: 4, arbitrary: text }, { weight: 1, arbitrary: scalar });
const link = fc.tuple(fc.record({ Href: field(fc.string()), Name: field(fc.string()), Type: field(fc.string()), Rel: field(fc.string()) }, { requiredKeys: [] }), extra);
const items = <T>(item: fc.Arbitrary<T>) => fc.oneof(fc.array(item, { maxLength: 3 }), item, fc.constant(null), scalar);
const ref = fc.tuple(
  fc.record({ UID: field(fc.string()), Name: field(fc.string()), Href: field(fc.string()), Type: field(fc.string()), Links: items(link.map(([l, e]) => ({ ...e, ...l }))) }, { requiredKeys: [] }),
  extra,
);
const bodies = {
  EntityReferences: fc.oneof(fc.record({ Refs: items(ref.map(([r, e]) => ({ ...e, ...r }))) }, { requiredKeys: [] }), scalar, fc.array(scalar)),
  Error: fc.record({ Message: field(fc.string()), StatusCode: field(fc.integer({ min: 100, max: 599 })), Status: field(fc.string()), StackTrace: field(fc.string()) }, { requiredKeys: [] }),
  LogonSession: fc.tuple(
    fc.record({ UserName: field(fc.string()), SessionId: field(fc.string()), Href: field(fc.string()), Type: field(fc.string()), Links: items(link.map(([l, e]) => ({ ...e, ...l }))) }, { requiredKeys: [] }),
    extra,
  ).map(([s, e]) => ({ ...e, ...s })),
};

describe('the generated JSON readers keep the codec’s rules', () => {
  it.each(Object.keys(bodies) as (keyof typeof bodies)[])('%s: same value or same error (2,000 random bodies)', (schema) => {
    fc.assert(
      fc.property(bodies[schema], (body) => {
        const text = JSON.stringify(body) ?? 'null';
        const expected = run(() => normalizeWithCodec(JSON.parse(text), schema));
        expect(run(() => decodeJson(text, schema))).toStrictEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a __proto__ key through, even in objects it reuses', () => {
    const value = decodeJson('{"Refs":[{"UID":"u","Name":"n","Href":"h","Type":"t","Links":[{"Rel":"r","Href":"h","__proto__":{"x":1}}]}]}', 'EntityReferences') as {
      Refs: { Links: object[] }[];
    };
    expect(Object.keys(value.Refs[0]!.Links[0]!)).toEqual(['Href', 'Rel']);
    expect(Object.getPrototypeOf(value.Refs[0]!.Links[0]!)).toBe(Object.prototype);
  });

  it('reads own keys only when Object.prototype is polluted with a property name', () => {
    const body = '{"Refs":[{"UID":"u","Href":"h","Type":"t","Links":[{"Rel":"r","Href":"h"}]}]}';
    const proto = Object.prototype as Record<string, unknown>;
    proto['Name'] = 'inherited';
    try {
      // Without hasOwn, the missing Name would read as the inherited one.
      expect(() => decodeJson(body, 'EntityReferences')).toThrow('Invalid value at EntityReferences.Refs[0].Name: expected a value (required), got nothing.');
    } finally {
      delete proto['Name'];
    }
  });
});
