import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.ts';

const codec = createCodec({
  openapi: '3.0.3',
  components: {
    schemas: {
      Item: {
        type: 'object',
        properties: {
          id: { type: 'integer', format: 'int64' },
          count: { type: 'integer', format: 'int32' },
          price: { type: 'number' },
          complete: { type: 'boolean' },
          note: { type: 'string', nullable: true },
        },
      },
    },
  },
});

describe('scalars as XML Schema reads them', () => {
  it('whitespace around numbers and booleans is allowed; 1 and 0 are booleans', () => {
    expect(codec.decodeXml('<Item><id> 10 </id><price>\n2.5\n</price><complete>1</complete></Item>', 'Item')).toEqual({ id: 10, price: 2.5, complete: true });
    expect(codec.decodeXml('<Item><complete> 0 </complete></Item>', 'Item')).toEqual({ complete: false });
  });

  it('a non-integer text for an integer is an error that names the path', () => {
    expect(() => codec.decodeXml('<Item><count>1.5</count></Item>', 'Item')).toThrow('Invalid value at Item.count: expected an integer, got the string "1.5".');
    expect(() => codec.decodeXml('<Item><complete>yes</complete></Item>', 'Item')).toThrow('Invalid value at Item.complete: expected true, false, 1 or 0, got the string "yes".');
  });

  it('an int64 beyond 2^53 keeps every digit, from XML and from JSON, and encodes back', () => {
    const big = '9223372036854775807';
    expect(codec.decodeXml(`<Item><id>${big}</id></Item>`, 'Item')).toEqual({ id: big });
    expect(codec.decodeJson(`{"id": ${big}, "note": "12345678901234567890"}`, 'Item')).toEqual({ id: big, note: '12345678901234567890' });
    expect(codec.decodeJson(`{"id": "-${big}"}`, 'Item')).toEqual({ id: `-${big}` });
    expect(codec.encodeXml({ id: big }, 'Item')).toContain(`<id>${big}</id>`);
  });

  it('a big number where a string belongs stays an error', () => {
    expect(() => codec.decodeJson('{"note": 12345678901234567890}', 'Item')).toThrow(/Item\.note: expected a string/);
  });

  it('nullable (3.0) reads xsi:nil as null and writes null as xsi:nil', () => {
    const xml = codec.encodeXml({ note: null }, 'Item');
    expect(xml).toContain('<note xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true" />');
    expect(codec.decodeXml(xml, 'Item')).toEqual({ note: null });
    expect(() => codec.decodeXml('<Item><count xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:nil="true"/></Item>', 'Item')).toThrow(
      'Invalid value at Item.count: expected a value (the schema does not allow null), got null.',
    );
  });
});
