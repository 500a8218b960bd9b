// decodeXml reads a body from the scanner's events (src/xml/events.ts); streaming and the alternatives of a union read a
// tree (src/xml/tree.ts + decode.ts). Over generated schemas, the two must give the same answer on any document: the same
// value and strict findings, or the same first error (a malformed text reported as malformed, whatever else is wrong).
// Documents of one schema are read as a variant of it, whole, cut short and with xsi:nil added anywhere.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CodecError } from '../../src/index.ts';
import { Compiler, type OpenApiDocument } from '../../src/model/compile.ts';
import { contextOf, type DecodeOptions } from '../../src/options.ts';
import { decodeRoot } from '../../src/xml/decode.ts';
import { EventDecoder } from '../../src/xml/events.ts';
import { XmlScanner } from '../../src/xml/scanner.ts';
import { TreeBuilder } from '../../src/xml/tree.ts';
import { createCodec } from '../../src/index.ts';
import { schemaOf, type Shape, shape, valueOf } from './arbitraries.ts';

const LIMITS = { depth: 64, nodes: 10_000, attributes: 64 };

type Outcome = { value: unknown; unknown: unknown } | { code: string; message: string };

function outcome(run: (context: ReturnType<typeof contextOf>) => unknown, options: DecodeOptions): Outcome {
  const context = contextOf(options);
  try {
    return { value: run(context), unknown: context.unknown };
  } catch (error) {
    if (!(error instanceof CodecError)) throw error;
    return { code: error.code, message: error.message };
  }
}

// Both resolve the schema before reading the text, as decodeXml always has: a schema the codec refuses is refused first.
function byTree(compiler: Compiler, text: string, schema: string, options: DecodeOptions): Outcome {
  return outcome((context) => {
    const root = compiler.root(schema);
    const tree = new TreeBuilder();
    const scanner = new XmlScanner(tree, LIMITS);
    scanner.write(text);
    scanner.end();
    return decodeRoot(root, tree.root!, context);
  }, options);
}

function byEvents(compiler: Compiler, text: string, schema: string, options: DecodeOptions): Outcome {
  return outcome((context) => {
    const decoder = new EventDecoder(compiler.root(schema), context);
    const scanner = new XmlScanner(decoder, LIMITS);
    scanner.write(text);
    scanner.end();
    return decoder.result();
  }, options);
}

const asRoot = (s: Shape) => ({ ...schemaOf(s), xml: { name: 'Root', namespace: 'urn:root' } });

/**
 * The same names with other types, places, requirements, wrapping and item names here and there (`next` gives numbers in
 * [0, 1)): a document of `s` read as this one meets every kind of mismatch at the places the decoders look.
 */
function mutate(s: Shape, next: () => number): Shape {
  const flip = (b: boolean) => (next() < 0.25 ? !b : b);
  switch (s.kind) {
    case 'object':
      return { ...s, nullable: flip(s.nullable), props: s.props.map((p) => ({ ...p, required: flip(p.required), place: next() < 0.2 ? (p.place === 'element' ? 'attribute' : 'element') : p.place, shape: mutate(p.shape, next) })) };
    case 'array': {
      const wrapped = flip(s.wrapped);
      return { ...s, wrapped, nullable: wrapped && flip(s.nullable), itemName: next() < 0.2 ? undefined : s.itemName, items: mutate(s.items, next) };
    }
    default:
      return next() < 0.3 ? { kind: (['string', 'integer', 'int64', 'number', 'boolean'] as const)[Math.floor(next() * 5)]!, nullable: flip(s.nullable) } : s;
  }
}

/** A small deterministic generator, so fast-check can replay a failing case from its seed. */
function numbers(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

/** `xsi:nil="true"` added to the start tag at the `nth` `<` that starts one (modulo their number). */
function nilAt(xml: string, nth: number): string {
  const starts = [...xml.matchAll(/<[A-Za-z_][A-Za-z0-9_.:-]*/g)].map((m) => m.index! + m[0].length);
  if (starts.length === 0) return xml;
  const at = starts[nth % starts.length]!;
  return `${xml.slice(0, at)} xsi:nil="true"${xml.slice(at)}`;
}

describe('the event decoder answers as the tree decoder', () => {
  it('on documents of one schema read as another, cut short, or with xsi:nil anywhere', () => {
    fc.assert(
      fc.property(
        shape
          .filter((s) => s.kind === 'object')
          .chain((s) => fc.tuple(fc.constant(asRoot(s)), valueOf(asRoot(s), true), fc.integer().map((seed) => asRoot(mutate(s, numbers(seed)))), fc.nat(), fc.nat(), fc.boolean(), fc.boolean())),
        ([written, value, read, cut, nil, strict, emptyArrays]) => {
          const document: OpenApiDocument = { openapi: '3.1.0', components: { schemas: { Written: written, Read: read } } };
          const xml = createCodec(document).encodeXml(value, 'Written');
          const compiler = new Compiler(document);
          compiler.compileAll();
          const options = { strict, emptyArrays };
          for (const text of [xml, xml.slice(0, cut % (xml.length + 1)), nilAt(xml, nil)]) {
            for (const schema of ['Written', 'Read']) {
              expect(byEvents(compiler, text, schema, options), `${schema}: ${text}`).toStrictEqual(byTree(compiler, text, schema, options));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
