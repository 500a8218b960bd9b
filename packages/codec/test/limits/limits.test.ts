import { describe, expect, it } from 'vitest';
import { CodecError, createCodec } from '../../src/index.ts';

const codec = createCodec({
  openapi: '3.1.0',
  components: { schemas: { Ref: { type: 'object', properties: { Name: { type: 'string', xml: { attribute: true } } } } } },
});

const codeOf = (run: () => unknown): string | undefined => {
  try {
    run();
  } catch (error) {
    return error instanceof CodecError ? `${error.code}: ${error.message}` : String(error);
  }
  return undefined;
};

describe('decoding limits and hostile XML', () => {
  it('elements nested deeper than the depth limit stop the scan (default 256)', () => {
    const deep = `<Ref>${'<a>'.repeat(300)}${'</a>'.repeat(300)}</Ref>`;
    expect(codeOf(() => codec.decodeXml(deep, 'Ref'))).toBe('limit: Invalid XML body: elements nest deeper than 256 levels (the depth limit) at <a>.');
    expect(codeOf(() => codec.decodeXml(deep, 'Ref', { limits: { depth: 400 } }))).toBeUndefined();
  });

  it('millions of unclosed elements fail fast on the depth limit, without building them', () => {
    const bomb = `<Ref>${'<a>'.repeat(2_000_000)}`;
    expect(codeOf(() => codec.decodeXml(bomb, 'Ref'))).toMatch(/^limit: .*the depth limit/);
  });

  it('the node limit counts elements, attributes and texts', () => {
    const wide = `<Ref>${'<x a="1"/>'.repeat(100)}</Ref>`;
    expect(codeOf(() => codec.decodeXml(wide, 'Ref', { limits: { nodes: 150 } }))).toBe('limit: Invalid XML body: more than 150 nodes (elements, attributes and texts; the node limit).');
  });

  it.each([
    ['a DOCTYPE', '<!DOCTYPE Ref [<!ENTITY a "aaaa">]><Ref Name="&a;"/>', 'malformed: Invalid XML body: a DOCTYPE is not accepted (entity declarations are how entity bombs arrive) (line 1, column 1).'],
    ['an undefined entity', '<Ref Name="&lol;"/>', 'malformed: Invalid XML body: undefined entity &lol;; only &lt; &gt; &amp; &quot; &apos; and character references exist without a DOCTYPE (line 1, column 12).'],
    ['a second root', '<Ref/><Ref/>', 'malformed: Invalid XML body: a second root element; expected exactly one root element (line 1, column 7).'],
    ['a mismatched end tag', '<Ref><a></b></Ref>', 'malformed: Invalid XML body: the end tag </b> does not match <a> (line 1, column 9).'],
    ['an empty body', '', 'malformed: Invalid XML body: the body has no root element; expected an XML document (line 1, column 1).'],
    ['an HTML page', '<html><body>Login</body></html>', 'invalid: Invalid XML body: the root element is <html>; expected <Ref>.'],
    ['a duplicate attribute', '<Ref Name="a" Name="b"/>', 'malformed: Invalid XML body: <Ref> has the attribute Name twice (line 1, column 1).'],
    ['a control character', '<Ref Name="\u0001"/>', 'malformed: Invalid XML body: the value of Name holds a character XML 1.0 cannot carry (line 1, column 12).'],
    ['an unclosed root', '<Ref>', 'malformed: Invalid XML body: the document ends inside <Ref>; expected its end tag (line 1, column 6).'],
  ])('%s is refused with a clear error', (_, xml, expected) => {
    expect(codeOf(() => codec.decodeXml(xml, 'Ref'))).toBe(expected);
  });

  it('a BOM, an XML declaration, comments and processing instructions are taken', () => {
    expect(codec.decodeXml('\uFEFF<?xml version="1.0" encoding="utf-8"?>\n<!-- c --><?pi x?><Ref Name="a&amp;b&#x41;"/><!-- end -->', 'Ref')).toEqual({ Name: 'a&bA' });
  });
});
