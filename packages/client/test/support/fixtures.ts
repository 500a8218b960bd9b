// Spec examples by name, read from the bundled spec: the same data the docs and the mock show.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const bundle = JSON.parse(readFileSync(require.resolve('@vbem/spec/openapi.json'), 'utf8')) as {
  components: { examples: Record<string, { value: unknown }> };
};

export const example = (name: string): unknown => {
  const found = bundle.components.examples[name];
  if (!found) throw new Error(`no example ${name} in the spec`);
  return found.value;
};
export const xmlExample = (name: string): string => example(`${name}Xml`) as string;
export const jsonExample = (name: string): unknown => example(`${name}Json`);
