// The codec against the conformance fixtures (written from the specification texts and the petstore's own code).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CodecError, createCodec, type OpenApiDocument } from '../../src/index.ts';

const here = dirname(fileURLToPath(import.meta.url));

interface Fixture {
  title: string;
  openapi: string;
  schema: string;
  components?: { schemas?: Record<string, unknown> };
  document?: string;
  xml: string;
  value: unknown;
  directions: string[];
  refuse?: string[];
  valueFitsSchema?: boolean;
  /** The refusal is expected with the strict option. */
  strict?: boolean;
}

/** An XML infoset in a canonical form: expanded names, sorted attributes, no declarations, children by name. */
interface Node {
  name: string;
  attributes: string[];
  children: (Node | string)[];
}

function canonical(text: string): Node {
  const parser = new SaxesParser({ xmlns: true, additionalNamespaces: { xsi: 'http://www.w3.org/2001/XMLSchema-instance' } });
  const stack: Node[] = [];
  let root: Node | undefined;
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (tag) => {
    const node: Node = {
      name: `{${tag.uri}}${tag.local}`,
      attributes: Object.values(tag.attributes)
        .filter((a) => a.prefix !== 'xmlns' && a.name !== 'xmlns')
        .map((a) => `{${a.uri}}${a.local}=${a.value}`)
        .sort(),
      children: [],
    };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
    root ??= node;
  });
  const text_ = (t: string) => stack[stack.length - 1]?.children.push(t);
  parser.on('text', text_);
  parser.on('cdata', text_);
  parser.on('closetag', () => {
    const node = stack.pop()!;
    const texts = node.children.filter((c): c is string => typeof c === 'string');
    const elements = node.children.filter((c): c is Node => typeof c !== 'string');
    // Whitespace between elements is layout; the order of differently named children is undefined (object properties).
    const joined = texts.join('');
    node.children = elements.length > 0 && joined.trim() === '' ? [...elements].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) : elements.length > 0 ? node.children.filter((c) => typeof c !== 'string' || c.trim() !== '') : joined.trim() === '' ? [] : [joined.trim()];
  });
  parser.write(text).close();
  return root!;
}

function documentOf(file: string, fixture: Fixture): OpenApiDocument {
  if (fixture.document !== undefined) return parse(readFileSync(resolve(here, dirname(file), fixture.document), 'utf8')) as OpenApiDocument;
  return { openapi: fixture.openapi, components: fixture.components as OpenApiDocument['components'] };
}

const files = readdirSync(here, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(here, d.name)).filter((f) => f.endsWith('.yaml') && !f.startsWith('openapi')).map((f) => join(d.name, f)));

describe('codec conformance', () => {
  describe.each(files)('%s', (file) => {
    const fixture = parse(readFileSync(join(here, file), 'utf8')) as Fixture;
    const codec = createCodec(documentOf(file, fixture));

    if (fixture.directions.includes('decode')) {
      it('decodes the XML as the text shows', () => {
        expect(codec.decodeXml(fixture.xml, fixture.schema)).toEqual(fixture.value);
      });
    }
    if (fixture.directions.includes('encode')) {
      it('encodes the value as the text shows', () => {
        expect(canonical(codec.encodeXml(fixture.value, fixture.schema))).toEqual(canonical(fixture.xml));
      });
    }
    if (fixture.valueFitsSchema !== false) {
      it('decodes the same value from JSON', () => {
        expect(codec.decodeJson(JSON.stringify(fixture.value), fixture.schema)).toEqual(fixture.value);
      });
    }
    for (const direction of fixture.refuse ?? []) {
      it(`refuses to ${direction} what contradicts the schema`, () => {
        const options = { strict: fixture.strict === true };
        const run = () => (direction === 'decode' ? codec.decodeXml(fixture.xml, fixture.schema, options) : codec.encodeXml(fixture.value, fixture.schema));
        expect(run).toThrow(CodecError);
      });
    }
  });
});
