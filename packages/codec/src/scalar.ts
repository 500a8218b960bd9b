// Scalars as XML Schema reads and writes them, and as JSON carries them.
import { invalid } from './errors.ts';
import type { ScalarModel } from './model/types.ts';

const INTEGER = /^[+-]?[0-9]+$/;
const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
// XML Schema collapses whitespace around numbers and booleans (space, tab, LF, CR only).
const trim = (text: string): string => text.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, '');

const EXPECTED = { string: 'a string', integer: 'an integer', number: 'a number', boolean: 'true, false, 1 or 0' } as const;

/** An integer's decimal digits as a number when exact, else as a canonical decimal string (never rounded). */
function integer(digits: string): number | string {
  const value = Number(digits);
  if (Number.isSafeInteger(value)) return value === 0 ? 0 : value;
  const negative = digits.startsWith('-');
  const body = digits.replace(/^[+-]/, '').replace(/^0+(?=.)/, '');
  return negative ? `-${body}` : body;
}

function allowedCheck(model: ScalarModel, value: unknown, path: string): unknown {
  if (model.allowed && !model.allowed.some((allowed) => allowed === value)) {
    throw invalid(path, `one of ${model.allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
  }
  return value;
}

/** XML text (of an element or attribute) as the scalar's value. */
export function readXmlScalar(model: ScalarModel, text: string, path: string): unknown {
  switch (model.type) {
    case 'string':
      return allowedCheck(model, text, path);
    case 'integer': {
      const t = trim(text);
      if (!INTEGER.test(t)) throw invalid(path, EXPECTED.integer, text);
      return allowedCheck(model, integer(t), path);
    }
    case 'number': {
      const t = trim(text);
      if (!DECIMAL.test(t)) throw invalid(path, EXPECTED.number, text);
      return allowedCheck(model, Number(t), path);
    }
    case 'boolean': {
      const t = trim(text);
      if (t === 'true' || t === '1') return allowedCheck(model, true, path);
      if (t === 'false' || t === '0') return allowedCheck(model, false, path);
      throw invalid(path, EXPECTED.boolean, text);
    }
  }
}

/** Marks an integer literal JSON.parse would round; see json/parse.ts. */
export const BIG_INTEGER = '\u{F0000}int:';

/** A parsed JSON value as the scalar's value. */
export function readJsonScalar(model: ScalarModel, value: unknown, path: string): unknown {
  const big = typeof value === 'string' && value.startsWith(BIG_INTEGER) ? value.slice(BIG_INTEGER.length) : undefined;
  switch (model.type) {
    case 'string':
      if (typeof value === 'string' && big === undefined) return allowedCheck(model, value, path);
      break;
    case 'integer':
      if (big !== undefined) return allowedCheck(model, integer(big), path);
      if (typeof value === 'number' && Number.isSafeInteger(value)) return allowedCheck(model, value, path);
      // A decimal string is how an int64 beyond 2^53 travels when the sender knew JSON numbers would round it.
      if (model.int64 && typeof value === 'string' && /^-?[0-9]+$/.test(value)) return allowedCheck(model, integer(value), path);
      break;
    case 'number':
      if (big !== undefined) return allowedCheck(model, Number(big), path);
      if (typeof value === 'number' && Number.isFinite(value)) return allowedCheck(model, value, path);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return allowedCheck(model, value, path);
      break;
  }
  throw invalid(path, model.type === 'boolean' ? 'a boolean' : EXPECTED[model.type], big ?? value);
}

/** A value as the scalar's XML text; throws when it is not of the scalar's type. */
export function writeXmlScalar(model: ScalarModel, value: unknown, path: string): string {
  allowedCheck(model, value, path);
  switch (model.type) {
    case 'string':
      if (typeof value === 'string') return value;
      break;
    case 'integer':
      if (typeof value === 'number' && Number.isInteger(value)) return String(value);
      if (typeof value === 'string' && /^-?[0-9]+$/.test(value)) return value;
      break;
    case 'number':
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      break;
    case 'boolean':
      if (typeof value === 'boolean') return String(value);
      break;
  }
  throw invalid(path, EXPECTED[model.type], value);
}

/** Whether `value` is of the scalar's type (for choosing among alternatives); never throws. */
export function fitsScalar(model: ScalarModel, value: unknown): boolean {
  try {
    writeXmlScalar(model, value, '');
    return true;
  } catch {
    return false;
  }
}
