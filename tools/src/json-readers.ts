// Renders the JSON path's fast readers: one function per schema, compiled from the codec descriptor as ajv compiles a
// schema, because walking the descriptor at run time cost a third of JSON.parse's time on large collections.
import type { PropertyDescriptor, SchemaDescriptor } from './descriptor.ts';
import { assertDistinct, identifier, quote } from './identifiers.ts';

/** The test that a value is NOT of a scalar type. */
const REJECTS: Record<string, (x: string) => string> = {
  string: (x) => `typeof ${x} !== 'string'`,
  integer: (x) => `!Number.isSafeInteger(${x})`,
  number: (x) => `!Number.isFinite(${x})`,
  boolean: (x) => `typeof ${x} !== 'boolean'`,
};

const key = (name: string): string => `value[${quote(name)}]`;

function rejects(property: PropertyDescriptor, x: string): string {
  const test = REJECTS[property.type];
  if (!test) throw new Error(`${property.name}: no check for type ${property.type}`);
  return test(x);
}

/** The in-place reader: keeps JSON.parse's object when it already has the normalised shape (@vbem/codec's, with emptyArrays). */
function renderRead(schema: SchemaDescriptor): string[] {
  const name = identifier(schema.name);
  const lines = [
    `/** ${schema.name}, checked in place; copied when a key is unknown. */`,
    `function read${name}(value: unknown): Json | undefined {`,
    '  if (!isRecord(value)) return undefined;',
    '  for (const key in value) {',
    '    switch (key) {',
    ...schema.properties.map((property) => `      case ${quote(property.name)}:`),
    '        break;',
    '      default:',
    `        return copy${name}(value);`,
    '    }',
    '  }',
  ];
  for (const property of schema.properties) {
    const at = key(property.name);
    if (property.type === 'array') {
      lines.push(`  {`, `    const items = itemsOf${identifier(property.schema!)}(${at});`, '    if (items === undefined) return undefined;', `    ${at} = items;`, '  }');
    } else if (property.type === 'object') {
      const read = `read${identifier(property.schema!)}`;
      if (property.required) {
        lines.push('  {', `    const child = ${read}(${at});`, '    if (child === undefined) return undefined;', `    ${at} = child;`, '  }');
      } else {
        lines.push(
          '  {',
          `    const raw = ${at};`,
          '    if (raw === null) return undefined;',
          '    if (raw !== undefined) {',
          `      const child = ${read}(raw);`,
          '      if (child === undefined) return undefined;',
          `      ${at} = child;`,
          '    }',
          '  }',
        );
      }
    } else if (property.required) {
      lines.push(`  if (${rejects(property, at)}) return undefined;`);
    } else {
      // null stays where the schema allows it, and is the codec's to refuse where it does not.
      lines.push(
        '  {',
        `    const raw = ${at};`,
        property.nullable ? '    if (raw !== null && raw !== undefined && ' + rejects(property, 'raw') + ') return undefined;' : `    if (raw === null) return undefined;
    if (raw !== undefined && ${rejects(property, 'raw')}) return undefined;`,
        '  }',
      );
    }
  }
  lines.push('  return value;', '}');
  return lines;
}

/** The copying reader: a new object of the known keys only. */
function renderCopy(schema: SchemaDescriptor): string[] {
  const lines = [`function copy${identifier(schema.name)}(value: Json): Json | undefined {`, '  const out: Json = {};'];
  for (const property of schema.properties) {
    const at = key(property.name);
    const to = `out[${quote(property.name)}]`;
    if (property.type === 'array') {
      lines.push('  {', `    const items = itemsOf${identifier(property.schema!)}(${at});`, '    if (items === undefined) return undefined;', `    ${to} = items;`, '  }');
      continue;
    }
    const accept =
      property.type === 'object'
        ? [`const child = read${identifier(property.schema!)}(raw);`, 'if (child === undefined) return undefined;', `${to} = child;`]
        : [`if (${rejects(property, 'raw')}) return undefined;`, `${to} = raw;`];
    lines.push('  {', `    const raw = ${at};`);
    if (property.required) lines.push(...accept.map((line) => `    ${line}`));
    else {
      lines.push(property.nullable && property.type !== 'object' ? `    if (raw === null) ${to} = null;` : '    if (raw === null) return undefined;');
      lines.push('    if (raw !== null && raw !== undefined) {', ...accept.map((line) => `      ${line}`), '    }');
    }
    lines.push('  }');
  }
  lines.push('  return out;', '}');
  return lines;
}

/** For schemas that are array items: `null` and absent read as [], a lone item as a one-item array, an array in place. */
function renderList(schema: SchemaDescriptor): string[] {
  const read = `read${identifier(schema.name)}`;
  return [
    `function itemsOf${identifier(schema.name)}(raw: unknown): unknown[] | undefined {`,
    '  if (raw === null || raw === undefined) return [];',
    '  if (!Array.isArray(raw)) {',
    `    const item = ${read}(raw);`,
    '    return item === undefined ? undefined : [item];',
    '  }',
    '  for (let i = 0; i < raw.length; i++) {',
    `    const item = ${read}(raw[i]);`,
    '    if (item === undefined) return undefined;',
    '    raw[i] = item;',
    '  }',
    '  return raw;',
    '}',
  ];
}

/** The module source: `readers` (schema name → reader) and `propertyNames` (which must not be inherited). */
export function renderJsonReaders(schemas: Record<string, SchemaDescriptor>, banner: string): string {
  const all = Object.values(schemas);
  assertDistinct(all.map((schema) => schema.name));
  const itemSchemas = new Set(all.flatMap((schema) => schema.properties.filter((p) => p.type === 'array').map((p) => p.schema!)));
  const names = [...new Set(all.flatMap((schema) => schema.properties.map((p) => p.name)))].sort();
  return [
    banner,
    '// The JSON path\'s fast readers (decodeJson in src/normalize.ts). A reader answers the value @vbem/codec would, or',
    '// undefined where it might not (the codec then reads the value, or says why not). Readers use `value[name]` without hasOwn, so',
    '// decodeJson uses them only while Object.prototype has none of `propertyNames`.',
    '',
    'type Json = Record<string, unknown>;',
    '',
    'const isRecord = (value: unknown): value is Json => typeof value === \'object\' && value !== null && !Array.isArray(value);',
    '',
    ...all.flatMap((schema) => [
      ...renderRead(schema),
      '',
      ...renderCopy(schema),
      '',
      ...(itemSchemas.has(schema.name) ? [...renderList(schema), ''] : []),
    ]),
    '/** Schema name → its reader. */',
    `export const readers: Record<string, (value: unknown) => Json | undefined> = {`,
    ...all.map((schema) => `  ${quote(schema.name)}: read${identifier(schema.name)},`),
    '};',
    '',
    '/** Every property name the readers read. */',
    `export const propertyNames: readonly string[] = [${names.map(quote).join(', ')}];`,
    '',
  ].join('\n');
}
