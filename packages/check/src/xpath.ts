// A codec path into a decoded value (`$.Refs[1].Name`, `$.<Colour>`) as the XPath of the XML node it came from
// (`/EntityReferences/Ref[2]/@Name`, `/BackupServer/Colour`), read off the spec's `xml` objects. Names are local names.
import { resolve, type SchemaObject } from './spec.ts';

type Xml = { name?: string; attribute?: boolean; wrapped?: boolean };

const xmlOf = (schema: SchemaObject | undefined): Xml => (schema?.['xml'] as Xml | undefined) ?? {};

/** The properties an object schema gives a key, through `allOf`, `oneOf` and `anyOf` (the first alternative that has it). */
function property(schema: SchemaObject | undefined, key: string): SchemaObject | undefined {
  if (!schema) return undefined;
  const s = resolve(schema);
  const own = (s['properties'] as Record<string, SchemaObject> | undefined)?.[key];
  if (own) return own;
  for (const keyword of ['allOf', 'oneOf', 'anyOf']) {
    for (const part of (s[keyword] as SchemaObject[] | undefined) ?? []) {
      const found = property(part, key);
      if (found) return found;
    }
  }
  return undefined;
}

const isArray = (schema: SchemaObject): boolean => {
  const type = resolve(schema)['type'];
  return type === 'array' || (Array.isArray(type) && type.includes('array'));
};

/** The schema a root element reads as: the alternative of a `oneOf` whose XML name is the root's. */
function rootSchema(name: string, root: string): SchemaObject {
  const schema: SchemaObject = name.startsWith('#') ? { $ref: name } : { $ref: `#/components/schemas/${name}` };
  const alternatives = (resolve(schema)['oneOf'] as SchemaObject[] | undefined) ?? [];
  return alternatives.find((a) => xmlOf(resolve(a)).name === root) ?? schema;
}

/** The local name of the document's root element. */
export const rootElement = (xml: string): string => /<(?![?!])(?:[\w.-]+:)?([\w.-]+)/.exec(xml)?.[1] ?? '';

const SEGMENT = /\.(<[^>]+>|@[^.[]+|[^.[]+)|\[(\d+)\]/g;

export function xpathOf(codecPath: string, schemaName: string, xml: string): string {
  const root = rootElement(xml);
  const steps = [root];
  let schema: SchemaObject | undefined = rootSchema(schemaName, root);
  let items: SchemaObject | undefined;
  for (const [, key, index] of codecPath.replace(/^\$/, '').matchAll(SEGMENT)) {
    if (index !== undefined) {
      steps[steps.length - 1] += `[${Number(index) + 1}]`;
      schema = items;
      items = undefined;
    } else if (key!.startsWith('<')) {
      steps.push(key!.slice(1, -1));
      schema = undefined;
    } else if (key!.startsWith('@')) {
      steps.push(key!);
      schema = undefined;
    } else {
      const prop = property(schema, key!);
      const xml = xmlOf(prop);
      if (!prop) {
        steps.push(key!);
        schema = undefined;
      } else if (xml.attribute) {
        steps.push(`@${xml.name ?? key}`);
        schema = undefined;
      } else if (isArray(prop)) {
        const item = resolve(prop)['items'] as SchemaObject | undefined;
        const itemName = xmlOf(item).name ?? (item ? xmlOf(resolve(item)).name : undefined);
        if (xml.wrapped) steps.push(xml.name ?? key!, itemName ?? xml.name ?? key!);
        else steps.push(xml.name ?? itemName ?? key!);
        items = item;
        schema = undefined;
      } else {
        steps.push(xml.name ?? key!);
        schema = prop;
      }
    }
  }
  return `/${steps.join('/')}`;
}

/** A codec path into a decoded JSON value as a JSON pointer: `$.Refs[1].Name` → `/Refs/1/Name`. */
export const pointerOf = (codecPath: string): string =>
  codecPath
    .replace(/^\$/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .slice(1)
    .map((token) => `/${token.replace(/~/g, '~0').replace(/\//g, '~1')}`)
    .join('');
