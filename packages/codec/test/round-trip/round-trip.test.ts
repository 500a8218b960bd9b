// Property-based round trips over generated schemas of every construct: decode(encode(v)) is v, and JSON agrees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.ts';
import { schemaOf, shape, valueOf } from './arbitraries.ts';

describe('round trips over generated schemas', () => {
  it('decodeXml(encodeXml(v)) equals v, and decodeJson(JSON text of v) equals v', () => {
    fc.assert(
      fc.property(
        shape.filter((s) => s.kind === 'object').chain((s) => {
          const schema = { ...schemaOf(s), xml: { name: 'Root', namespace: 'urn:root' } };
          return fc.tuple(fc.constant(schema), valueOf(schema, true));
        }),
        ([schema, value]) => {
          const codec = createCodec({ openapi: '3.1.0', components: { schemas: { Root: schema } } });
          const xml = codec.encodeXml(value, 'Root');
          expect(codec.decodeXml(xml, 'Root', { strict: true })).toEqual(value);
          expect(codec.decodeJson(JSON.stringify(value), 'Root', { strict: true })).toEqual(value);
        },
      ),
      { numRuns: 300 },
    );
  });
});
