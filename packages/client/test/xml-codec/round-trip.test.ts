import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeJson, decodeXml, encodeXml } from '../../src/index.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';
import { SCHEMAS, values } from './arbitraries.ts';

describe('encode then decode is the identity', () => {
  it.each(SCHEMAS)('%s (1,000 random values)', async (schema) => {
    await fc.assert(
      fc.asyncProperty(values[schema], async (value) => {
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
