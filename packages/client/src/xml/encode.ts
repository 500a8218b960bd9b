// Value → XML document, by @vbem/codec (decode(encode(v)) is v): for tests, tools and anyone building EM bodies.
import { codec } from '../codec.ts';

/** Encodes `value` as an XML document whose root element is `schemaName`'s element. */
export function encodeXml(schemaName: string, value: unknown): string {
  return codec().encodeXml(value, schemaName);
}
