// The scanner (src/xml/scan-decode.ts, the client's XML path) against the saxes decoder (src/xml/stream-decode.ts) and
// the xml2js reference (src/xml/decode.ts). The scanner alone (`scanXml`) must never take what saxes refuses and must
// build the same value; the full decoder (scanner, then saxes for whatever the scanner leaves) must answer exactly as
// saxes does: same value, or the same error with the same message.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EmError, encodeXml } from '../../src/index.ts';
import { DEFAULT_LIMITS, type DecodeLimits, limitsFor } from '../../src/limits.ts';
import { decodeXml as reference } from '../../src/xml/decode.ts';
import { decodeXmlText as scanDecode, NOT_MINE, scanXml } from '../../src/xml/scan-decode.ts';
import { decodeXmlText as saxesDecode } from '../../src/xml/stream-decode.ts';
import { referenceReadable, SCHEMAS } from './arbitraries.ts';
import { documents, NS, REF } from './documents.ts';

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

const outcome = (run: () => unknown): Outcome => {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, error };
  }
};
const shown = (text: string) => JSON.stringify(text.length > 300 ? `${text.slice(0, 300)}…` : text);

// Messages the decoders build themselves (not the parsers' own wording), as in differential.test.ts.
const OWN_MESSAGE = /^Invalid body at |root element is|DOCTYPE is not accepted|the body is empty|the depth limit|the node limit/;

/**
 * The scanner alone takes `text` only where saxes does, with the same value; the full decoder answers exactly as saxes.
 * Returns whether the scanner took it alone, and saxes's outcome.
 */
function agreesWithSaxes(text: string, schema: string, limits: DecodeLimits = DEFAULT_LIMITS): { scanned: boolean; saxes: Outcome } {
  const saxes = outcome(() => saxesDecode(text, schema, limits));
  const alone = scanXml(text, schema, limits);
  if (alone !== NOT_MINE) {
    expect(saxes.ok, `the scanner took what saxes refuses (${saxes.ok ? '' : (saxes.error as Error).message}): ${shown(text)}`).toBe(true);
    expect(alone, shown(text)).toStrictEqual((saxes as { value: unknown }).value);
    expect(JSON.stringify(alone), 'key order').toBe(JSON.stringify((saxes as { value: unknown }).value));
  }
  const full = outcome(() => scanDecode(text, schema, limits));
  if (saxes.ok) {
    expect(full, `the scanner decoder failed where saxes decoded ${shown(text)}`).toStrictEqual(saxes);
  } else {
    expect(full.ok, `the scanner decoder decoded what saxes refused: ${shown(text)}`).toBe(false);
    const [want, got] = [saxes.error as EmError, (full as { error: EmError }).error];
    expect(got).toBeInstanceOf(EmError);
    expect([got.kind, got.message]).toEqual([want.kind, want.message]);
  }
  return { scanned: alone !== NOT_MINE, saxes };
}

/** As differential.test.ts holds saxes to xml2js: same values, or both invalid-body (the same message when it is the decoders' own). */
async function agreesWithReference(text: string, schema: string, stricter = false): Promise<void> {
  const expected = await reference(text, schema).then(
    (value): Outcome => ({ ok: true, value }),
    (error: unknown): Outcome => ({ ok: false, error }),
  );
  const actual = outcome(() => scanDecode(text, schema));
  if (expected.ok) {
    if (stricter && !actual.ok) {
      expect((actual.error as EmError).kind, shown(text)).toBe('invalid-body');
      return;
    }
    expect(actual, `the scanner failed where xml2js decoded ${shown(text)}`).toEqual(expected);
    return;
  }
  expect(actual.ok, `the scanner decoded what xml2js refused: ${shown(text)}`).toBe(false);
  const [want, got] = [expected.error as EmError, (actual as { error: EmError }).error];
  expect([want.kind, got.kind]).toEqual(['invalid-body', 'invalid-body']);
  // Where saxes is stricter than sax it may stop at an earlier error than xml2js, and word it otherwise.
  if (OWN_MESSAGE.test(want.message) && !stricter) expect(got.message).toBe(want.message);
}

