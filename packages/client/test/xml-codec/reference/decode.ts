// The XML path: an XML document → the schema's normalised value, driven by the descriptor's `xml` entries.
import type { PropertyDescriptor, SchemaDescriptor } from '../../../src/descriptor.ts';
import { echo, EmError } from '../../../src/errors.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from '../../../src/limits.ts';
import { invalid, schemaOf } from '../../../src/normalize.ts';
import { readScalar } from '../../../src/xml/scalar.ts';
import type { XmlNode } from './parse.ts';

const children = (node: XmlNode, name: string): XmlNode[] => {
  const value = Object.hasOwn(node, name) ? node[name] : undefined;
  return Array.isArray(value) ? (value as unknown[]).map(asNode) : [];
};
// xml2js turns an element with only text into a string.
const asNode = (value: unknown): XmlNode => (typeof value === 'string' ? { _: value } : (value as XmlNode));
const textOf = (node: XmlNode): string => (typeof node._ === 'string' ? node._ : '');

const EXPECTED: Record<string, string> = { integer: 'an integer', number: 'a number', boolean: 'true or false' };

export function scalar(property: PropertyDescriptor, text: string, where: string): unknown {
  const value = readScalar(property.type, text);
  if (value === undefined) throw invalid(where, EXPECTED[property.type]!, text);
  return value;
}

/** Reads one element as `schema`; unknown attributes and elements are ignored. */
export function decodeElement(schema: SchemaDescriptor, node: XmlNode, where: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const attributes = node.$ ?? {};
  for (const property of schema.properties) {
    const at = `${where}.${property.name}`;
    if (property.type === 'array') {
      const itemSchema = schemaOf(property.schema!);
      const itemName = property.xml.itemName!;
      const items = property.xml.wrapped
        ? children(node, property.xml.name).flatMap((wrapper) => children(wrapper, itemName))
        : children(node, itemName);
      out[property.name] = items.map((item, i) => decodeElement(itemSchema, item, `${at}[${i}]`));
      continue;
    }
    let value: unknown;
    if (property.xml.attribute) {
      const raw = Object.hasOwn(attributes, property.xml.name) ? attributes[property.xml.name] : undefined;
      if (raw !== undefined) value = scalar(property, raw, at);
    } else {
      const element = children(node, property.xml.name)[0];
      if (element !== undefined) {
        value = property.type === 'object' ? decodeElement(schemaOf(property.schema!), element, at) : scalar(property, textOf(element), at);
      }
    }
    if (value !== undefined) out[property.name] = value;
    else if (property.required) throw invalid(at, `a required ${property.xml.attribute ? 'attribute' : 'element'}`, undefined);
  }
  return out;
}

/** Decodes an XML document whose root element is `schemaName`'s element. */
export async function decodeXml(text: string, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): Promise<unknown> {
  const schema = schemaOf(schemaName);
  // xml2js is the reference decoder only: loaded when this runs, not with the scalars that the runtime path shares.
  const { parseXml } = await import('./parse.ts');
  const { name, node } = await parseXml(text, limits);
  if (name !== schema.xml.name) {
    throw new EmError('invalid-body', `Invalid XML body: the root element is <${echo(name)}>; expected <${schema.xml.name}>.`);
  }
  return decodeElement(schema, node, schemaName);
}
