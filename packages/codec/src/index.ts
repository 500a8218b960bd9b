// @vbem/codec: the OpenAPI XML Object as a codec. One value from XML or JSON, and XML back, for any OpenAPI 3.x document.
import { CodecError } from './errors.ts';
import { parseJson } from './json/parse.ts';
import { normalize } from './json/decode.ts';
import { Compiler, type OpenApiDocument } from './model/compile.ts';
import type { Root, XmlName } from './model/types.ts';
import { type Context, contextOf, DEFAULT_ATTRIBUTES, DEFAULT_DEPTH, type DecodeOptions } from './options.ts';
import { decodeRoot, value as decodeValue } from './xml/decode.ts';
import { encodeRoot } from './xml/encode.ts';
import { EventDecoder } from './xml/events.ts';
import { type XmlLimits, XmlScanner } from './xml/scanner.ts';
import { sharedStrings } from './xml/strings.ts';
import { type XmlElement, TreeBuilder } from './xml/tree.ts';

export { CodecError, type CodecErrorCode, type CodecIssue } from './errors.ts';
export type { DecodeOptions } from './options.ts';
export type { OpenApiDocument, SchemaObject, XmlObject } from './model/compile.ts';
export type { XmlLimits } from './xml/scanner.ts';

/** Decodes a collection as it arrives: items of one array property are handed over as each one ends. */
export interface XmlStream {
  /** Takes the next piece of text; returns the items it completed. */
  write(chunk: string): unknown[];
  /** Ends the text; returns the last items and the rest of the document's value (the streamed array left empty). */
  end(): { items: unknown[]; value: unknown };
}

/** Decodes one XML document whose text arrives in pieces: its value at the end, as decodeXml gives it for the whole text. */
export interface XmlDecoder {
  /** Takes the next piece of text (CodecError as soon as the text is malformed or breaks a limit). */
  write(chunk: string): void;
  /** Ends the text; returns the document's value. */
  end(): unknown;
}

export interface StreamOptions extends DecodeOptions {
  /** The array property to stream; by default the root's only array property. */
  field?: string;
}

export interface Codec {
  /** XML text → the value of component `schema`; CodecError on malformed XML or a body that does not fit. */
  decodeXml(text: string, schema: string, options?: DecodeOptions): unknown;
  /** A value of component `schema` → an XML document; CodecError when the value does not fit the schema. */
  encodeXml(value: unknown, schema: string): string;
  /** JSON text → the same normalised value decodeXml gives. */
  decodeJson(text: string, schema: string, options?: DecodeOptions): unknown;
  /** An already parsed JSON value → the normalised value. */
  normalizeJson(value: unknown, schema: string, options?: DecodeOptions): unknown;
  /** Decodes an XML document from pieces of its text, for a body too large to hold whole; any schema. */
  xmlDecoder(schema: string, options?: DecodeOptions): XmlDecoder;
  /** Streams an XML collection. */
  streamXml(schema: string, options?: StreamOptions): XmlStream;
  /** Components the codec cannot map to XML, with the reason (using one of them throws the same). */
  readonly refusals: readonly { path: string; message: string }[];
}

function limitsOf(options: DecodeOptions | undefined, length: number): XmlLimits {
  return {
    depth: options?.limits?.depth ?? DEFAULT_DEPTH,
    // An element takes at least four characters (`<a/>`), so by default this only bounds what the text could hold.
    nodes: options?.limits?.nodes ?? Math.ceil(length / 4) + 16,
    attributes: options?.limits?.attributes ?? DEFAULT_ATTRIBUTES,
  };
}

function finish<T>(context: Context, result: T): T {
  if (context.strict && context.unknown.length > 0) {
    const list = context.unknown.map((issue) => issue.path).join(', ');
    throw new CodecError('unknown', `Strict decoding found ${context.unknown.length} node${context.unknown.length === 1 ? '' : 's'} the schema does not describe: ${list}.`, { issues: context.unknown });
  }
  return result;
}

