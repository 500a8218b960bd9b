// Builders of filter trees, so a program never writes quotes, escapes or dates by hand.

import type { Comparison, Filter, FilterValue, Operator } from './ast.ts';
import { FilterError } from './errors.ts';
import { WORD } from './lexical.ts';

/** What a builder takes as a value: text, a number, or a point in time (written in UTC with Z). */
export type Scalar = string | number | Date;

/** UTC ISO 8601 with Z, without a fraction when it is zero (`2019-01-01T00:00:00Z`). */
export function formatDate(date: Date): string {
  const time = date.getTime();
  if (Number.isNaN(time)) throw new FilterError('invalid-value', 'The date is invalid', { offset: -1, part: String(date), expected: 'a valid Date' });
  return date.toISOString().replace('.000Z', 'Z');
}

/** A FilterValue from a scalar, quoted exactly when the text needs it (dates always). */
export function value(scalar: Scalar): FilterValue {
  if (scalar instanceof Date) return { text: formatDate(scalar), quoted: true };
  if (typeof scalar === 'number') {
    if (!Number.isFinite(scalar)) throw new FilterError('invalid-value', `The number ${scalar} cannot be compared`, { offset: -1, part: String(scalar), expected: 'a finite number' });
    const text = String(scalar);
    return { text, quoted: !WORD.test(text) };
  }
  return { text: scalar, quoted: !WORD.test(scalar) };
}

export function compare<F extends string>(field: F, operator: Operator, scalar: Scalar): Comparison {
  return { kind: 'comparison', field, operator, value: value(scalar) };
}

export const eq = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '==', scalar);
export const ne = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '!=', scalar);
export const lt = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '<', scalar);
export const le = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '<=', scalar);
export const gt = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '>', scalar);
export const ge = <F extends string>(field: F, scalar: Scalar): Comparison => compare(field, '>=', scalar);

/** Every term must hold; one term is that term itself. */
export const and = (...terms: Filter[]): Filter => join('and', terms);
/** At least one term must hold; one term is that term itself. */
export const or = (...terms: Filter[]): Filter => join('or', terms);

function join(kind: 'and' | 'or', terms: Filter[]): Filter {
  if (terms.length === 0) throw new FilterError('empty', `${kind}() was given no terms`, { offset: -1, part: '', expected: 'at least one term' });
  return terms.length === 1 ? terms[0]! : { kind, terms };
}
