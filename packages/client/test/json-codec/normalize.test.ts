import { describe, expect, it } from 'vitest';
import { decodeJson, EmError } from '../../src/index.ts';

const ref = { UID: 'u', Name: 'Oct  6 2016  1:59PM', Href: 'https://em/api/restorePoints/1', Type: 'RestorePointReference' };
const decode = (value: unknown, schema = 'EntityReferences') => decodeJson(typeof value === 'string' ? value : JSON.stringify(value), schema);

describe('JSON decoding normalises like XML', () => {
  it('reads null, missing and [] collections as []', () => {
    expect(decode({ Refs: null })).toEqual({ Refs: [] });
    expect(decode({})).toEqual({ Refs: [] });
    expect(decode({ Refs: [] })).toEqual({ Refs: [] });
    expect(decode({ Refs: [{ ...ref, Links: null }] })).toEqual({ Refs: [{ ...ref, Links: [] }] });
    expect(decode({ Refs: [ref] })).toEqual({ Refs: [{ ...ref, Links: [] }] });
  });

  it('reads a lone object where an array belongs as a one-element array', () => {
    expect(decode({ Refs: ref })).toEqual({ Refs: [{ ...ref, Links: [] }] });
  });

  it('reads null optional values as null, as XML reads them when absent', () => {
    const body = { FirstChanceExceptionMessage: null, Message: 'Node [root] does not exist.', StackTrace: null, Status: null, StatusCode: 400 };
    // Nullable values stay null, as the XML path reads them when absent: one value from both media types.
    expect(decode(body, 'Error')).toEqual({ Message: 'Node [root] does not exist.', StatusCode: 400, Status: null, FirstChanceExceptionMessage: null, StackTrace: null });
    expect(decode({ Message: 'm', StatusCode: 400 }, 'Error')).toEqual(decode({ ...body, Message: 'm' }, 'Error'));
  });

  it('drops unknown keys, and never copies __proto__ into the result', () => {
    const value = decode('{"Refs":[{"UID":"u","Name":"n","Href":"h","Type":"t","Extra":1,"__proto__":{"polluted":"yes"}}],"__proto__":{"polluted":"yes"}}') as Record<string, unknown>;
    expect(value).toEqual({ Refs: [{ UID: 'u', Name: 'n', Href: 'h', Type: 't', Links: [] }] });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('tolerates a leading BOM', () => {
    expect(decode(`\uFEFF${JSON.stringify({ Refs: [] })}`)).toEqual({ Refs: [] });
  });

  it.each([
    ['malformed JSON', '{"Refs": [', /Invalid JSON body/],
    ['truncated JSON', JSON.stringify({ Refs: [ref] }).slice(0, 30), /Invalid JSON body/],
    ['an empty body', '', /Invalid JSON body/],
    ['an array at the root', '[]', /Invalid value at EntityReferences: expected an object/],
    ['a number where a string belongs', JSON.stringify({ Refs: [{ ...ref, Href: 5 }] }), /Refs\[0\]\.Href: expected a string, got number 5/],
    ['a missing required key', JSON.stringify({ Refs: [{ ...ref, UID: undefined }] }), /Refs\[0\]\.UID: expected a value \(required\), got nothing/],
    ['a null required key', JSON.stringify({ Refs: [{ ...ref, Name: null }] }), /Refs\[0\]\.Name: expected a value \(the schema does not allow null\), got null/],
  ])('rejects %s with a typed error', (_, text, message) => {
    let error: unknown;
    try {
      decode(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EmError);
    expect((error as EmError).kind).toBe('invalid-body');
    expect((error as EmError).message).toMatch(message);
  });

  it('rejects a StatusCode that is not an integer', () => {
    expect(() => decode({ Message: 'm', StatusCode: '500' }, 'Error')).toThrow(/StatusCode: expected an integer/);
    expect(() => decode({ Message: 'm', StatusCode: 4.5 }, 'Error')).toThrow(/StatusCode: expected an integer/);
  });
});
