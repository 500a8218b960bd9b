import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.ts';

const codec = createCodec({
  openapi: '3.0.3',
  components: {
    schemas: {
      Pet: {
        type: 'object',
        xml: { name: 'pet' },
        required: ['photoUrls'],
        properties: {
          photoUrls: { type: 'array', xml: { wrapped: true }, items: { type: 'string', xml: { name: 'photoUrl' } } },
          tags: { type: 'array', xml: { wrapped: true }, items: { $ref: '#/components/schemas/Tag' } },
          nicknames: { type: 'array', items: { type: 'string', xml: { name: 'nickname' } } },
        },
      },
      Tag: { type: 'object', xml: { name: 'tag' }, properties: { name: { type: 'string' } } },
    },
  },
});

describe('arrays', () => {
  it('wrapped and unwrapped arrays of scalars and objects, with item names', () => {
    const xml = '<pet><photoUrls><photoUrl>a</photoUrl><photoUrl>b</photoUrl></photoUrls><tags><tag><name>x</name></tag></tags><nickname>n1</nickname><nickname>n2</nickname></pet>';
    const value = { photoUrls: ['a', 'b'], tags: [{ name: 'x' }], nicknames: ['n1', 'n2'] };
    expect(codec.decodeXml(xml, 'Pet')).toEqual(value);
    expect(codec.decodeXml(codec.encodeXml(value, 'Pet'), 'Pet')).toEqual(value);
  });

  it('a wrapped array present but empty is [] and encodes as an empty wrapper; an unwrapped one with no items is []', () => {
    expect(codec.decodeXml('<pet><photoUrls/></pet>', 'Pet')).toEqual({ photoUrls: [], nicknames: [] });
    expect(codec.encodeXml({ photoUrls: [] }, 'Pet')).toContain('<photoUrls />');
  });

  it('a required wrapped array that is missing is an error', () => {
    expect(() => codec.decodeXml('<pet/>', 'Pet')).toThrow('Invalid value at Pet.photoUrls: expected the element <photoUrls> (required), got nothing.');
  });

  it('items named differently inside a wrapper are an error, not data silently dropped', () => {
    expect(() => codec.decodeXml('<pet><photoUrls><url>a</url></photoUrls></pet>', 'Pet')).toThrow(
      'Invalid value at Pet.photoUrls[0]: expected an item element <photoUrl> (the wrapper holds only its items), got the element <url>.',
    );
  });

  it('emptyArrays reads absent and null arrays as []', () => {
    expect(codec.decodeJson('{"photoUrls": null}', 'Pet', { emptyArrays: true })).toEqual({ photoUrls: [], tags: [], nicknames: [] });
    expect(codec.decodeXml('<pet><photoUrls/></pet>', 'Pet', { emptyArrays: true })).toEqual({ photoUrls: [], tags: [], nicknames: [] });
  });
});