async function agree(text: string, schema: string, stricter = false): Promise<{ scanned: boolean; saxes: Outcome }> {
  const result = agreesWithSaxes(text, schema);
  await agreesWithReference(text, schema, stricter);
  return result;
}

const bundle = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@vbem/spec/openapi.json'), 'utf8')) as {
  components: { examples: Record<string, { value: unknown }> };
};
const xmlExamples = Object.entries(bundle.components.examples).filter(([name]) => name.endsWith('Xml'));

describe('the scanner agrees with saxes and with the xml2js reference', () => {
  it('has XML examples to compare', () => expect(xmlExamples.length).toBeGreaterThanOrEqual(8));

  it.each(xmlExamples)('on the spec example %s, read as every schema (the scanner alone takes its own)', async (_, { value }) => {
    const results = await Promise.all(SCHEMAS.map((schema) => agree(value as string, schema)));
    expect(results.filter((r) => r.saxes.ok)).toHaveLength(1);
    expect(results.filter((r) => r.scanned)).toHaveLength(1);
  });

  it.each(documents)('on %s', async (_, text, schema) => {
    const { scanned, saxes } = await agree(text, schema);
    // Every fixture saxes decodes is inside the scanner's subset: the fast path is the path.
    expect(scanned).toBe(saxes.ok);
  });

  it('on every truncation of the spec examples and of a document with every kind of markup', () => {
    const rich =
      `\uFEFF <?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n<!-- c --><?pi data?>` +
      `<v:LogonSession xmlns:v="${NS}" Href="a&amp;b&#x1F600;&#9;\r\n" Type='t"q'>` +
      `<v:SessionId>x &lt;y&gt; <![CDATA[ <z> ]]>\r\n<!-- c --><?p?><Skip a="1"><Deep/></Skip>&#13;</v:SessionId >` +
      `<Links ><Link Rel="r" Href="h" Name="&quot;&apos;"/></Links><UserName>\u00e9\u{1F600}</UserName></v:LogonSession>\n<!-- end -->`;
    expect(agreesWithSaxes(rich, 'LogonSession').scanned).toBe(true);
    const texts: [string, string][] = [
      [rich, 'LogonSession'],
      ...xmlExamples.map(([name, { value }]): [string, string] => [value as string, name.startsWith('Error') ? 'Error' : name.startsWith('LogonSession') ? 'LogonSession' : 'EntityReferences']),
    ];
    let cuts = 0;
    for (const [text, schema] of texts) {
      for (let at = 0; at < text.length; at++) {
        const { scanned, saxes } = agreesWithSaxes(text.slice(0, at), schema);
        if (!saxes.ok) expect(scanned).toBe(false);
        cuts++;
      }
    }
    expect(cuts).toBeGreaterThan(1000);
  });
});

const values = referenceReadable;
const document = fc.constantFrom(...SCHEMAS).chain((schema) => values[schema].map((value) => ({ schema, value, text: encodeXml(schema, value) })));

const variant = fc.record({ bom: fc.boolean(), prefix: fc.boolean(), comment: fc.boolean(), unknown: fc.boolean(), crlf: fc.boolean(), quotes: fc.boolean() });
function vary(text: string, how: { bom: boolean; prefix: boolean; comment: boolean; unknown: boolean; crlf: boolean; quotes: boolean }): string {
  let out = text;
  if (how.prefix) out = out.replace(/<(\/?)(?=[A-Za-z])/g, '<$1v:').replace(` xmlns="${NS}"`, ` xmlns:v="${NS}" v:Extra="1"`);
  if (how.unknown) out = out.replace(/(<[A-Za-z:]+[^>]*?)(\/?>)/g, (_, open: string, end: string) => `${open} Unknown="u"${end}${end === '>' ? '<Future a="1"><Link Rel="x"/>t</Future>' : ''}`);
  if (how.comment) out = out.replace(/></g, '><!-- c --><?pi x?><');
  // CRLF line ends between elements (EM is a Windows service), and single-quoted attributes.
  if (how.crlf) out = out.replace(/>\n(?=\s*<)/g, '>\r\n');
  if (how.quotes) out = out.replace(/="([^"]*)"/g, (_, v: string) => `='${v.replace(/'/g, '&apos;')}'`);
  return `${how.bom ? '\uFEFF' : ''}${out}${how.comment ? '\n<!-- after -->\n' : ''}`;
}

