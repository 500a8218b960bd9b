import { describe, expect, it } from 'vitest';
import { CodecError, createCodec } from '../../src/index.ts';

const NS = 'urn:example:orders';
const OTHER = 'urn:example:people';
const codec = createCodec({
  openapi: '3.1.1',
  components: {
    schemas: {
      Order: {
        type: 'object',
        xml: { namespace: NS, prefix: 'o' },
        required: ['id', 'user'],
        properties: {
          id: { type: 'integer', xml: { attribute: true } },
          lang: { type: 'string', xml: { attribute: true, namespace: OTHER, prefix: 'p' } },
          user: { type: 'string' },
          buyer: { type: 'string', xml: { namespace: OTHER, prefix: 'p' } },
        },
      },
    },
  },
});

describe('namespaces', () => {
  it('a child without xml.namespace is in its parent element namespace', () => {
    expect(codec.decodeXml(`<Order xmlns="${NS}" id="1"><user>ann</user></Order>`, 'Order')).toEqual({ id: 1, user: 'ann' });
    expect(codec.decodeXml(`<o:Order xmlns:o="${NS}" id="1"><o:user>ann</o:user></o:Order>`, 'Order')).toEqual({ id: 1, user: 'ann' });
  });

  it('an element in the wrong namespace is not the property', () => {
    expect(() => codec.decodeXml(`<Order xmlns="${NS}" id="1"><user xmlns="${OTHER}">ann</user></Order>`, 'Order')).toThrow(
      /Invalid value at Order\.user: expected the element <user> \(required\), got nothing\./,
    );
  });

  it('a child and an attribute with their own namespace are written qualified and declared', () => {
    const xml = codec.encodeXml({ id: 2, lang: 'en', user: 'bob', buyer: 'carl' }, 'Order');
    expect(xml).toContain(`<o:Order xmlns:o="${NS}" xmlns:p="${OTHER}" id="2" p:lang="en">`);
    expect(xml).toContain('<o:user>bob</o:user>');
    expect(xml).toContain('<p:buyer>carl</p:buyer>');
    expect(codec.decodeXml(xml, 'Order')).toEqual({ id: 2, lang: 'en', user: 'bob', buyer: 'carl' });
  });

  it('an unprefixed attribute is in no namespace, whatever the default namespace', () => {
    expect(() => codec.decodeXml(`<Order xmlns="${NS}" xmlns:x="${NS}" x:id="1"><user>ann</user></Order>`, 'Order')).toThrow(CodecError);
  });

  it('the root element must be in the schema namespace', () => {
    expect(() => codec.decodeXml('<Order id="1"><user>ann</user></Order>', 'Order')).toThrow(
      `Invalid XML body: the root element is <Order>; expected <Order> in ${NS}.`,
    );
  });

  it('an undeclared prefix is malformed', () => {
    expect(() => codec.decodeXml('<q:Order id="1"/>', 'Order')).toThrow(/the prefix q of q:Order is not declared/);
  });
});
