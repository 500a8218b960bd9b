// xml2js, made safe and strict: no DOCTYPE, no prototype keys, no content after the root element.
import { Parser, processors } from 'xml2js';
import { echo, EmError } from '../../../src/errors.ts';
import { DEFAULT_LIMITS, type DecodeLimits, tooDeep, tooManyElements } from '../../../src/limits.ts';

/** An element as xml2js builds it: attributes under `$`, text under `_`, child elements as arrays by name. */
export type XmlNode = { $?: Record<string, string>; _?: string } & { [child: string]: XmlNode[] | unknown };

// Names that would reach Object.prototype through xml2js's plain-object output get a prefix no schema uses.
const UNSAFE_NAMES = new Set(['__proto__', 'constructor', 'prototype']);
const safeName = (name: string): string => {
  const local = processors.stripPrefix(name);
  return UNSAFE_NAMES.has(local) ? `#unsafe:${local}` : local;
};

// After the root element only whitespace, comments and processing instructions may follow.
const EPILOGUE = /^(?:\s|<!--[\s\S]*?-->|<\?[\s\S]*?\?>)*$/;

/** Parses an XML document into its root element's name and node. */
export async function parseXml(text: string, limits: DecodeLimits = DEFAULT_LIMITS): Promise<{ name: string; node: XmlNode }> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parser = new Parser({
    strict: true,
    explicitArray: true,
    explicitRoot: true,
    emptyTag: () => ({}),
    tagNameProcessors: [safeName],
    attrNameProcessors: [safeName],
  });
  // A DOCTYPE is how entity bombs and external entities arrive; EM never sends one.
  (parser as unknown as { saxParser: { ondoctype: () => void } }).saxParser.ondoctype = () => {
    throw new Error('a DOCTYPE is not accepted');
  };
  // sax pushes each element on its stack before this handler runs, so `tags.length` is the element's depth.
  const sax = (parser as unknown as { saxParser: { tags: unknown[]; onopentag: (node: unknown) => void } }).saxParser;
  const build = sax.onopentag;
  let nodes = 0;
  sax.onopentag = (node) => {
    if (sax.tags.length > limits.maxDepth) throw tooDeep(limits);
    if (++nodes > limits.maxNodes) throw tooManyElements(limits);
    build(node);
  };
  let rootEnd = -1;
  // Registered before parseString's own listener, which resets the sax parser and loses its position.
  parser.once('end', () => {
    rootEnd = (parser as unknown as { saxParser: { position: number } }).saxParser.position;
  });
  let result: unknown;
  try {
    result = await parser.parseStringPromise(source);
  } catch (cause) {
    if (cause instanceof EmError) throw cause;
    const reason = String((cause as Error).message ?? cause).split('\n')[0];
    throw new EmError('invalid-body', `Invalid XML body: ${echo(reason ?? '')}.`, { cause });
  }
  if (result === null || typeof result !== 'object') {
    throw new EmError('invalid-body', 'Invalid XML body: the body is empty; expected an XML document.');
  }
  if (!EPILOGUE.test(source.slice(rootEnd))) {
    throw new EmError('invalid-body', 'Invalid XML body: content after the root element; expected exactly one root element.');
  }
  const [name, node] = Object.entries(result)[0]!;
  return { name, node: (typeof node === 'object' && node !== null ? node : { _: String(node) }) as XmlNode };
}
