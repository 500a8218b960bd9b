// The fast path's scalars: only the plainest XML text is read here; anything else (whitespace around a number, `1` for
// true, an integer beyond 2^53) is left to @vbem/codec, which reads it as XML Schema does.
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/** XML text as a value of a scalar `type`, or undefined when the fast path does not read it. */
export function readScalar(type: string, text: string): string | number | boolean | undefined {
  switch (type) {
    case 'string':
      return text;
    case 'integer': {
      const value = Number(text);
      return INTEGER.test(text) && Number.isSafeInteger(value) ? value : undefined;
    }
    case 'number':
      return NUMBER.test(text) ? Number(text) : undefined;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : undefined;
    default:
      throw new Error(`not a scalar: ${type}`);
  }
}