// The pieces of differential.test.ts (where xml2js is compared too), and more that only saxes is the measure for.
const pieces = ['<', '>', '/', '&', ';', '"', "'", '=', '!', '?', '-', '[', ']', ' ', 'a', 'Ref', 'Link', 'Href="h"', '</Ref>', '<Ref>', '<!--', '-->', '<![CDATA[', '&amp;', '&#', 'x', ':'];
const garbage = fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 6 });
const moreGarbage = fc.array(
  fc.constantFrom(
    '<', '>', '/', '&', ';', '"', "'", '=', '!', '?', '-', '[', ']', ' ', 'a', 'Ref', 'Link', 'Href="h"', '</Ref>', '<Ref>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#', '&#0;', '&#x110000;', '&nbsp;',
    'x', ':', '\u0001', '\uFFFE', '\uD800', '\uDC00', '\r', '<!DOCTYPE x>', '<?xml version="1.0"?>', '<?xml?>', 'é', '\u00a0',
  ),
  { minLength: 1, maxLength: 6 },
);

describe('…and on random documents (fast-check)', () => {
  it('valid documents: the scanner alone takes them, with saxes’s value and the encoded value (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, variant, async ({ schema, value, text }, how) => {
        const varied = vary(text, how);
        const { scanned, saxes } = await agree(varied, schema);
        expect(saxes.ok).toBe(true);
        expect(scanned, shown(varied)).toBe(true);
        expect(scanXml(text, schema)).toEqual(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('truncated documents: refused by the scanner alone and by saxes, with the same message (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, variant, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async ({ schema, text }, how, at) => {
        const varied = vary(text, how);
        // Cut before the root's closing `>`.
        const end = varied.lastIndexOf('>', varied.lastIndexOf(`${schema}`) + schema.length + 1);
        const { scanned, saxes } = await agree(varied.slice(0, Math.floor(at * end)), schema);
        expect(saxes.ok).toBe(false);
        expect(scanned).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('two root elements: refused (1,000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(document, document, fc.boolean(), async (first, second, keepDeclaration) => {
        const again = keepDeclaration ? second.text : second.text.replace(/^<\?xml[^>]*\?>/, '');
        const { scanned, saxes } = await agree(`${first.text}\n${again}`, first.schema);
        expect(saxes.ok).toBe(false);
        expect(scanned).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('garbage injected: the scanner never takes what saxes refuses, and answers as saxes and as xml2js (1,000 runs)', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(document, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), garbage, async ({ schema, text }, at, pieces) => {
        const cut = Math.floor(at * text.length);
        const { saxes } = await agree(`${text.slice(0, cut)}${pieces.join('')}${text.slice(cut)}`, schema, true);
        if (!saxes.ok) refused++;
      }),
      { numRuns: 1000 },
    );
    expect(refused).toBeGreaterThan(100);
  });

  it('more garbage (bad characters, references, declarations) in varied documents: answers as saxes (2,000 runs)', () => {
    let refused = 0;
    let taken = 0;
    fc.assert(
      fc.property(document, variant, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), moreGarbage, ({ schema, text }, how, at, pieces) => {
        const varied = vary(text, how);
        const cut = Math.floor(at * varied.length);
        const broken = `${varied.slice(0, cut)}${pieces.join('')}${varied.slice(cut)}`;
        const { scanned, saxes } = agreesWithSaxes(broken, schema);
        if (!saxes.ok) refused++;
        if (scanned) taken++;
        // Garbage may leave XML that saxes takes but the scanner's subset does not (a name such as `:`); the fallback then
        // answers, so only agreement is required here. The valid-document property checks the scanner takes all it should.
      }),
      { numRuns: 2000 },
    );
    // Both sides are exercised: the garbage breaks nearly every document; the few that survive go the fast way.
    expect(refused).toBeGreaterThan(1000);
    expect(taken).toBeGreaterThan(0);
  });
});

