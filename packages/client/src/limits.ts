// How much structure a decoded body may hold, and the errors that name each limit: deep nesting or a flood of tiny
// elements costs far more memory than the body's own bytes (a V8 out-of-memory, not an EmError, without them).
import { EmError } from './errors.ts';

export interface DecodeLimits {
  /** The deepest XML element nesting taken; the root element is at depth 1. */
  maxDepth: number;
  /** The most attributes on one XML element: parsers hold them all, in an object, until the start tag ends. */
  maxAttributes: number;
  /** The most XML elements, or JSON objects and arrays, in one body (or, when streaming, read for one item). */
  maxNodes: number;
  /** The most JSON values (members and items, `0` as much as `{}`) in one body or item: 4 × maxNodes, as they weigh less. */
  maxValues: number;
}

export const DEFAULT_MAX_DEPTH = 256;
/** The spec's examples carry at most 5 attributes on an element. */
export const MAX_ATTRIBUTES = 256;
export const DEFAULT_MAX_RESPONSE_BYTES = 128 * 1024 * 1024;
/** Body bytes per node: EM's answers run at about 150 bytes an XML element (110 a JSON object or array), a hostile one at 4 (`<a/>`). */
export const BYTES_PER_NODE = 64;
/** Body bytes per JSON value: EM's answers run at about 50 bytes a value, a hostile one at 2 (`0,`). */
export const BYTES_PER_VALUE = 16;

/**
 * A body past this share of maxResponseBytes is decoded as it arrives, its text never held whole: read whole, its text and
 * its value together cost up to ~6× its size, which past a quarter of the limit would break the ~3× bound.
 */
export const DECODED_AS_IT_ARRIVES = 1 / 4;

export const limitsFor = (maxResponseBytes: number, maxDepth = DEFAULT_MAX_DEPTH): DecodeLimits => ({
  maxDepth,
  maxAttributes: MAX_ATTRIBUTES,
  maxNodes: Math.ceil(maxResponseBytes / BYTES_PER_NODE),
  maxValues: Math.ceil(maxResponseBytes / BYTES_PER_VALUE),
});

/** The limits of a client with default options, for decoders called on their own. */
export const DEFAULT_LIMITS: DecodeLimits = limitsFor(DEFAULT_MAX_RESPONSE_BYTES);

export const tooDeep = ({ maxDepth }: DecodeLimits): EmError =>
  new EmError('invalid-body', `Invalid XML body: elements nest deeper than ${maxDepth} levels (the depth limit, maxDepth); reading stopped.`);

export const tooManyAttributes = ({ maxAttributes }: DecodeLimits): EmError =>
  new EmError('invalid-body', `Invalid XML body: an element has more than ${maxAttributes} attributes (the attribute limit); reading stopped.`);

export const tooManyElements = ({ maxNodes }: DecodeLimits): EmError =>
  new EmError('invalid-body', `Invalid XML body: more than ${maxNodes} elements (the node limit, maxResponseBytes / ${BYTES_PER_NODE}); reading stopped.`);

export const tooManyJsonValues = ({ maxValues }: DecodeLimits): EmError =>
  new EmError('invalid-body', `Invalid JSON body: more than ${maxValues} values (the value limit, maxResponseBytes / ${BYTES_PER_VALUE}); reading stopped.`);

export const tooManyJsonNodes = ({ maxNodes }: DecodeLimits): EmError =>
  new EmError('invalid-body', `Invalid JSON body: more than ${maxNodes} objects and arrays (the node limit, maxResponseBytes / ${BYTES_PER_NODE}); reading stopped.`);
