import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { responseExamples, spec } from '../support/spec.ts';

// One ajv schema per component schema, with the bundle's local $refs pointed at their ids.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
ajv.addKeyword('xml');
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  const text = JSON.stringify(schema).replaceAll('"#/components/schemas/', '"urn:vbem:schema:');
  ajv.addSchema({ ...JSON.parse(text), $id: `urn:vbem:schema:${name}` });
}
const validatorFor = (schemaRef: string) => {
  const validate = ajv.getSchema(schemaRef.replace('#/components/schemas/', 'urn:vbem:schema:'));
  if (!validate) throw new Error(`no schema for ${schemaRef}`);
  return validate;
};

const jsonExamples = responseExamples().filter((c) => c.mediaType === 'application/json');

describe('JSON examples validate against their schemas', () => {
  it('covers every JSON response of the spec', () => {
    expect(jsonExamples.length).toBeGreaterThanOrEqual(8);
  });

  it.each(jsonExamples)('$title', ({ schemaRef, value }) => {
    const validate = validatorFor(schemaRef);
    expect(validate(value), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('rejects a ref without Href (the check can fail)', () => {
    const validate = validatorFor('#/components/schemas/EntityReferences');
    expect(validate({ Refs: [{ UID: 'u', Name: 'n', Type: 't' }] })).toBe(false);
  });
});
