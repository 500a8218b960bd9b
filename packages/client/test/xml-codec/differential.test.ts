// The saxes decoder (the streaming path, and the answer of the scanner on what it leaves) against the xml2js reference decoder: same values, same failures.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmError, encodeXml } from '../../src/index.ts';
import { limitsFor } from '../../src/limits.ts';
import { decodeXml } from '../../src/xml/decode.ts';
import { decodeXmlText } from '../../src/xml/stream-decode.ts';
import { referenceReadable, SCHEMAS } from './arbitraries.ts';
import { documents, NS } from './documents.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const reference = (text: string, schema: string): Promise<Outcome> =>
  decodeXml(text, schema).then(
    (value) => ({ ok: true, value }),
    (error: unknown) => ({ ok: false, error }),
  );
function streaming(text: string, schema: string): Outcome {
  try {
    return { ok: true, value: decodeXmlText(text, schema) };
  } catch (error) {
    return { ok: false, error };
  }
}

// Messages the decoders build themselves (not the parsers' own wording) must match word for word.
const OWN_MESSAGE = /^Invalid body at |root element is|DOCTYPE is not accepted|the body is empty|the depth limit|the node limit/;

/**
 * Both decode `text` to equal values, or both fail with invalid-body (and the same message when it is not the parser's).
 * `stricter`: the saxes decoder may also refuse what xml2js takes (sax lets some XML that is not well-formed through).
 */
async function agree(text: string, schema: string, stricter = false): Promise<Outcome> {
  const expected = await reference(text, schema);
  const actual = streaming(text, schema);
  const shown = JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);
  if (expected.ok) {
    if (stricter && !actual.ok) {
      expect((actual.error as EmError).kind, shown).toBe('invalid-body');
      return actual;
    }
    expect(actual, `streaming failed where xml2js decoded ${shown}`).toEqual(expected);
    return actual;
  }
  expect(actual.ok, `streaming decoded what xml2js refused (${(expected.error as Error).message}): ${shown}`).toBe(false);
  const [want, got] = [expected.error as EmError, (actual as { error: EmError }).error];
  expect(got).toBeInstanceOf(EmError);
  expect(want).toBeInstanceOf(EmError);
  expect([want.kind, got.kind]).toEqual(['invalid-body', 'invalid-body']);
  if (OWN_MESSAGE.test(want.message)) expect(got.message).toBe(want.message);
  return actual;
}

const bundle = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@vbem/spec/openapi.json'), 'utf8')) as {
  components: { examples: Record<string, { value: unknown }> };
};
const xmlExamples = Object.entries(bundle.components.examples).filter(([name]) => name.endsWith('Xml'));

describe('the saxes decoder agrees with the xml2js reference', () => {
  it('has XML examples to compare', () => expect(xmlExamples.length).toBeGreaterThanOrEqual(8));

  it.each(xmlExamples)('on the spec example %s, read as every schema', async (_, { value }) => {
    const outcomes = await Promise.all(SCHEMAS.map((schema) => agree(value as string, schema)));
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(1); // its own schema decodes; the others are the wrong root
  });

  it.each(documents)('on %s', async (_, text, schema) => {
    await agree(text, schema);
  });
});

const values = referenceReadable;
const document = fc.constantFrom(...SCHEMAS).chain((schema) => values[schema].map((value) => ({ schema, text: encodeXml(schema, value) })));

