// What a caller can ask of a decode, and the defaults.
import type { CodecIssue } from './errors.ts';
import type { XmlLimits } from './xml/scanner.ts';

export interface DecodeOptions {
  /** Report elements, attributes and JSON keys the schema does not describe (CodecError `unknown`) instead of ignoring them. */
  strict?: boolean;
  /** Read an absent or `null` array as `[]` (EM sends either for an empty collection). */
  emptyArrays?: boolean;
  /** XML limits; the node (element) limit defaults to one per 4 characters of the body, the depth and attribute limits to 256. */
  limits?: Partial<XmlLimits>;
  /** What paths in messages start with; by default the schema's name (`EntityReferences.Refs[3].UID`). */
  path?: string;
  /**
   * XML: every string of the value is its own copy, equal ones shared, rather than a slice of the text (a slice keeps the
   * whole text alive). For a large body whose value is kept: less memory, a little more time.
   */
  shareStrings?: boolean;
}

export const DEFAULT_DEPTH = 256;
export const DEFAULT_ATTRIBUTES = 256;

/** One decode's settings and findings. */
export interface Context {
  strict: boolean;
  emptyArrays: boolean;
  unknown: CodecIssue[];
  /** Trying the alternatives of a oneOf/anyOf: a required array must then be there, not made up by emptyArrays. */
  choosing: boolean;
}

export const contextOf = (options: DecodeOptions | undefined): Context => ({
  strict: options?.strict === true,
  emptyArrays: options?.emptyArrays === true,
  unknown: [],
  choosing: false,
});
