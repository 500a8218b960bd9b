// A Filter back to EM's text, canonically: parseFilter(printFilter(f)) gives f back for every well-formed tree.

import type { Filter, FilterValue } from './ast.ts';
import { FilterError, quote } from './errors.ts';
import { FIELD, QUOTABLE, WORD } from './lexical.ts';

/** The canonical text of a filter; throws FilterError for a tree no text can express. */
export function printFilter(filter: Filter): string {
  switch (filter.kind) {
    case 'comparison':
      if (!FIELD.test(filter.field)) {
        throw new FilterError('expected-field', `The field name ${quote(filter.field)} cannot be written in a filter`, { offset: -1, part: filter.field, expected: 'a letter, then letters, digits or "_"' });
      }
      return `${filter.field}${filter.operator}${printValue(filter.value)}`;
    case 'and':
    case 'or': {
      if (filter.terms.length === 0) {
        throw new FilterError('empty', `An empty ${filter.kind.toUpperCase()} cannot be written in a filter`, { offset: -1, part: '', expected: 'at least one term' });
      }
      const nested = filter.terms.length > 1;
      return filter.terms.map((term) => (nested && term.kind !== 'comparison' ? `(${printFilter(term)})` : printFilter(term))).join(filter.kind === 'and' ? ';' : ',');
    }
  }
}

/** A value as it goes in the text: bare when it is a word and was not quoted, else quoted with inner quotes doubled. */
export function printValue(value: FilterValue): string {
  if (!value.quoted && WORD.test(value.text)) return value.text;
  if (!QUOTABLE.test(value.text)) {
    throw new FilterError('expected-value', `The value ${quote(value.text)} holds a control character`, { offset: -1, part: value.text, expected: 'printable characters only' });
  }
  return `"${value.text.replaceAll('"', '""')}"`;
}
