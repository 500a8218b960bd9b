// Value → XML following the same descriptor: for tests and the mock, so that decode(encode(v)) is v.
import type { SchemaDescriptor } from '../descriptor.ts';
import { schemaOf } from '../normalize.ts';

// Characters XML 1.0 can carry at all; anything else cannot round-trip and is refused.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

function checked(text: string, where: string): string {
  if (!XML_CHAR.test(text)) throw new TypeError(`${where}: the string has characters XML 1.0 cannot carry`);
  return text;
}

// Tabs and line breaks are escaped so attribute-value normalisation cannot turn them into spaces.
const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);

// Decoders read whitespace-only text as '' unless it has CDATA; a raw CR in CDATA would read as LF, so CRs go between sections as &#13;.
function escapeText(text: string): string {
  if (text === '' || text.trim() !== '') {
    return text.replace(/[&<>\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c]!);
  }
  const pieces = text.split('\r').map((piece) => (piece === '' ? '' : `<![CDATA[${piece}]]>`));
  // Only CRs: an empty section still marks the text as CDATA for the client's decoder (sax, under xml2js, drops it).
  return (pieces.every((piece) => piece === '') ? '<![CDATA[]]>' : '') + pieces.join('&#13;');
}

function element(schema: SchemaDescriptor, value: Record<string, unknown>, name: string, indent: string, namespace?: string): string {
  let attributes = namespace ? ` xmlns="${escapeAttribute(namespace)}"` : '';
  const body: string[] = [];
  const inner = `${indent}  `;
  for (const property of schema.properties) {
    const raw = value[property.name];
    if (raw === undefined || raw === null) continue;
    const where = `${schema.name}.${property.name}`;
    if (property.xml.attribute) {
      attributes += ` ${property.xml.name}="${escapeAttribute(checked(String(raw), where))}"`;
    } else if (property.type === 'array') {
      const itemSchema = schemaOf(property.schema!);
      const itemIndent = property.xml.wrapped ? `${inner}  ` : inner;
      const items = (raw as Record<string, unknown>[]).map((item) => element(itemSchema, item, property.xml.itemName!, itemIndent));
      if (!property.xml.wrapped) body.push(...items);
      else if (items.length > 0) body.push(`${inner}<${property.xml.name}>\n${items.join('\n')}\n${inner}</${property.xml.name}>`);
    } else if (property.type === 'object') {
      body.push(element(schemaOf(property.schema!), raw as Record<string, unknown>, property.xml.name, inner));
    } else {
      body.push(`${inner}<${property.xml.name}>${escapeText(checked(String(raw), where))}</${property.xml.name}>`);
    }
  }
  return body.length === 0
    ? `${indent}<${name}${attributes} />`
    : `${indent}<${name}${attributes}>\n${body.join('\n')}\n${indent}</${name}>`;
}

/** Encodes `value` as an XML document whose root element is `schemaName`'s element, as EM formats it. */
export function encodeXml(schemaName: string, value: unknown): string {
  const schema = schemaOf(schemaName);
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(schema, value as Record<string, unknown>, schema.xml.name, '', schema.xml.namespace)}`;
}