export function createCodec(document: OpenApiDocument): Codec {
  const compiler = new Compiler(document);
  compiler.compileAll();
  const root = (schema: string): Root => compiler.root(schema);

  return {
    refusals: compiler.refusals,
    decodeXml(text, schema, options) {
      const decoder = xmlDecoder(root(schema), options, text.length);
      decoder.write(text);
      return decoder.end();
    },
    xmlDecoder(schema, options) {
      return xmlDecoder(root(schema), options, Number.MAX_SAFE_INTEGER / 2);
    },
    encodeXml(value, schema) {
      return encodeRoot(root(schema), value);
    },
    decodeJson(text, schema, options) {
      return this.normalizeJson(parseJson(text), schema, options);
    },
    normalizeJson(value, schema, options) {
      const r = root(schema);
      const context = contextOf(options);
      return finish(context, normalize(r.model, value, r.nullable, options?.path ?? r.component, context));
    },
    streamXml(schema, options) {
      return stream(root(schema), options);
    },
  };
}

/** Whole bodies and pieces alike: the scanner takes text in any pieces. `length` sets the default node limit. */
function xmlDecoder(root: Root, options: DecodeOptions | undefined, length: number): XmlDecoder {
  const context = contextOf(options);
  const decoder = new EventDecoder(root, context, options?.path);
  const scanner = new XmlScanner(decoder, limitsOf(options, length), options?.shareStrings ? sharedStrings() : undefined);
  return {
    write: (chunk) => scanner.write(chunk),
    end() {
      scanner.end();
      return finish(context, decoder.result());
    },
  };
}

function stream(root: Root, options: StreamOptions | undefined): XmlStream {
  const model = root.model;
  if (model.kind !== 'object') throw new CodecError('unsupported', `Cannot stream ${root.component}: only an object with an array property streams.`);
  const arrays = model.fields.filter((f) => f.item !== undefined && (options?.field === undefined || f.key === options.field));
  const field = arrays[0];
  if (!field || arrays.length > 1) {
    throw new CodecError('unsupported', `Cannot stream ${root.component}: ${field ? `it has several array properties (${arrays.map((f) => f.key).join(', ')}); name one in options.field` : `it has no array property${options?.field ? ` ${options.field}` : ''}`}.`);
  }
  const context = contextOf(options);
  const items: unknown[] = [];
  const itemModel = field.model.kind === 'array' ? field.model.items : field.model;
  const itemName = field.item!.name;
  const matches = (element: XmlElement, name: XmlName, parentNs: string | undefined): boolean => element.local === name.local && element.ns === (name.ns ?? parentNs);
  let index = 0;
  // An item is a child of the root (unwrapped) or of the wrapper (wrapped); taken when it ends, then dropped.
  const tree = new TreeBuilder((element, ancestors) => {
    const parent = ancestors[ancestors.length - 1]!;
    if (ancestors.length !== (field.wrapped ? 2 : 1)) return false;
    if (field.wrapped && !matches(parent, field.name, ancestors[0]!.ns)) return false;
    if (!matches(element, itemName, parent.ns)) return false;
    items.push(decodeValue(itemModel, element, field.item!.nullable, `${root.component}.${field.key}[${index++}]`, context, undefined));
    // The node limit then bounds one item, not the whole collection.
    scanner.resetNodes();
    return true;
  });
  const scanner = new XmlScanner(tree, limitsOf(options, Number.MAX_SAFE_INTEGER / 2), options?.shareStrings ? sharedStrings() : undefined);
  const take = (): unknown[] => items.splice(0, items.length);
  return {
    write(chunk) {
      scanner.write(chunk);
      return take();
    },
    end() {
      scanner.end();
      const value = decodeRoot(root, tree.root!, context);
      return { items: take(), value: finish(context, value) };
    },
  };
}
