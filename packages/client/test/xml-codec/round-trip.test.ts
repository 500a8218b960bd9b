import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeXml, encodeXml } from '../../src/index.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

// Any text XML 1.0 can carry, including spaces, tabs, line breaks, markup characters and astral characters.
const xmlText = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '  ', '\t', '\n', '\r', '&', '<', '>', '"', "'", ']]>'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) }).filter((s) => /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u.test(s));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const withoutUndefined = <T extends object>(value: T): T => JSON.parse(JSON.stringify(value));

const link = fc.record({ Href: xmlText, Name: optional(xmlText), Type: optional(xmlText), Rel: xmlText }).map(withoutUndefined);
const ref = fc.record({ UID: xmlText, Name: xmlText, Href: xmlText, Type: xmlText, Links: fc.array(link, { maxLength: 4 }) });
const entityReferences = fc.record({ Refs: fc.array(ref, { maxLength: 4 }) });
const errorBody = fc
  .record({
    Message: xmlText,
    StatusCode: fc.integer({ min: 100, max: 599 }),
    Status: optional(xmlText),
    FirstChanceExceptionMessage: optional(xmlText),
    StackTrace: optional(xmlText),
  })
  .map(withoutUndefined);
const logonSession = fc
  .record({ Href: xmlText, Type: xmlText, Links: fc.array(link, { maxLength: 3 }), UserName: optional(xmlText), SessionId: xmlText })
  .map(withoutUndefined);

describe('encode then decode is the identity', () => {
  it.each([
    ['EntityReferences', entityReferences],
    ['Error', errorBody],
    ['LogonSession', logonSession],
  ] as const)('%s (1,000 random values)', async (schema, arbitrary) => {
    await fc.assert(
      fc.asyncProperty(arbitrary as fc.Arbitrary<object>, async (value) => {
        expect(await decodeXml(encodeXml(schema, value), schema)).toEqual(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('re-encodes the seed example to the same value', async () => {
    const value = await decodeXml(xmlExample('RestorePoints'), 'EntityReferences');
    expect(value).toEqual(decodeJson(JSON.stringify(jsonExample('RestorePoints')), 'EntityReferences'));
    expect(await decodeXml(encodeXml('EntityReferences', value), 'EntityReferences')).toEqual(value);
    expect(encodeXml('EntityReferences', value)).toContain('Name="Jan 17 2019  5:21PM"');
  });

  it('refuses text XML cannot carry instead of sending something else', () => {
    expect(() => encodeXml('Error', { Message: 'nul \u0000 byte', StatusCode: 500 })).toThrow(/cannot carry/);
  });
});
