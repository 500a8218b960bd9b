import { describe, expect, it } from 'vitest';
import { formatPrefer, isDynamic, parsePrefer } from '../../src/prefer.ts';

describe('Prefer: read and rewritten for Prism', () => {
  it('parses comma- and semicolon-separated preferences, unquoting values', () => {
    expect([...parsePrefer('code=404, example="RestorePoints"; dynamic=true')]).toEqual([
      ['code', '404'],
      ['example', 'RestorePoints'],
      ['dynamic', 'true'],
    ]);
  });

  it('keeps the first of a repeated preference and joins repeated headers', () => {
    expect(parsePrefer(['code=404', 'code=500, seed=7']).get('code')).toBe('404');
    expect(parsePrefer(['code=404', 'code=500, seed=7']).get('seed')).toBe('7');
  });

  it('formats back what Prism parses', () => {
    expect(formatPrefer(parsePrefer('Code=401 , dynamic=true'))).toBe('code=401, dynamic=true');
  });

  it.each([
    ['', false, false],
    ['', true, true],
    ['dynamic=true', false, true],
    ['dynamic=false', true, false],
    ['example=RestorePoints', true, false],
    ['dynamic=true, example=RestorePoints', false, false],
  ] as const)('Prefer %j with server dynamic=%s → dynamic %s (example beats dynamic, as in Prism)', (header, server, dynamic) => {
    expect(isDynamic(parsePrefer(header), server)).toBe(dynamic);
  });
});
