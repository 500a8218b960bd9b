import { decodeJson, decodeXml } from '@vbem/client';
import { describe, expect, it } from 'vitest';
import { ajv, validatorFor } from '../support/ajv.ts';
import { responseExamples } from '../support/spec.ts';

const examples = responseExamples();
const xmlExamples = examples.filter((c) => c.mediaType === 'application/xml');
const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');
const twinOf = (title: string) => examples.find((c) => c.mediaType === 'application/json' && c.title === title.replace('application/xml', 'application/json'));

describe('every XML example is the same data as its JSON twin', () => {
  it('every response with an XML example has a JSON twin, and the reverse', () => {
    expect(xmlExamples.length).toBeGreaterThanOrEqual(8);
    expect(xmlExamples.length).toBe(examples.length - xmlExamples.length);
    for (const xml of xmlExamples) expect(twinOf(xml.title), xml.title).toBeDefined();
  });

  it.each(xmlExamples)('$title decodes (client codec) to a schema-valid value equal to its JSON twin', async ({ title, schemaRef, value }) => {
    expect(typeof value).toBe('string');
    const decoded = await decodeXml(value as string, schemaName(schemaRef));
    const validate = validatorFor(schemaRef);
    expect(validate(decoded), ajv.errorsText(validate.errors)).toBe(true);
    const twin = twinOf(title)!;
    expect(decoded).toEqual(decodeJson(JSON.stringify(twin.value), schemaName(twin.schemaRef)));
  });
});
