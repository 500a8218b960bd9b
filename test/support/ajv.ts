// One ajv (draft 2020-12, formats on) validator per component schema of the bundle.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { spec } from './spec.ts';

export const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
ajv.addKeyword('xml');
// OpenAPI's discriminator is an annotation for codecs (ajv's own discriminator mode refuses `mapping`).
ajv.addKeyword('discriminator');
for (const [name, schema] of Object.entries(spec.components.schemas)) {
  // The bundle's local $refs point at the ids given here.
  const text = JSON.stringify(schema).replaceAll('"#/components/schemas/', '"urn:vbem:schema:');
  ajv.addSchema({ ...JSON.parse(text), $id: `urn:vbem:schema:${name}` });
}

/** The validator of `#/components/schemas/<Name>`. */
export function validatorFor(schemaRef: string): ValidateFunction {
  const validate = ajv.getSchema(schemaRef.replace('#/components/schemas/', 'urn:vbem:schema:'));
  if (!validate) throw new Error(`no schema for ${schemaRef}`);
  return validate;
}
