// Renders the XML scanner's builders: one function per schema that turns a closed element's slots into its value, compiled
// from the codec descriptor because the generic loop's keyed stores cost a tenth of the XML path's time.
import type { SchemaDescriptor } from './descriptor.ts';
import { assertDistinct, identifier, quote } from './identifiers.ts';

function renderBuild(schema: SchemaDescriptor): string[] {
  const lines = [`function build${identifier(schema.name)}(slots: unknown[]): Json | undefined {`, '  const out: Json = {};'];
  schema.properties.forEach((property, index) => {
    const to = `out[${quote(property.name)}]`;
    if (property.type === 'array') {
      lines.push(`  ${to} = slots[${index}] ?? [];`);
      return;
    }
    const scalar = property.type !== 'object' && property.type !== 'string';
    lines.push('  {', `    const slot = slots[${index}];`);
    const missing = property.required ? '    if (slot === undefined) return undefined;' : undefined;
    const indent = property.required ? '    ' : '      ';
    const store = scalar
      ? [`const value = readScalar(${quote(property.type)}, slot as string);`, 'if (value === undefined) return undefined;', `${to} = value;`]
      : [`${to} = slot;`];
    if (missing) lines.push(missing, ...store.map((line) => indent + line));
    else lines.push('    if (slot !== undefined) {', ...store.map((line) => indent + line), '    }');
    lines.push('  }');
  });
  lines.push('  return out;', '}');
  return lines;
}

/** The module source: `builders` (schema name → builder). */
export function renderXmlBuilders(schemas: Record<string, SchemaDescriptor>, banner: string): string {
  const all = Object.values(schemas);
  assertDistinct(all.map((schema) => schema.name));
  const usesScalars = all.some((schema) => schema.properties.some((p) => !['array', 'object', 'string'].includes(p.type)));
  return [
    banner,
    "// The XML scanner's builders (src/xml/scan-decode.ts). A closed element's slots hold, in the descriptor's property order,",
    "// an attribute's or text element's string, a child's value, or an array's items. A builder answers the element's value,",
    '// or undefined when a required property is missing or a scalar does not read (@vbem/codec then reads it, or says why).',
    ...(usesScalars ? ["import { readScalar } from '../xml/scalar.ts';"] : []),
    '',
    'type Json = Record<string, unknown>;',
    '',
    ...all.flatMap((schema) => [...renderBuild(schema), '']),
    '/** Schema name → its builder. */',
    'export const builders: Record<string, (slots: unknown[]) => Json | undefined> = {',
    ...all.map((schema) => `  ${quote(schema.name)}: build${identifier(schema.name)},`),
    '};',
    '',
  ].join('\n');
}
