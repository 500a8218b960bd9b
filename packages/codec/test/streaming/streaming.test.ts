import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCodec } from '../../src/index.ts';

const NS = 'http://www.veeam.com/ent/v1.0';
const codec = createCodec({
  openapi: '3.1.0',
  components: {
    schemas: {
      EntityReferences: { type: 'object', xml: { namespace: NS }, required: ['Refs'], properties: { Refs: { type: 'array', items: { $ref: '#/components/schemas/Ref' } } } },
      Ref: { type: 'object', xml: { name: 'Ref', namespace: NS }, required: ['Name'], properties: { Name: { type: 'string', xml: { attribute: true } }, Note: { type: 'string' } } },
      Page: { type: 'object', xml: { namespace: NS }, properties: { Total: { type: 'integer', xml: { attribute: true } }, Items: { type: 'array', xml: { wrapped: true }, items: { $ref: '#/components/schemas/Ref' } } } },
    },
  },
});

const refs = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `r${i} & <${i}>`, Note: `n\r\n${i}` }));

/** Feeds `text` in pieces cut at `cuts` and collects the streamed items. */
function streamIn(text: string, schema: string, cuts: number[]) {
  const stream = codec.streamXml(schema);
  const items: unknown[] = [];
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    items.push(...stream.write(text.slice(from, cut)));
    from = cut;
  }
  items.push(...stream.write(text.slice(from)));
  const end = stream.end();
  return { items: [...items, ...end.items], value: end.value };
}

describe('streaming shares the scanner and the decoder', () => {
  it('any split of the text gives the same items as the whole-body decode', () => {
    const xml = codec.encodeXml({ Refs: refs(5) }, 'EntityReferences');
    const whole = codec.decodeXml(xml, 'EntityReferences') as { Refs: unknown[] };
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: xml.length }), { maxLength: 12 }), (cuts) => {
        const { items, value } = streamIn(xml, 'EntityReferences', cuts);
        expect(items).toEqual(whole.Refs);
        expect(value).toEqual({ Refs: [] });
      }),
    );
  });

  it('items of a wrapped array stream too; the rest of the document comes at the end', () => {
    const xml = codec.encodeXml({ Total: 3, Items: refs(3) }, 'Page');
    const { items, value } = streamIn(xml, 'Page', [10, 50, 90]);
    expect(items).toEqual(refs(3).map((r) => ({ ...r, Note: r.Note.replace('\r\n', '\r\n') })));
    expect(value).toEqual({ Total: 3, Items: [] });
  });

  it('items are handed over as they end, so memory holds only the current one', () => {
    const stream = codec.streamXml('EntityReferences');
    expect(stream.write(`<EntityReferences xmlns="${NS}"><Ref Name="a"/><Ref Na`)).toEqual([{ Name: 'a' }]);
    expect(stream.write('me="b"/>')).toEqual([{ Name: 'b' }]);
    expect(stream.write('</EntityReferences>')).toEqual([]);
    expect(stream.end()).toEqual({ items: [], value: { Refs: [] } });
  });

  it('a malformed stream fails with the same error as the whole-body decode', () => {
    const stream = codec.streamXml('EntityReferences');
    stream.write(`<EntityReferences xmlns="${NS}"><Ref Name="a"/>`);
    expect(() => stream.write('<Ref Name="b"></Rof>')).toThrow('Invalid XML body: the end tag </Rof> does not match <Ref>');
  });
});

describe('xmlDecoder: a whole document from pieces of its text', () => {
  const cutsOf = (length: number) => fc.array(fc.integer({ min: 0, max: length }), { maxLength: 12 });
  /** Feeds `text` cut at `cuts` to an xmlDecoder; its value, or the message it failed with. */
  function inPieces(text: string, schema: string, cuts: number[]): unknown {
    try {
      const decoder = codec.xmlDecoder(schema);
      let from = 0;
      for (const cut of [...cuts].sort((a, b) => a - b)) {
        decoder.write(text.slice(from, cut));
        from = cut;
      }
      decoder.write(text.slice(from));
      return decoder.end();
    } catch (error) {
      return (error as Error).message;
    }
  }
  const whole = (text: string, schema: string): unknown => {
    try {
      return codec.decodeXml(text, schema);
    } catch (error) {
      return (error as Error).message;
    }
  };

  it('any split gives the value decodeXml gives, the collection and the rest of the document kept', () => {
    const xml = codec.encodeXml({ Total: 4, Items: refs(4) }, 'Page');
    fc.assert(fc.property(cutsOf(xml.length), (cuts) => {
      expect(inPieces(xml, 'Page', cuts)).toEqual(whole(xml, 'Page'));
    }));
    expect(inPieces(xml, 'Page', [7])).toMatchObject({ Total: 4, Items: { length: 4 } });
  });

  it('any split of a malformed or misfitting document fails with decodeXml\'s error', () => {
    const bodies = [
      `<EntityReferences xmlns="${NS}"><Ref Name="a"/><Ref Name="b"></Rof></EntityReferences>`,
      `<EntityReferences xmlns="${NS}"><Ref Note="no name"/></EntityReferences>`,
      `<EntityReferences xmlns="${NS}"><Ref Name="a"/>`,
    ];
    for (const xml of bodies) {
      expect(whole(xml, 'EntityReferences')).toEqual(expect.any(String));
      fc.assert(fc.property(cutsOf(xml.length), (cuts) => {
        expect(inPieces(xml, 'EntityReferences', cuts)).toEqual(whole(xml, 'EntityReferences'));
      }));
    }
  });

  it('limits hold across pieces', () => {
    const decoder = codec.xmlDecoder('EntityReferences', { limits: { depth: 3 } });
    decoder.write(`<EntityReferences xmlns="${NS}"><Ref Name="a"><x>`);
    expect(() => decoder.write('<y>')).toThrow(/deeper than 3/);
  });
});

describe('shareStrings: strings as own copies, equal ones shared', () => {
  it('gives the same value, whole, in pieces and streamed, past the 65,536 distinct strings one table holds', () => {
    const many = Array.from({ length: 70_000 }, (_, i) => ({ Name: i % 3 === 0 ? 'same' : `r${i} & <${i}>`, Note: i % 2 ? 'n' : `note ${i}` }));
    const xml = codec.encodeXml({ Refs: many }, 'EntityReferences');
    const plain = codec.decodeXml(xml, 'EntityReferences');
    expect(codec.decodeXml(xml, 'EntityReferences', { shareStrings: true })).toEqual(plain);
    const decoder = codec.xmlDecoder('EntityReferences', { shareStrings: true });
    for (let at = 0; at < xml.length; at += 4_096) decoder.write(xml.slice(at, at + 4_096));
    expect(decoder.end()).toEqual(plain);
    const stream = codec.streamXml('EntityReferences', { shareStrings: true });
    expect([...stream.write(xml), ...stream.end().items]).toEqual((plain as { Refs: unknown[] }).Refs);
  });
});
