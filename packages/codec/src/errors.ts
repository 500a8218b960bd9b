// The one error the codec throws: what happened, where (a path into the value), and what was expected.

export type CodecErrorCode =
  /** The text is not well-formed XML (or JSON), or breaks the XML subset the codec takes (no DOCTYPE). */
  | 'malformed'
  /** The body is well-formed but does not fit the schema: wrong root, missing required field, wrong scalar. */
  | 'invalid'
  /** Strict mode: elements or attributes the schema does not describe (listed in `issues`). */
  | 'unknown'
  /** A decoding limit (depth, nodes) was crossed. */
  | 'limit'
  /** The schema uses a construct the codec cannot map to XML (at createCodec, or when that schema is used). */
  | 'unsupported'
  /** No component of that name under `components.schemas`. */
  | 'no-schema';

/** One finding: a path (`Pet.tags[0]` in the value, `/Pet/tags/tag[1]` in the XML) and what is wrong there. */
export interface CodecIssue {
  path: string;
  message: string;
}

export class CodecError extends Error {
  override readonly name = 'CodecError';
  readonly code: CodecErrorCode;
  /** Where it happened, when one place is to blame. */
  readonly path: string | undefined;
  /** Every finding, when there are several (strict mode, refused constructs). */
  readonly issues: readonly CodecIssue[];

  constructor(code: CodecErrorCode, message: string, options: { path?: string; issues?: CodecIssue[]; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.path = options.path;
    this.issues = options.issues ?? (options.path === undefined ? [] : [{ path: options.path, message }]);
  }
}

/** Shortens a value for a message: a string is quoted and cut at 40 characters. */
export function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

/** A value that does not fit the schema at `path`. */
export const invalid = (path: string, expected: string, got: unknown): CodecError =>
  new CodecError('invalid', `Invalid value at ${path}: expected ${expected}, got ${describe(got)}.`, { path });

/** As `invalid`, with what was found already described (`the element <x>`). */
export const mismatch = (path: string, expected: string, found: string): CodecError =>
  new CodecError('invalid', `Invalid value at ${path}: expected ${expected}, got ${found}.`, { path });