describe('corners of well-formedness, each the same in the scanner and saxes', () => {
  const error = (attributes: string, inner = '') => `<Error xmlns="${NS}" Message="m" StatusCode="500"${attributes}>${inner}</Error>`;
  const refs = (inner: string) => `<EntityReferences xmlns="${NS}">${inner}</EntityReferences>`;
  const cases: [string, string][] = [
    ['a DOCTYPE', `<!DOCTYPE Error>${error('')}`],
    ['a DOCTYPE with an internal subset', `<?xml version="1.0"?><!DOCTYPE Error [<!ENTITY e "x">]>${error(' Status="&e;"')}`],
    ['a DOCTYPE inside the root', error('', '<!DOCTYPE x>')],
    ['a duplicated attribute', error(' Status="a" Status="b"')],
    ['a duplicated attribute with other quotes', error(` Status="a" Status='b'`)],
    ['a duplicated unknown attribute', error(' x="a" y="" x="b"')],
    ['the same local name under two prefixes', error(' a:Status="a" b:Status="b"')],
    ['tab, LF, CR and CRLF in an attribute value (spaces)', error(' Status="a\tb\nc\r\nd\re"')],
    ['only an LF in an attribute value', error(' Status="a\nb"')],
    ['only a CR in an attribute value', error(' Status="a\rb"')],
    ['only a tab in an attribute value', error(' Status="a\tb"')],
    ['a line end in a later attribute than a plain one', error(' Status="a"', '<Skip x="1" y="2\n3"/><StackTrace a="b\tc" b="">s</StackTrace>')],
    ['a plain attribute after one with a reference', error(' Status="&amp;" FirstChanceExceptionMessage="x"')],
    ['`<` in an attribute value', error(' Status="a<b"')],
    ['`>` and `]]>` in an attribute value', error(' Status="a>b]]>"')],
    ['`]]>` in text', error('', '<StackTrace>a]]>b</StackTrace>')],
    ['`]]>` in skipped text', error('', '<Skip>a]]>b</Skip>')],
    ['`]]` and `>` apart in text', error('', '<StackTrace>a]]b></StackTrace>')],
    ['an undefined entity', error(' Status="&nbsp;"')],
    ['an undefined entity in skipped text', error('', '<Skip>&copy;</Skip>')],
    ['an entity without a semicolon', error('', '<StackTrace>&amp</StackTrace>')],
    ['a bare ampersand', error(' Status="a & b"')],
    ['a character reference to NUL', error(' Status="&#0;"')],
    ['a character reference to a surrogate', error(' Status="&#xD800;"')],
    ['a character reference beyond Unicode', error(' Status="&#x110000;"')],
    ['a character reference to U+FFFE', error(' Status="&#xFFFE;"')],
    ['a hex reference with a capital X', error(' Status="&#X41;"')],
    ['an empty character reference', error(' Status="&#;"')],
    ['a huge decimal reference', error(' Status="&#99999999999999999999;"')],
    ['a long zero-padded reference', error(' Status="&#0000000000065;"')],
    ['a control character in text', error('', '<StackTrace>\u0001</StackTrace>')],
    ['a control character in an attribute', error(' Status="\u0008"')],
    ['a control character in a comment', error('', '<!-- \u0001 -->')],
    ['a control character in CDATA', error('', '<StackTrace><![CDATA[\u001f]]></StackTrace>')],
    ['a control character in a PI', `<?pi \u0002?>${error('')}`],
    ['a control character after the root', `${error('')}\u0003`],
    ['a lone high surrogate in text', error('', '<StackTrace>a\uD800b</StackTrace>')],
    ['a lone low surrogate in an attribute', error(' Status="\uDC00"')],
    ['a surrogate pair in text and attributes', error(' Status="\u{1F600}"', '<StackTrace>\u{10FFFF}</StackTrace>')],
    ['U+FFFF in text', error('', '<StackTrace>\uFFFF</StackTrace>')],
    ['U+FFFD in text', error('', '<StackTrace>\uFFFD</StackTrace>')],
    ['a high surrogate just before a tag', error('', '<StackTrace>\uD83D</StackTrace>')],
    ['`--` in a comment', error('', '<!-- a -- b -->')],
    ['a comment ending in `--->`', error('', '<!-- a --->')],
    ['`<!--->`', error('', '<!--->')],
    ['an empty comment', error('', '<!---->')],
    ['an unterminated comment after the root', `${error('')}<!-- x`],
    ['a PI named xml inside the root', error('', '<?xml version="1.0"?>')],
    ['a PI named XmL', `<?XmL x?>${error('')}`],
    ['a PI without a target', `<? x?>${error('')}`],
    ['a PI target run into its data', `<?pi-x?>${error('')}`],
    ['an XML declaration after a comment', `<!-- c --><?xml version="1.0"?>${error('')}`],
    ['an XML declaration with version 1.1', `<?xml version="1.1"?>${error('')}`],
    ['an XML declaration with spaces around =', `<?xml version = "1.0" ?>${error('')}`],
    ['an XML declaration without version', `<?xml encoding="utf-8"?>${error('')}`],
    ['an XML declaration with a bad encoding', `<?xml version="1.0" encoding="8bit"?>${error('')}`],
    ['an XML declaration with standalone only', `<?xml version="1.0" standalone="maybe"?>${error('')}`],
    ['an XML declaration with attributes out of order', `<?xml version="1.0" standalone="yes" encoding="utf-8"?>${error('')}`],
    ['two BOMs', `\uFEFF\uFEFF${error('')}`],
    ['a BOM after whitespace', ` \uFEFF${error('')}`],
    ['CDATA before the root', `<![CDATA[x]]>${error('')}`],
    ['CDATA after the root', `${error('')}<![CDATA[x]]>`],
    ['an unterminated CDATA section', error('', '<StackTrace><![CDATA[x</StackTrace>')],
    ['a CDATA section with a bad keyword', error('', '<StackTrace><![CDATA x]]></StackTrace>')],
    ['text before the root', `x${error('')}`],
    ['non-breaking space before the root', `\u00a0${error('')}`],
    ['text after the root', `${error('')} x`],
    ['an element after the root', `${error('')}<x/>`],
    ['an end tag after the root', `${error('')}</Error>`],
    ['whitespace, comments and PIs after the root', `${error('')} \r\n\t<!-- a --><?b c?>\n`],
    ['a mismatched end tag', error('', '<StackTrace>x</Stacktrace>')],
    ['an end tag that is a prefix of the name', error('', '<StackTrace>x</Stack>')],
    ['an end tag longer than the name', error('', '<Stack>x</StackTrace>')],
    ['an end tag with a different prefix', `<v:Error xmlns:v="${NS}" Message="m" StatusCode="1"></w:Error>`],
    ['an end tag with whitespace', error('', '<StackTrace>x</StackTrace \r\n>')],
    ['an end tag with whitespace before the name', error('', '<StackTrace>x</ StackTrace>')],
    ['an end tag with attributes', error('', '<StackTrace>x</StackTrace a="1">')],
    ['a start tag with whitespace before the name', error('', '< StackTrace>x</StackTrace>')],
    ['attributes without whitespace between', error(' Status="a"Extra="b"')],
    ['an attribute without a value', error(' Status')],
    ['an attribute without quotes', error(' Status=a')],
    ['an attribute with mismatched quotes', error(` Status="a'`)],
    ['spaces around = in an attribute', error(' Status \t=\r\n "a"')],
    ['`/ >` to close a tag', `<Error xmlns="${NS}" Message="m" StatusCode="1"/ >`],
    ['a name starting with a digit', error('', '<1a/>')],
    ['a name starting with a dash', error('', '<-a/>')],
    ['a name starting with a colon', error('', '<:a/>')],
    ['a name ending with a colon', error('', '<a:/>')],
    ['an attribute name ending with a colon', error(' a:="x"')],
    ['a non-ASCII element name', error('', '<é/>')],
    ['a non-ASCII attribute name', error(' é="x"')],
    ['a non-ASCII character inside a name', error('', '<aé/>')],
    ['a name with a dot and a dash', error('', '<a.b-c d.e-f="1"/>')],
    ['an xmlns prefix undefined', `<Error xmlns:v="" Message="m" StatusCode="1"/>`],
    ['xml: attributes', error(' xml:lang="en" xml:space="preserve"')],
    ['tab, LF and CR in attribute values', error(' Status="\ta\nb\r\nc\rd\r\r\ne"')],
    ['character references for tab, LF and CR in attribute values', error(' Status="&#9;&#10;&#13;&#xD;&#xa;"')],
    ['CR and CRLF in text and CDATA', error('', '<StackTrace>a\r\nb\rc<![CDATA[\r\n\r]]>&#13;\r</StackTrace>')],
    ['a CR just before a tag', error('', '<StackTrace>a\r</StackTrace>')],
    ['whitespace-only text with CR', error('', '<StackTrace>\r\n</StackTrace>')],
    ['an entity in whitespace-only text', error('', '<StackTrace> &#32; </StackTrace>')],
    ['text split by unknown elements', error('', '<StackTrace>a<x>b</x>c<x/>d</StackTrace>')],
    ['a second StackTrace', error('', '<StackTrace>a</StackTrace><StackTrace>b</StackTrace>')],
    ['a wrong root', `<Other xmlns="${NS}"/>`],
    ['a bad StatusCode', `<Error xmlns="${NS}" Message="m" StatusCode="1.5"/>`],
    ['a missing Message', `<Error xmlns="${NS}" StatusCode="1"/>`],
    ['a bad ref after a good one', refs(`<Ref ${REF}/><Ref UID="u"/>`)],
    ['a root left open', `<Error xmlns="${NS}" Message="m" StatusCode="1">`],
    ['an element left open', error('', '<StackTrace>')],
    ['an unclosed start tag', `<Error xmlns="${NS}" Message="m" StatusCode="1"`],
    ['a lone <', error('', '<')],
    ['`<!` alone', error('', '<!x>')],
    ['an empty element name', error('', '<></>')],
  ];

  it.each(cases)('%s', (_, text) => {
    agreesWithSaxes(text, 'Error');
    if (!text.includes('EntityReferences')) agreesWithSaxes(text, 'EntityReferences');
  });

  it('takes unknown elements nested to the depth limit, and leaves deeper ones to saxes, which names the limit', () => {
    const nested = (count: number, close = true) => refs(`<Ref ${REF}>${'<Deep a="1">'.repeat(count)}x${close ? '</Deep>'.repeat(count) : ''}</Ref>`);
    // EntityReferences and Ref are two levels: 254 more reach 256.
    expect(agreesWithSaxes(nested(254), 'EntityReferences').scanned).toBe(true);
    for (const deeper of [nested(255), nested(20_000), nested(20_000, false)]) {
      const { scanned, saxes } = agreesWithSaxes(deeper, 'EntityReferences');
      expect(scanned).toBe(false);
      expect(saxes.ok || (saxes.error as Error).message).toBe('Invalid XML body: elements nest deeper than 256 levels (the depth limit, maxDepth); reading stopped.');
    }
  });

  it('takes as many elements as the node limit, and leaves one more to saxes, which names the limit', () => {
    const limits = limitsFor(64 * 16); // 16 elements
    const links = (count: number) => refs(`<Ref ${REF}><Links>${'<Link Rel="Up" Href="h"/>'.repeat(count)}</Links></Ref>`);
    expect(agreesWithSaxes(links(13), 'EntityReferences', limits).scanned).toBe(true); // 13 links, Links, Ref, EntityReferences
    const { scanned, saxes } = agreesWithSaxes(links(14), 'EntityReferences', limits);
    expect(scanned).toBe(false);
    expect(saxes.ok || (saxes.error as Error).message).toBe('Invalid XML body: more than 16 elements (the node limit, maxResponseBytes / 64); reading stopped.');
  });

  it('builds keys only from the descriptor, whatever the names in the document', () => {
    const hostile = refs(`<__proto__ polluted="yes"/><Ref ${REF} __proto__="x" constructor="y" prototype="z"><Links><Link Rel="Up" Href="h" __proto__="z"/><__proto__/></Links></Ref>`);
    const value = scanXml(hostile, 'EntityReferences') as { Refs: Record<string, unknown>[] };
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value.Refs[0]!)).toEqual(['UID', 'Name', 'Href', 'Type', 'Links']);
  });
});
