import { describe, expect, it } from 'vitest';
import { ajv, validatorFor } from '../support/ajv.ts';
import { responseExamples } from '../support/spec.ts';

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
