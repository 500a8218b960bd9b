// The client's @vbem/codec: the spec's schemas (generated), and its errors as the client's. Every body the compiled fast
// path does not take, and every error of a body, is read here.
import { type Codec, CodecError, createCodec, type XmlStream } from '@vbem/codec';
import { echo, EmError } from './errors.ts';
import { document } from './generated/document.gen.ts';
import { DEFAULT_LIMITS, type DecodeLimits, tooDeep, tooManyAttributes, tooManyElements } from './limits.ts';

let compiled: Codec | undefined;
/** Compiled on first use, not at import: a client that never reads a body the fast path leaves pays nothing for it. */
export const codec = (): Codec => (compiled ??= createCodec(document));

/** EM sends `null` or nothing for an empty collection: the client always gives `[]`. */
const options = (limits: DecodeLimits) => ({ emptyArrays: true, limits: { depth: limits.maxDepth, nodes: limits.maxNodes, attributes: limits.maxAttributes } });

/** A codec error as the client's `invalid-body` EmError; any other error as it is. */
export function asEmError(error: unknown, limits: DecodeLimits): unknown {
  if (!(error instanceof CodecError)) return error;
  if (error.limit === 'depth') return tooDeep(limits);
  if (error.limit === 'nodes') return tooManyElements(limits);
  if (error.limit === 'attributes') return tooManyAttributes(limits);
  // The value the body held is quoted after "got": marked as echoed, so a secret in it is redacted and the words around it are not.
  const got = error.code === 'invalid' ? /^(.*, got (?:the string |number |boolean ))(.+)\.$/s.exec(error.message) : null;
  return new EmError('invalid-body', got ? `${got[1]}${echo(got[2]!)}.` : error.message, { cause: error });
}

/** An XML document as `schema` (a component name, or a JSON pointer to a response schema). */
export function decodeXmlWithCodec(text: string, schema: string, limits: DecodeLimits = DEFAULT_LIMITS): unknown {
  try {
    return codec().decodeXml(text, schema, options(limits));
  } catch (error) {
    throw asEmError(error, limits);
  }
}

/** A parsed JSON value as `schema`. */
export function normalizeWithCodec(value: unknown, schema: string, limits: DecodeLimits = DEFAULT_LIMITS, path?: string): unknown {
  try {
    return codec().normalizeJson(value, schema, { ...options(limits), ...(path === undefined ? {} : { path }) });
  } catch (error) {
    throw asEmError(error, limits);
  }
}

/** An XML document decoded from pieces of its text, any schema: `end()` gives what decodeXmlWithCodec gives for the whole. */
export function xmlDecoderWithCodec(schema: string, limits: DecodeLimits): { write(text: string): void; end(): unknown } {
  // The value is kept and the body is large: its strings must not keep the body's text alive.
  const decoder = codec().xmlDecoder(schema, { ...options(limits), shareStrings: true });
  return { write: (text) => guard(limits, () => decoder.write(text)), end: () => guard(limits, () => decoder.end()) };
}

function guard<T>(limits: DecodeLimits, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw asEmError(error, limits);
  }
}

/** An XML collection read as it arrives (the items of the schema's one array property). */
export function streamXmlWithCodec(schema: string, limits: DecodeLimits): XmlStream {
  const stream = codec().streamXml(schema, options(limits));
  return { write: (chunk) => guard(limits, () => stream.write(chunk)), end: () => guard(limits, () => stream.end()) };
}
