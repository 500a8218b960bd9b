// EM's filter text to a Filter, by recursive descent over the grammar of spec/components/parameters/QueryFilter.yaml.

import type { Comparison, Filter, FilterValue, Operator } from './ast.ts';
import { FilterError, quote } from './errors.ts';
import { isWordChar } from './lexical.ts';

const FIELD_START = /[A-Za-z]/;
/** Deeper nesting than any real filter needs; the bound keeps the recursion far from the stack's end. */
export const MAX_DEPTH = 64;
const CONTROL = /[\x00-\x1f\x7f]/;

/** Parses a filter; throws FilterError naming the offending part and what was expected there. */
export function parseFilter(text: string): Filter {
  if (text.length === 0) throw new FilterError('empty', 'The filter is empty', { offset: 0, part: '', expected: 'at least one comparison such as Name=="Backup Job 1"' });
  const parser = new Parser(text);
  const filter = parser.or(0);
  if (parser.pos < text.length) {
    const c = text[parser.pos]!;
    const expected = c === ')' ? '";" (AND), "," (OR) or the end of the filter; this ")" closes no group' : '";" (AND), "," (OR) or the end of the filter';
    throw new FilterError('unexpected', `Unexpected ${quote(c)} after a complete comparison`, { offset: parser.pos, part: c, expected });
  }
  return filter;
}

class Parser {
  pos = 0;
  constructor(private readonly text: string) {}

  or(depth: number): Filter {
    const terms = [this.and(depth)];
    while (this.text[this.pos] === ',') {
      this.pos += 1;
      terms.push(this.and(depth));
    }
    return terms.length === 1 ? terms[0]! : { kind: 'or', terms };
  }

  private and(depth: number): Filter {
    const terms = [this.term(depth)];
    while (this.text[this.pos] === ';') {
      this.pos += 1;
      terms.push(this.term(depth));
    }
    return terms.length === 1 ? terms[0]! : { kind: 'and', terms };
  }

  private term(depth: number): Filter {
    if (this.text[this.pos] !== '(') return this.comparison();
    const open = this.pos;
    if (depth >= MAX_DEPTH) {
      throw new FilterError('too-deep', `Groups are nested more than ${MAX_DEPTH} deep`, { offset: open, part: '(', expected: `at most ${MAX_DEPTH} nested groups` });
    }
    this.pos += 1;
    const inner = this.or(depth + 1);
    if (this.text[this.pos] !== ')') {
      const part = this.text.slice(this.pos, this.pos + 1);
      throw new FilterError('unclosed-group', `The group opened at offset ${open} is not closed (found ${quote(part)})`, { offset: this.pos, part, expected: '")" to close the group, or ";" / "," to continue it' });
    }
    this.pos += 1;
    return inner;
  }

  private comparison(): Comparison {
    const start = this.pos;
    while (this.pos < this.text.length && isWordChar(this.text[this.pos]!)) this.pos += 1;
    const field = this.text.slice(start, this.pos);
    if (field === '' || !FIELD_START.test(field[0]!)) {
      const part = field === '' ? this.text.slice(start, start + 1) : field;
      throw new FilterError('expected-field', `Found ${quote(part)} where a field name belongs`, { offset: start, part, expected: 'a field name (a letter, then letters, digits or "_"), or "(" to open a group' });
    }
    const operator = this.operator(field);
    return { kind: 'comparison', field, operator, value: this.value() };
  }

  private operator(field: string): Operator {
    const at = this.pos;
    const two = this.text.slice(at, at + 2);
    if (two === '==' || two === '!=' || two === '<=' || two === '>=') {
      this.pos += 2;
      return two;
    }
    const one = this.text[at];
    if (one === '<' || one === '>') {
      this.pos += 1;
      return one;
    }
    const part = this.text.slice(at, at + (one === '=' || one === '!' ? 2 : 1));
    throw new FilterError('expected-operator', `Found ${quote(part)} after the field ${quote(field)}`, { offset: at, part, expected: 'a comparison operator: ==, !=, <, <=, > or >=' });
  }

  private value(): FilterValue {
    const start = this.pos;
    if (this.text[start] === '"') return this.quoted(start);
    while (this.pos < this.text.length && isWordChar(this.text[this.pos]!)) this.pos += 1;
    if (this.pos === start) {
      const part = this.text.slice(start, start + 1);
      throw new FilterError('expected-value', `Found ${quote(part)} where a value belongs`, { offset: start, part, expected: 'a value: letters, digits and "_", or any text in double quotes' });
    }
    return { text: this.text.slice(start, this.pos), quoted: false };
  }

  private quoted(start: number): FilterValue {
    let value = '';
    let at = start + 1;
    for (;;) {
      const close = this.text.indexOf('"', at);
      if (close < 0) {
        throw new FilterError('unterminated-quote', 'The quoted value has no closing quote', { offset: start, part: this.text.slice(start), expected: 'a closing " (a quote inside a value is doubled: "")' });
      }
      value += this.text.slice(at, close);
      if (this.text[close + 1] !== '"') {
        this.pos = close + 1;
        break;
      }
      value += '"';
      at = close + 2;
    }
    const control = CONTROL.exec(value);
    if (control) {
      throw new FilterError('expected-value', `The quoted value holds the control character U+${control[0].charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, { offset: start, part: this.text.slice(start, this.pos), expected: 'printable characters only inside quotes' });
    }
    return { text: value, quoted: true };
  }
}