// Ways a well-formed document can vary that the spec allows: a BOM, a prefix, comments, unknown elements and attributes.
const variant = fc.record({
  bom: fc.boolean(),
  prefix: fc.boolean(),
  comment: fc.boolean(),
  unknown: fc.boolean(),
});
function vary(text: string, how: { bom: boolean; prefix: boolean; comment: boolean; unknown: boolean }): string {
  let out = text;
  if (how.prefix) out = out.replace(/<(\/?)(?=[A-Za-z])/g, '<$1v:').replace(` xmlns="${NS}"`, ` xmlns:v="${NS}" v:Extra="1"`);
  if (how.unknown) out = out.replace(/(<[A-Za-z:]+[^>]*?)(\/?>)/g, (_, open: string, end: string) => `${open} Unknown="u"${end}${end === '>' ? '<Future a="1"><Link Rel="x"/>t</Future>' : ''}`);
  if (how.comment) out = out.replace(/></g, '><!-- c --><?pi x?><');
  return `${how.bom ? '\uFEFF' : ''}${out}${how.comment ? '\n<!-- after -->\n' : ''}`;
}

// Markup and text pieces whose insertion anywhere can break a document or leave it well-formed.
const garbage = fc.array(
  fc.constantFrom('<', '>', '/', '&', ';', '"', "'", '=', '!', '?', '-', '[', ']', ' ', 'a', 'Ref', 'Link', 'Href="h"', '</Ref>', '<Ref>', '<!--', '-->', '<![CDATA[', '&amp;', '&#', 'x', ':'),
  { minLength: 1, maxLength: 6 },
);

describe('both hold the decoding limits (limits.ts), with the same words', () => {
  const nested = (count: number, close = true) => `<Error xmlns="${NS}" Message="m" StatusCode="1">${'<x>'.repeat(count)}${close ? '</x>'.repeat(count) : ''}</Error>`;

  it('take elements nested as deep as maxDepth, and refuse one level more', async () => {
    const limits = limitsFor(1024 * 1024, 10);
    const within = await reference(nested(9), 'Error');
    expect(within.ok).toBe(true);
    expect(streaming(nested(9), 'Error')).toEqual(within);
    for (const text of [nested(10), nested(100_000), nested(100_000, false)]) {
      const words = 'Invalid XML body: elements nest deeper than 10 levels (the depth limit, maxDepth); reading stopped.';
      await expect(decodeXml(text, 'Error', limits)).rejects.toThrow(words);
      expect(() => decodeXmlText(text, 'Error', limits)).toThrow(words);
    }
  });

  it('take as many elements as maxNodes, and refuse one more', async () => {
    const limits = limitsFor(64 * 8); // 8 elements
    const flat = (count: number) => `<Error xmlns="${NS}" Message="m" StatusCode="1">${'<x/>'.repeat(count)}</Error>`;
    await expect(decodeXml(flat(7), 'Error', limits)).resolves.toEqual({ Message: 'm', StatusCode: 1 });
    expect(decodeXmlText(flat(7), 'Error', limits)).toEqual({ Message: 'm', StatusCode: 1 });
    const words = 'Invalid XML body: more than 8 elements (the node limit, maxResponseBytes / 64); reading stopped.';
    await expect(decodeXml(flat(8), 'Error', limits)).rejects.toThrow(words);
    expect(() => decodeXmlText(flat(8), 'Error', limits)).toThrow(words);
  });
});

