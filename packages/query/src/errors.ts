// The one error of this package: what happened, where in the filter text, and what was expected.

export type FilterErrorCode =
  /** The filter text is empty. */
  | 'empty'
  /** A field name was expected (at the start, after `;`, `,` or `(`). */
  | 'expected-field'
  /** A comparison operator was expected after a field name. */
  | 'expected-operator'
  /** A value was expected after an operator. */
  | 'expected-value'
  /** A quoted value has no closing quote. */
  | 'unterminated-quote'
  /** A `(` has no matching `)`. */
  | 'unclosed-group'
  /** Groups are nested deeper than MAX_DEPTH. */
  | 'too-deep'
  /** Something follows a complete term that is not `;`, `,` or a closing `)` of an open group. */
  | 'unexpected'
  /** The field is not a queryable field of the query type. */
  | 'unknown-field'
  /** The value is not of the field's kind (not a date, not a number, not one of the enum's values). */
  | 'invalid-value';

export class FilterError extends Error {
  override readonly name = 'FilterError';
  readonly code: FilterErrorCode;
  /** Offset into the filter text where the offending part starts (for a built filter: -1). */
  readonly offset: number;
  /** The offending part of the filter, as written (empty at the end of the text). */
  readonly part: string;
  /** What was expected there, in words. */
  readonly expected: string;

  constructor(code: FilterErrorCode, happened: string, details: { offset: number; part: string; expected: string }) {
    const where = details.offset >= 0 ? ` at offset ${details.offset}` : '';
    super(`${happened}${where}: expected ${details.expected}.`);
    this.code = code;
    this.offset = details.offset;
    this.part = details.part;
    this.expected = details.expected;
  }
}

/** Quotes a piece of filter text for a message, cut at 40 characters. */
export function quote(part: string): string {
  return part === '' ? 'the end of the filter' : JSON.stringify(part.length > 40 ? `${part.slice(0, 40)}…` : part);
}
