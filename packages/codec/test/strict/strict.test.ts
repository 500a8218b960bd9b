import { describe, expect, it } from 'vitest';
import { CodecError, createCodec } from '../../src/index.ts';

const codec = createCodec({
  openapi: '3.1.0',
  components: {
    schemas: {
      Order: {
        type: 'object',
        xml: { name: 'order' },
        required: ['user'],
        properties: { id: { type: 'integer', xml: { attribute: true } }, user: { type: 'string' }, note: { type: 'string' } },
      },
    },
  },
});

const caught = (run: () => unknown): CodecError => {
  try {
    run();
  } catch (error) {
    if (error instanceof CodecError) return error;
    throw error;
  }
  throw new Error('expected a CodecError');
};

describe('strict mode', () => {
  const xml = '<order id="1" colour="red"><user>ann</user><buyer>bob</buyer></order>';

  it('by default, unknown elements and attributes are ignored (servers add fields)', () => {
    expect(codec.decodeXml(xml, 'Order')).toEqual({ id: 1, user: 'ann' });
  });

  it('strict reports every unknown element and attribute, each with its path', () => {
    const error = caught(() => codec.decodeXml(xml, 'Order', { strict: true }));
    expect(error.code).toBe('unknown');
    expect(error.message).toBe('Strict decoding found 2 nodes the schema does not describe: Order.@colour, Order.<buyer>.');
    expect(error.issues).toEqual([
      { path: 'Order.@colour', message: 'the attribute colour is not in the schema' },
      { path: 'Order.<buyer>', message: 'the element <buyer> is not in the schema' },
    ]);
  });

  it('strict reports unknown JSON keys too', () => {
    const error = caught(() => codec.decodeJson('{"user":"ann","buyer":"bob"}', 'Order', { strict: true }));
    expect(error.message).toBe('Strict decoding found 1 node the schema does not describe: Order.buyer.');
  });

  it('a name mismatch that leaves a required property missing is an error that names the schema path, strict or not', () => {
    const error = caught(() => codec.decodeXml('<order><buyer>bob</buyer></order>', 'Order'));
    expect(error.code).toBe('invalid');
    expect(error.path).toBe('Order.user');
    expect(error.message).toBe('Invalid value at Order.user: expected the element <user> (required), got nothing.');
  });
});