describe('…and on random documents (fast-check)', () => {
  it('valid documents decode to the same value in both (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, variant, async ({ schema, text }, how) => {
        const outcome = await agree(vary(text, how), schema);
        expect(outcome.ok).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('truncated documents fail in both, with invalid-body (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async ({ schema, text }, at) => {
        // Any cut before the root's closing `>` leaves the document unfinished.
        const outcome = await agree(text.slice(0, Math.floor(at * (text.length - 1))), schema);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('documents with two root elements fail in both (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, document, fc.boolean(), async (first, second, keepDeclaration) => {
        const again = keepDeclaration ? second.text : second.text.replace(/^<\?xml[^>]*\?>/, '');
        const outcome = await agree(`${first.text}\n${again}`, first.schema);
        expect(outcome.ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  // sax (under xml2js) takes some documents that are not well-formed XML (see the last describe): there the saxes decoder
  // may refuse; it must never take what xml2js refuses, nor decode anything to another value.
  it('documents with garbage injected: same value, or the saxes decoder refuses (1,000 runs)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(document, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), garbage, async ({ schema, text }, at, pieces) => {
        const cut = Math.floor(at * text.length);
        const outcome = await agree(`${text.slice(0, cut)}${pieces.join('')}${text.slice(cut)}`, schema, true);
        if (!outcome.ok) refused++;
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(100); // the garbage does break documents, so the failure side is exercised
  });
});

describe('where the two differ on purpose, the saxes decoder follows XML 1.0', () => {
  const decodes = (text: string) => decodeXmlText(text, 'Error') as Record<string, unknown>;
  const error = (attributes: string, inner = '') => `<Error xmlns="${NS}" Message="m" StatusCode="500"${attributes}>${inner}</Error>`;

  it('normalises line ends (§2.11) and whitespace in attribute values (§3.3.3); character references keep them', async () => {
    expect(decodes(error(' Status="a\tb\nc\r\nd"')).Status).toBe('a b c d');
    expect(decodes(error('', '<StackTrace>a\r\nb\rc</StackTrace>')).StackTrace).toBe('a\nb\nc');
    expect(decodes(error(' Status="a&#9;b&#10;c&#13;&#10;d"', '<StackTrace>a&#13;&#10;b</StackTrace>'))).toMatchObject({ Status: 'a\tb\nc\r\nd', StackTrace: 'a\r\nb' });
    expect(((await decodeXml(error(' Status="a\tb"'), 'Error')) as Record<string, unknown>).Status).toBe('a\tb'); // sax keeps them raw
  });

  it('reads a raw CR in CDATA as LF (§2.11), so encodeXml sends CRs of whitespace-only text as &#13; between sections', async () => {
    expect(decodes(error('', '<StackTrace><![CDATA[ \r\n]]></StackTrace>')).StackTrace).toBe(' \n');
    const text = encodeXml('Error', { Message: 'm', StatusCode: 500, StackTrace: ' \r\n' });
    expect(text).toContain('<![CDATA[ ]]>&#13;<![CDATA[\n]]>');
    expect(decodes(text).StackTrace).toBe(' \r\n');
    expect(((await decodeXml(text, 'Error')) as Record<string, unknown>).StackTrace).toBe(' \r\n');
  });

  it('keeps text of CRs only, which the xml2js reference reads as empty', async () => {
    const text = encodeXml('Error', { Message: 'm', StatusCode: 500, StackTrace: '\r\r' });
    expect(decodes(text).StackTrace).toBe('\r\r');
    expect(((await decodeXml(text, 'Error')) as Record<string, unknown>).StackTrace).toBe('');
  });

  it.each([
    ['a character XML cannot carry', error('', '<StackTrace>\u0001</StackTrace>')],
    ['`]]>` in text', error('', '<StackTrace>a]]>b</StackTrace>')],
    ['a duplicated attribute', error(' Status="a" Status="b"')],
    ['`<` in an attribute value', error(' Status="a<b"')],
    ['an XML declaration that is not first', `<!-- c --><?xml version="1.0"?>${error('')}`],
    ['an HTML entity such as &nbsp;', error(' Status="&nbsp;"')],
    ['CDATA before the root element', `<![CDATA[x]]>${error('')}`],
    ['a processing instruction without a proper target', `<?<x?>${error('')}`],
  ])('refuses %s, which sax lets through', async (_, text) => {
    expect((await reference(text, 'Error')).ok).toBe(true);
    expect(() => decodeXmlText(text, 'Error')).toThrow(expect.objectContaining({ kind: 'invalid-body' }));
  });

  it('ignores an unknown element named `_`, on which xml2js trips over its own text key', async () => {
    const text = error('', '<_/>');
    expect(decodes(text)).toEqual({ Message: 'm', StatusCode: 500 });
    expect((await reference(text, 'Error')).ok).toBe(false);
  });

});
