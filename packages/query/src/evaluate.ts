// Evaluating a filter and sorting items by the field descriptions: strings and enum values without regard to case,
// dates by instant, numbers by value, enum values by their position in the field's list.

import type { Comparison, Filter, Operator } from './ast.ts';
import { FilterError, quote } from './errors.ts';
import { type QueryFields, type ResolvedField, resolveField } from './fields.ts';
import { printValue } from './print.ts';

/** A comparable key: lower-cased text, milliseconds, a number or an enum position; undefined when the item has none. */
export type Key = string | number | undefined;

/** Reads the raw value of a field (its name as the description spells it) from an item. */
export type Read<T> = (item: T, field: string) => unknown;

const byName: Read<unknown> = (item, field) => (item as Record<string, unknown> | null | undefined)?.[field];

const DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/;
const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;

/** The key of an item's raw value (a date may be ISO text, a Date or milliseconds; a number may be numeric text). */
export function keyOf(resolved: ResolvedField, raw: unknown): Key {
  if (raw === undefined || raw === null) return undefined;
  switch (resolved.kind) {
    case 'string':
      return typeof raw === 'string' ? raw.toLowerCase() : undefined;
    case 'date-time': {
      const ms = raw instanceof Date ? raw.getTime() : typeof raw === 'number' ? raw : typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
      return Number.isNaN(ms) ? undefined : ms;
    }
    case 'integer':
    case 'number': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' && NUMBER.test(raw) ? Number(raw) : Number.NaN;
      return Number.isNaN(n) ? undefined : n;
    }
    case 'enum': {
      const at = typeof raw === 'string' ? resolved.lowerEnum.indexOf(raw.toLowerCase()) : -1;
      return at < 0 ? undefined : at;
    }
  }
}

/** The key of a comparison's value; throws FilterError `invalid-value` when it is not of the field's kind. */
function valueKey(resolved: ResolvedField, comparison: Comparison): string | number {
  const text = comparison.value.text;
  const wrong = (expected: string): FilterError =>
    new FilterError('invalid-value', `The value ${quote(text)} of ${resolved.name} is not ${expected.replace(/,.*$/, '')}`, { offset: -1, part: `${comparison.field}${comparison.operator}${printValue(comparison.value)}`, expected });
  switch (resolved.kind) {
    case 'string':
      return text.toLowerCase();
    case 'date-time':
      if (!DATE.test(text) || Number.isNaN(Date.parse(text))) throw wrong('a date, in UTC ISO 8601 with Z such as "2019-01-01T00:00:00Z"');
      return Date.parse(text);
    case 'integer':
      if (!INTEGER.test(text) || !Number.isSafeInteger(Number(text))) throw wrong('an integer, such as 42');
      return Number(text);
    case 'number':
      if (!NUMBER.test(text)) throw wrong('a number, such as 1.5 (quoted: "1.5")');
      return Number(text);
    case 'enum': {
      const at = resolved.lowerEnum.indexOf(text.toLowerCase());
      if (at < 0) throw wrong(`one of the values, ${(resolved.field.enum ?? []).join(', ')}`);
      return at;
    }
  }
}

function test(operator: Operator, key: Key, against: string | number): boolean {
  if (key === undefined) return operator === '!=';
  switch (operator) {
    case '==':
      return key === against;
    case '!=':
      return key !== against;
    case '<':
      return key < against;
    case '<=':
      return key <= against;
    case '>':
      return key > against;
    case '>=':
      return key >= against;
  }
}

/**
 * A predicate for the filter, checked once against the fields: FilterError `unknown-field` or `invalid-value`
 * before any item is read. `read` gets a field's raw value from an item (default: the property of that name).
 */
export function compileFilter<T = Readonly<Record<string, unknown>>>(filter: Filter, fields: QueryFields, read: Read<T> = byName as Read<T>): (item: T) => boolean {
  switch (filter.kind) {
    case 'comparison': {
      const resolved = resolveField(fields, filter.field);
      const against = valueKey(resolved, filter);
      const { operator } = filter;
      return (item) => test(operator, keyOf(resolved, read(item, resolved.name)), against);
    }
    case 'and': {
      const terms = filter.terms.map((term) => compileFilter(term, fields, read));
      return (item) => terms.every((term) => term(item));
    }
    case 'or': {
      const terms = filter.terms.map((term) => compileFilter(term, fields, read));
      return (item) => terms.some((term) => term(item));
    }
  }
}

/** Whether one item passes the filter. */
export function evaluate<T = Readonly<Record<string, unknown>>>(filter: Filter, item: T, fields: QueryFields, read?: Read<T>): boolean {
  return compileFilter(filter, fields, read)(item);
}

/** Compares two keys: items without a value first, then ascending. */
export function compareKeys(a: Key, b: Key): number {
  if (a === b) return 0;
  if (a === undefined) return -1;
  if (b === undefined) return 1;
  return a < b ? -1 : 1;
}

/** A comparator for Array.prototype.sort by one field (its name in any case), ascending or descending. */
export function comparator<T = Readonly<Record<string, unknown>>>(field: string, fields: QueryFields, direction: 'asc' | 'desc' = 'asc', read: Read<T> = byName as Read<T>): (a: T, b: T) => number {
  const resolved = resolveField(fields, field);
  const sign = direction === 'asc' ? 1 : -1;
  return (a, b) => sign * compareKeys(keyOf(resolved, read(a, resolved.name)), keyOf(resolved, read(b, resolved.name)));
}
