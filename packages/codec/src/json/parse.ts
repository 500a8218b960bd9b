// JSON.parse that keeps integers beyond 2^53 exact: such literals are marked as strings before parsing (scalar.ts reads them).
import { CodecError } from '../errors.ts';
import { BIG_INTEGER } from '../scalar.ts';

// 16 digits or more in a row: the only way an integer literal can exceed 2^53.
const LONG_DIGITS = /[0-9]{16,}/;

export function parseJson(text: string): unknown {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(LONG_DIGITS.test(source) && !source.includes(BIG_INTEGER) ? markBigIntegers(source) : source);
  } catch (cause) {
    throw new CodecError('malformed', `Invalid JSON body: ${(cause as Error).message.replace(/\.$/, '')}.`, { cause });
  }
}

/** Quotes integer literals outside strings that JSON.parse would round, with the marker in front. */
function markBigIntegers(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip the string, honouring escapes.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++;
      continue;
    }
    if ((c >= 0x30 && c <= 0x39) || c === 0x2d) {
      let j = i + 1;
      while (j < text.length && /[0-9.eE+-]/.test(text[j]!)) j++;
      const literal = text.slice(i, j);
      if (/^-?(?:0|[1-9][0-9]*)$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
        out += `${text.slice(from, i)}"${BIG_INTEGER}${literal}"`;
        from = j;
      }
      i = j - 1;
    }
  }
  return out + text.slice(from);
}
