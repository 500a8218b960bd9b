// What a caller can ask of a decode, and the defaults.
import type { CodecIssue } from './errors.ts';
import type { XmlLimits } from './xml/scanner.ts';

export interface DecodeOptions {
  /** Report elements, attributes and JSON keys the schema does not describe (CodecError `unknown`) instead of ignoring them. */
  strict?: boolean;
  /** Read an absent or `null` array as `[]` (EM sends either for an empty collection). */
  emptyArrays?: boolean;
  /** XML limits; the node limit defaults to one node per 4 characters of the body, the depth limit to 256. */
  limits?: Partial<XmlLimits>;
}

export const DEFAULT_DEPTH = 256;

/** One decode's settings and findings. */
export interface Context {
  strict: boolean;
  emptyArrays: boolean;
  unknown: CodecIssue[];
}

export const contextOf = (options: DecodeOptions | undefined): Context => ({
  strict: options?.strict === true,
  emptyArrays: options?.emptyArrays === true,
  unknown: [],
});
