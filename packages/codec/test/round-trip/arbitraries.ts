// Generated schemas of every construct and values of them, for the property-based tests.
import fc from 'fast-check';
import type { SchemaObject } from '../../src/index.ts';

const NAMESPACES = [undefined, 'urn:a', 'urn:b'] as const;
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,6}$/).filter((n) => !n.toLowerCase().startsWith('xml'));
// XML 1.0 characters only (others are refused by the encoder, tested elsewhere).
const xmlString = fc.string({ unit: fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\t', '\n', '\r', ' ', ']]>', 'é', '😀'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).filter((s) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s));

export type Shape =
  | { kind: 'string' | 'integer' | 'int64' | 'number' | 'boolean'; nullable: boolean }
  | { kind: 'object'; props: { key: string; shape: Shape; place: 'element' | 'attribute'; xmlName?: string; ns?: string; required: boolean }[]; text?: 'text' | 'cdata'; nullable: boolean; split: boolean }
  | { kind: 'array'; items: Shape; wrapped: boolean; itemName?: string; nullable: boolean };

const scalar = fc.record({ kind: fc.constantFrom('string', 'integer', 'int64', 'number', 'boolean') as fc.Arbitrary<'string'>, nullable: fc.boolean() });

export const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape; object: Shape }>((tie) => ({
  shape: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('object'), fc
    .record({ kind: fc.constant('array' as const), items: fc.oneof(scalar, tie('object')), wrapped: fc.boolean(), itemName: fc.option(name, { nil: undefined }), nullable: fc.boolean() })
    // An unwrapped array has no element of its own, so it cannot be null (it reads as []).
    .map((a) => ({ ...a, nullable: a.nullable && a.wrapped }))),
  object: fc
    .record({
      kind: fc.constant('object' as const),
      props: fc.uniqueArray(
        fc.record({
          key: name,
          shape: tie('shape'),
          place: fc.constantFrom('element', 'attribute') as fc.Arbitrary<'element' | 'attribute'>,
          xmlName: fc.option(name, { nil: undefined }),
          ns: fc.constantFrom(...NAMESPACES),
          required: fc.boolean(),
        }),
        { selector: (p) => p.key, maxLength: 4 },
      ),
      text: fc.constantFrom(undefined, 'text', 'cdata') as fc.Arbitrary<'text' | 'cdata' | undefined>,
      nullable: fc.boolean(),
      split: fc.boolean(),
    })
    .map((o) => {
      // XML cannot hold two children of one name, nor a text node beside child elements in this round trip.
      const seen = new Set<string>();
      const props = o.props.filter((p) => {
        const attribute = p.place === 'attribute' && p.shape.kind !== 'object' && p.shape.kind !== 'array';
        const xmlName = p.shape.kind === 'array' && !p.shape.wrapped ? (p.shape.itemName ?? p.key) : (p.xmlName ?? p.key);
        // Names unique whatever the namespaces: a child without one takes its parent's, which depends on where it is used.
        const id = `${attribute ? '@' : ''}${xmlName}`;
        if (seen.has(id) || (attribute && p.shape.nullable)) return false;
        seen.add(id);
        return true;
      });
      const elements = props.some((p) => p.place === 'element' || p.shape.kind === 'object' || p.shape.kind === 'array');
      return { ...o, props, text: elements ? undefined : o.text } as Shape;
    }),
})).shape;

let counter = 0;
export function schemaOf(s: Shape): SchemaObject {
  const type = (t: string): SchemaObject['type'] => (s.nullable ? [t, 'null'] : t);
  switch (s.kind) {
    case 'int64':
      return { type: type('integer'), format: 'int64' };
    case 'string':
    case 'integer':
    case 'number':
    case 'boolean':
      return { type: type(s.kind) };
    case 'array':
      return { type: type('array'), ...(s.wrapped ? { xml: { wrapped: true } } : {}), items: { ...schemaOf(s.items), ...(s.itemName ? { xml: { name: s.itemName } } : {}) } };
    case 'object': {
      const properties: Record<string, SchemaObject> = {};
      for (const p of s.props) {
        const inner = schemaOf(p.shape);
        const attribute = p.place === 'attribute' && p.shape.kind !== 'object' && p.shape.kind !== 'array';
        const xml = { ...(inner.xml ?? {}), ...(p.xmlName ? { name: p.xmlName } : {}), ...(p.ns ? { namespace: p.ns, prefix: p.ns.slice(4) } : {}), ...(attribute ? { attribute: true } : {}) };
        properties[p.key] = { ...inner, ...(Object.keys(xml).length > 0 ? { xml } : {}) };
      }
      if (s.text) properties[`t${counter++}`] = { type: 'string', xml: { nodeType: s.text } };
      const required = s.props.filter((p) => p.required).map((p) => p.key);
      const keys = Object.keys(properties);
      if (!s.split || keys.length < 2) return { type: type('object'), properties, required };
      // allOf: the same properties in two parts, which describe one element.
      const part = (ks: string[]): SchemaObject => ({ type: 'object', properties: Object.fromEntries(ks.map((k) => [k, properties[k]!])), required: required.filter((k) => ks.includes(k)) });
      const half = Math.ceil(keys.length / 2);
      return { type: type('object'), allOf: [part(keys.slice(0, half)), part(keys.slice(half))], properties: {}, required: [] };
    }
  }
}

export function valueOf(given: SchemaObject, root = false): fc.Arbitrary<unknown> {
  const parts = (given.allOf ?? []) as SchemaObject[];
  const schema: SchemaObject = parts.length === 0 ? given : { ...given, properties: Object.assign({}, ...parts.map((p) => p.properties)), required: parts.flatMap((p) => p.required ?? []) };
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  const nullable = types.includes('null') && !root;
  const base = ((): fc.Arbitrary<unknown> => {
    if (types.includes('object')) {
      const props = Object.entries(schema.properties ?? {}) as [string, SchemaObject][];
      const required = new Set(schema.required ?? []);
      const parts: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, p] of props) parts[key] = valueOf(p);
      // Required keys, unwrapped arrays (never absent) and nullable values (absent, they read as null) are always there.
      const always = ([k, p]: [string, SchemaObject]) => required.has(k) || (Array.isArray(p.type) && p.type.includes('null') && !p.type.includes('array')) || ((p.type === 'array' || (Array.isArray(p.type) && p.type.includes('array'))) && !p.xml?.wrapped);
      return fc.record(parts, { requiredKeys: props.filter(always).map(([k]) => k) }).map((v) => {
        // An unwrapped array can be empty but not absent, and a text node reads '' when empty.
        for (const [k, p] of props) if (p.xml?.nodeType && v[k] === '') delete v[k];
        return v;
      });
    }
    if (types.includes('array')) return fc.array(valueOf(schema.items as SchemaObject), { maxLength: 3 });
    if (types.includes('integer')) return schema.format === 'int64' ? fc.oneof(fc.maxSafeInteger(), fc.bigInt({ min: 2n ** 60n, max: 2n ** 63n - 1n }).map(String)) : fc.integer();
    if (types.includes('number')) return fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n));
    if (types.includes('boolean')) return fc.boolean();
    return xmlString;
  })();
  return nullable && !schema.xml?.attribute && !schema.xml?.nodeType ? fc.option(base, { nil: null, freq: 4 }) : base;
}
