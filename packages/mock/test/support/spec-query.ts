// What the spec says about the query service: its types and fields (x-em-query-fields), its examples, as the referee.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const spec = require('@vbem/spec/openapi.json') as {
  components: { parameters: Record<string, Record<string, unknown>>; examples: Record<string, { value: unknown }> };
};

export interface SpecField {
  type: string;
  format?: string;
  enum?: string[];
  'x-em-property'?: string;
}

export const queryFields = spec.components.parameters['QueryFilter']!['x-em-query-fields'] as Record<string, Record<string, SpecField>>;
export const specExample = (name: string): unknown => spec.components.examples[name]!.value;
