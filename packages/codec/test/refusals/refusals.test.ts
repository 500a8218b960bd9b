import { describe, expect, it } from 'vitest';
import { CodecError, createCodec, type SchemaObject } from '../../src/index.ts';

const codecOf = (schemas: Record<string, SchemaObject>) => createCodec({ openapi: '3.1.0', components: { schemas } });

/** Each construct the codec cannot map, with the message it is refused with (at createCodec, and when used). */
const cases: [string, SchemaObject, string][] = [
  ['not', { type: 'object', properties: { a: { not: { type: 'string' } } } }, 'Unsupported schema at X.a: not; a negated schema has no XML form.'],
  ['if/then/else', { if: { type: 'string' }, then: { type: 'string' } }, 'Unsupported schema at X: if; conditional schemas (if/then/else) cannot decide an XML form.'],
  ['$dynamicRef', { $dynamicRef: '#node' }, 'Unsupported schema at X: $dynamicRef; dynamic references cannot be resolved before the data is read.'],
  ['patternProperties', { type: 'object', patternProperties: { '^x': { type: 'string' } } }, 'Unsupported schema at X: patternProperties; element names chosen by pattern are not supported; use additionalProperties.'],
  ['a remote $ref', { type: 'object', properties: { a: { $ref: 'other.yaml#/components/schemas/A' } } }, 'Unsupported schema at X.a: $ref other.yaml#/components/schemas/A; only local references (#/…) are supported; bundle the document first.'],
  ['a dangling $ref', { type: 'object', properties: { a: { $ref: '#/components/schemas/Nope' } } }, 'Unsupported schema at X.a: $ref #/components/schemas/Nope; it points at nothing in this document.'],
  ['an attribute that is an object', { type: 'object', properties: { a: { type: 'object', xml: { attribute: true } } } }, 'Unsupported schema at X.a: nodeType attribute on an object; only scalar values can be an attribute.'],
  ['two text nodes', { type: 'object', properties: { a: { type: 'string', xml: { nodeType: 'text' } }, b: { type: 'string', xml: { nodeType: 'text' } } } }, 'Unsupported schema at X: 2 text nodes; two text nodes side by side cannot be told apart when read (a, b).'],
  ['two properties with one element name', { type: 'object', properties: { a: { type: 'string', xml: { name: 'n' } }, b: { type: 'string', xml: { name: 'n' } } } }, 'Unsupported schema at X: two elements named n; properties a and b would both read <n>.'],
  ['an array of arrays', { type: 'object', properties: { a: { type: 'array', items: { type: 'array', items: { type: 'string' } } } } }, 'Unsupported schema at X.a.items: an array of arrays; nested arrays have no element of their own to tell their items apart.'],
  ['an unwrapped root array', { type: 'array', items: { type: 'string' } }, 'Unsupported schema at X: an unwrapped array; an XML document has one root element; give the array nodeType: element (or wrapped: true).'],
  ['an attribute root', { type: 'string', xml: { nodeType: 'attribute' } }, 'Unsupported schema at X: nodeType attribute; a document root must be an element.'],
  ['nodeType none on an object property', { type: 'object', properties: { a: { type: 'object', xml: { nodeType: 'none' } } } }, 'Unsupported schema at X.a: nodeType none on a property that is not an array; its nodes would merge into the parent element, which the codec does not do.'],
  ['a $ref that loops', { $ref: '#/components/schemas/X' }, 'Unsupported schema at X: $ref #/components/schemas/X; the reference loops back to itself.'],
];

describe('constructs the codec refuses, with path, construct and reason', () => {
  it.each(cases)('%s', (_, schema, message) => {
    const codec = codecOf({ X: schema, Fine: { type: 'object', properties: { a: { type: 'string' } } } });
    expect(codec.refusals).toEqual([{ path: expect.stringMatching(/^X/), message }]);
    expect(() => codec.decodeXml('<X/>', 'X')).toThrow(message);
    expect(() => codec.encodeXml({}, 'X')).toThrow(message);
    // The other components of the document still work.
    expect(codec.decodeXml('<Fine><a>1</a></Fine>', 'Fine')).toEqual({ a: '1' });
  });

  it('a document that is not OpenAPI 3.x is refused as a whole', () => {
    expect(() => createCodec({ swagger: '2.0' })).toThrow('Unsupported document: openapi is "2.0"; expected an OpenAPI 3.0.x, 3.1.x or 3.2.x document.');
  });

  it('an unknown component name is a no-schema error that lists the known ones', () => {
    const codec = codecOf({ A: { type: 'string' } });
    const error = (() => {
      try {
        codec.decodeXml('<A/>', 'B');
      } catch (e) {
        return e as CodecError;
      }
    })();
    expect(error?.code).toBe('no-schema');
    expect(error?.message).toBe('No schema "B" under components.schemas; expected one of A.');
  });
});
