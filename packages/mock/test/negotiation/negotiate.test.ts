import { describe, expect, it } from 'vitest';
import { negotiate } from '../../src/negotiate.ts';

describe('negotiate: the answer format for an Accept header, as EM picks it', () => {
  it.each([
    [undefined, 'xml', 'no header: EM answers XML (Prism alone answers JSON)'],
    ['', 'xml', 'an empty header'],
    ['*/*', 'xml', 'what fetch sends by default'],
    ['application/*', 'xml', 'a subtype wildcard'],
    ['application/xml', 'xml', 'XML asked for'],
    ['text/xml', 'xml', 'the other XML type'],
    ['application/json', 'json', 'JSON asked for'],
    ['Application/JSON; charset=utf-8', 'json', 'case and parameters do not matter'],
    ['application/json, */*', 'json', 'a named type beats the wildcard'],
    ['application/json;q=0.5, application/xml', 'xml', 'the higher q wins'],
    ['application/xml;q=0.9, application/json', 'json', 'the higher q wins, whatever the order'],
    ['application/json, application/xml', 'json', 'on a tie, the first named wins'],
    ['application/json;q=0, */*', 'xml', 'q=0 means "not this"'],
    ['text/html', 'xml', 'nothing EM can send: its default'],
  ] as const)('%j → %s (%s)', (accept, format, _why) => {
    expect(negotiate(accept)).toBe(format);
  });

  it('reads a header given twice as one list', () => {
    expect(negotiate(['text/html', 'application/json'])).toBe('json');
  });
});
