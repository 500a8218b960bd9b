// Renders the XML scanner's builders: one function per schema that turns a closed element's slots into its value, compiled
// from the codec descriptor because the generic loop's keyed stores cost a tenth of the XML path's time.
import type { SchemaDescriptor } from './descriptor.ts';
import { assertDistinct, identifier, quote } from './identifiers.ts';

// Up to this many optional properties, a builder returns one object literal per combination of those present: a literal
// is created with its final shape in one step (and can be allocated old when its objects live long), where adding the
// properties one by one to `{}` goes through a map transition for each. Past it, the properties are added one by one.
const MAX_OPTIONAL_LITERALS = 3;

function renderBuild(schema: SchemaDescriptor): string[] {
  const lines = [`function build${identifier(schema.name)}(slots: unknown[]): Json | undefined {`];
  const optional: number[] = [];
  // Each property's value in a local (`v<index>`), after the checks that send the element to the codec.
  schema.properties.forEach((property, index) => {
    const v = `v${index}`;
    if (property.type === 'array') {
      lines.push(`  const ${v} = slots[${index}] ?? [];`);
      return;
    }
    const scalar = property.type !== 'object' && property.type !== 'string';
    if (!property.required) optional.push(index);
    if (!scalar) {
      lines.push(`  const ${v} = slots[${index}];`);
      if (property.required) lines.push(`  if (${v} === undefined) return undefined;`);
      return;
    }
    const read = `readScalar(${quote(property.type)}, slots[${index}] as string)`;
    if (property.required) lines.push(`  if (slots[${index}] === undefined) return undefined;`, `  const ${v} = ${read};`, `  if (${v} === undefined) return undefined;`);
    else lines.push(`  const ${v} = slots[${index}] === undefined ? undefined : ${read};`, `  if (${v} === undefined && slots[${index}] !== undefined) return undefined;`);
  });
  // A computed key: a literal's `'__proto__': v` would set the prototype, not a property.
  const key = (name: string) => (name === '__proto__' ? `[${quote(name)}]` : quote(name));
  const entry = (index: number) => `${key(schema.properties[index]!.name)}: v${index}`;
  if (optional.length > MAX_OPTIONAL_LITERALS) {
    lines.push('  const out: Json = {};');
    schema.properties.forEach((property, index) => {
      const to = `out[${quote(property.name)}]`;
      lines.push(optional.includes(index) ? `  if (v${index} !== undefined) ${to} = v${index};` : `  ${to} = v${index};`);
    });
    lines.push('  return out;', '}');
    return lines;
  }
  // One branch per subset of the optional properties present, nested in property order.
  const branch = (depth: number, present: Set<number>, indent: string): void => {
    if (depth === optional.length) {
      const entries = schema.properties.map((_, index) => index).filter((index) => !optional.includes(index) || present.has(index));
      lines.push(`${indent}return { ${entries.map(entry).join(', ')} };`);
      return;
    }
    const index = optional[depth]!;
    lines.push(`${indent}if (v${index} !== undefined) {`);
    branch(depth + 1, new Set([...present, index]), `${indent}  `);
    lines.push(`${indent}}`);
    branch(depth + 1, present, indent);
  };
  branch(0, new Set(), '  ');
  lines.push('}');
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
