// Written by hand: saxes costs ~4× JSON.parse and none of the fast XML parsers checks namespaces and well-formedness.
//
// The one XML scanner: takes text in chunks (a whole body is one chunk) and reports elements with their namespaces
// resolved, attributes and character data to a handler. It checks what XML 1.0 + Namespaces require of a document
// (one root, matching tags, unique attributes, declared prefixes, predefined entities only, XML characters) and refuses
// any DOCTYPE (entity bombs and external entities arrive that way). Depth and node limits are checked as it goes.
import { CodecError } from '../errors.ts';

export interface XmlHandler {
  /** A start tag; `attributes` is flat: namespace ('' for none), local name, value, and so on. */
  open(ns: string | undefined, local: string, attributes: string[] | undefined): void;
  /** Character data of the innermost open element (entities replaced, line ends normalised); `literal` when written with references. */
  text(text: string, cdata: boolean, literal: boolean): void;
  /** Whether the innermost open element's whitespace-only text may go unreported (the scanner then only checks it). */
  ignoresLayout?(): boolean;
  close(): void;
}

export interface XmlLimits {
  /** Elements may nest this deep (the root is depth 1). */
  depth: number;
  /** Elements the document may hold (attributes and text are bounded by its length). */
  nodes: number;
  /** Attributes one element may carry (a check for repeats is quadratic in them). */
  attributes: number;
}

export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

const NAME_START = String.raw`:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}`;
const NAME = new RegExp(`[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*`, 'uy');
const NOT_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const XML_DECL = /<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.[0-9]+"|'1\.[0-9]+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;
// Anything in a text or attribute value that needs more than a slice: markup, references, line ends, odd characters.
const SPECIAL_VALUE = /[<&\t\n\r\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const SPECIAL_TEXT = /[&\r\]\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
// Text runs longer than this are passed on before their end arrives, so a long text never waits whole in the buffer.
const TEXT_FLUSH = 1 << 16;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
const isAsciiNameChar = (c: number): boolean =>
  ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e;

type Scope = Map<string, string>;

export class XmlScanner {
  private buf = '';
  private pos = 0;
  /** Lines dropped from the front of `buf` so far, and the characters dropped since the last of them (for positions in messages). */
  private droppedLines = 0;
  private droppedColumn = 0;
  private readonly names: string[] = [];
  /** The start tag being read: attribute names and values as written, reused from tag to tag. */
  private readonly raw: string[] = [];
  private readonly scopes: Scope[] = [];
  private scope: Scope = new Map([['xml', XML_NS]]);
  private nodes = 0;
  private started = false;
  private rootDone = false;
  private first = true;

  /** `own` gives each string value (text, attribute value) as the caller wants to keep it; by default the slice itself. */
  constructor(
    private readonly handler: XmlHandler,
    private readonly limits: XmlLimits,
    private readonly own: (text: string) => string = (text) => text,
  ) {}

  /** Starts the element count again (streaming counts the elements of the current item only). */
  resetNodes(): void {
    this.nodes = 0;
  }

  write(chunk: string): void {
    if (this.pos > 0) {
      const gone = this.buf.slice(0, this.pos);
      const last = gone.lastIndexOf('\n');
      this.droppedColumn = last < 0 ? this.droppedColumn + gone.length : gone.length - last - 1;
      for (let i = gone.indexOf('\n'); i >= 0; i = gone.indexOf('\n', i + 1)) this.droppedLines++;
      this.buf = this.buf.slice(this.pos) + chunk;
      this.pos = 0;
    } else {
      this.buf += chunk;
    }
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (!this.started) throw this.malformed('the body has no root element; expected an XML document');
    if (!this.rootDone) throw this.malformed(`the document ends inside <${this.names[this.names.length - 1]}>; expected its end tag`);
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    if (this.first) {
      if (buf.length < 6 && !final) return;
      this.first = false;
      if (buf.charCodeAt(0) === 0xfeff) this.pos = 1;
      let p = this.pos;
      while (p < buf.length && isSpace(buf.charCodeAt(p))) p++;
      if (buf.startsWith('<?xml', p) && isSpace(buf.charCodeAt(p + 5))) {
        const end = buf.indexOf('?>', p);
        if (end < 0) {
          if (!final) return void (this.first = true);
          throw this.malformed('the XML declaration is not closed');
        }
        XML_DECL.lastIndex = p;
        if (!XML_DECL.test(buf) || XML_DECL.lastIndex !== end + 2) throw this.malformed('the XML declaration is malformed; expected <?xml version="1.0" …?>', p);
        this.pos = end + 2;
      }
    }
    const length = buf.length;
    while (this.pos < length) {
      const p = this.pos;
      if (buf.charCodeAt(p) !== 0x3c /* < */) {
        let lt = buf.indexOf('<', p);
        if (lt < 0) {
          if (!final) {
            if (length - p < TEXT_FLUSH || this.names.length === 0) return;
            lt = safeCut(buf, p, length);
          } else lt = length;
        }
        this.characters(p, lt);
        this.pos = lt;
        continue;
      }
      if (p + 1 >= length) {
        if (final) throw this.malformed('the document ends inside markup');
        return;
      }
      const c = buf.charCodeAt(p + 1);
      let next: number;
      if (c === 0x2f /* / */) next = this.endTag(p, final);
      else if (c === 0x21 /* ! */) next = this.bang(p, final);
      else if (c === 0x3f /* ? */) next = this.instruction(p, final);
      else next = this.startTag(p, final);
      if (next < 0) return;
      this.pos = next;
    }
  }

  private characters(start: number, end: number): void {
    const buf = this.buf;
    if (this.names.length === 0) {
      for (let i = start; i < end; i++) {
        if (!isSpace(buf.charCodeAt(i))) throw this.malformed(this.started ? 'content after the root element; expected exactly one root element' : 'text before the root element', i);
      }
      return;
    }
    if (this.handler.ignoresLayout?.()) {
      let i = start;
      while (i < end && isSpace(buf.charCodeAt(i))) i++;
      // Whitespace only: nothing in it to check or report.
      if (i === end) return;
    }
    let text = buf.slice(start, end);
    if (!SPECIAL_TEXT.test(text)) {
      this.handler.text(this.own(text), false, false);
      return;
    }
    if (NOT_CHAR.test(text)) throw this.malformed('the text holds a character XML 1.0 cannot carry', start + text.search(NOT_CHAR));
    const close = text.indexOf(']]>');
    if (close >= 0) throw this.malformed('"]]>" is not allowed in text', start + close);
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
    const literal = text.includes('&');
    if (literal) text = this.references(text, start);
    this.handler.text(this.own(text), false, literal);
  }

  /** Replaces entity and character references; only the five predefined entities exist (no DOCTYPE, no others). */
  private references(text: string, at: number): string {
    return text.replace(/&([^;&]*)(;?)/g, (whole, name: string, semi: string, offset: number) => {
      if (semi !== ';') throw this.malformed('a "&" that starts no reference; expected &amp;', at + offset);
      if (name.startsWith('#')) {
        const code = /^#x[0-9a-fA-F]{1,6}$/.test(name) ? parseInt(name.slice(2), 16) : /^#[0-9]{1,7}$/.test(name) ? parseInt(name.slice(1), 10) : NaN;
        const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
        if (!ok) throw this.malformed(`the character reference ${whole} names no XML character`, at + offset);
        return String.fromCodePoint(code);
      }
      const value = Object.hasOwn(ENTITIES, name) ? ENTITIES[name] : undefined;
      if (value === undefined) throw this.malformed(`undefined entity &${name.slice(0, 40)};; only &lt; &gt; &amp; &quot; &apos; and character references exist without a DOCTYPE`, at + offset);
      return value;
    });
  }

  private name(at: number): number {
    const buf = this.buf;
    let q = at;
    const c = buf.charCodeAt(q);
    if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f || c === 0x3a) {
      q++;
      while (isAsciiNameChar(buf.charCodeAt(q))) q++;
      if (q >= buf.length || buf.charCodeAt(q) < 0x80) return q;
    }
    NAME.lastIndex = at;
    return NAME.test(buf) ? NAME.lastIndex : at;
  }

  private startTag(p: number, final: boolean): number {
    const buf = this.buf;
    if (buf.indexOf('>', p) < 0) return this.incomplete(final, 'a start tag', p);
    if (this.rootDone) throw this.malformed('a second root element; expected exactly one root element', p);
    const nameEnd = this.name(p + 1);
    if (nameEnd === p + 1) throw this.malformed('a "<" that starts no tag', p);
    const qname = buf.slice(p + 1, nameEnd);
    const raw = this.raw;
    let count = 0;
    let q = nameEnd;
    let selfClosing = false;
    for (;;) {
      let space = false;
      let c = buf.charCodeAt(q);
      while (isSpace(c)) {
        space = true;
        c = buf.charCodeAt(++q);
      }
      if (q >= buf.length) return this.incomplete(final, 'a start tag', p);
      if (c === 0x3e) {
        q++;
        break;
      }
      if (c === 0x2f) {
        if (q + 1 >= buf.length) return this.incomplete(final, 'a start tag', p);
        if (buf.charCodeAt(q + 1) !== 0x3e) throw this.malformed(`a "/" inside <${qname}>; expected "/>"`, q);
        q += 2;
        selfClosing = true;
        break;
      }
      const attrEnd = space ? this.name(q) : q;
      if (attrEnd === q) throw this.malformed(`<${qname}> has malformed attributes; expected name="value"`, q);
      if (count >= 2 * this.limits.attributes) {
        throw new CodecError('limit', `Invalid XML body: an element has more than ${this.limits.attributes} attributes (the attribute limit).`, { limit: 'attributes' });
      }
      const attr = buf.slice(q, attrEnd);
      q = attrEnd;
      while (isSpace(buf.charCodeAt(q))) q++;
      if (q >= buf.length) return this.incomplete(final, 'a start tag', p);
      if (buf.charCodeAt(q) !== 0x3d) throw this.malformed(`the attribute ${attr} of <${qname}> has no "="`, q);
      q++;
      while (isSpace(buf.charCodeAt(q))) q++;
      const quote = buf.charCodeAt(q);
      if (q >= buf.length) return this.incomplete(final, 'a start tag', p);
      if (quote !== 0x22 && quote !== 0x27) throw this.malformed(`the value of ${attr} in <${qname}> is not quoted`, q);
      const close = buf.indexOf(quote === 0x22 ? '"' : "'", q + 1);
      if (close < 0) return this.incomplete(final, 'a start tag', p);
      const value = this.attributeValue(q + 1, close, attr);
      raw[count++] = attr;
      raw[count++] = value;
      q = close + 1;
      const after = buf.charCodeAt(q);
      if (q < buf.length && !isSpace(after) && after !== 0x3e && after !== 0x2f) throw this.malformed(`<${qname}> needs a space between attributes`, q);
    }
    this.open(qname, count, p);
    if (selfClosing) this.closeTop();
    return q;
  }

  private attributeValue(start: number, end: number, attr: string): string {
    let value = this.buf.slice(start, end);
    if (!SPECIAL_VALUE.test(value)) return this.own(value);
    if (value.includes('<')) throw this.malformed(`the value of ${attr} holds "<"`, start + value.indexOf('<'));
    if (NOT_CHAR.test(value)) throw this.malformed(`the value of ${attr} holds a character XML 1.0 cannot carry`, start);
    // Raw tabs and line ends read as spaces (§3.3.3); those written as references stay.
    if (/[\t\n\r]/.test(value)) value = value.replace(/\r\n|[\t\n\r]/g, ' ');
    if (value.includes('&')) value = this.references(value, start);
    return this.own(value);
  }

  /** Opens the element `qname` with the first `count` entries of `raw` (names and values). */
  private open(qname: string, count: number, at: number): void {
    const raw = this.raw;
    if (this.names.length >= this.limits.depth) {
      throw new CodecError('limit', `Invalid XML body: elements nest deeper than ${this.limits.depth} levels (the depth limit) at <${qname}>.`, { limit: 'depth' });
    }
    let scope = this.scope;
    let attributes: string[] | undefined;
    if (count > 0) {
      for (let i = 0; i < count; i += 2) {
        const name = raw[i]!;
        if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
        const value = raw[i + 1]!;
        const prefix = name === 'xmlns' ? '' : name.slice(6);
        if (prefix === 'xmlns' || (prefix === 'xml') !== (value === XML_NS) || value === XMLNS_NS) throw this.malformed(`${name}="${value}" binds a reserved prefix or namespace`, at);
        if (prefix !== '' && value === '') throw this.malformed(`${name}="" undeclares a prefix, which XML 1.0 namespaces do not allow`, at);
        if (scope === this.scope) scope = new Map(scope);
        scope.set(prefix, value);
      }
      for (let i = 0; i < count; i += 2) {
        const name = raw[i]!;
        if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
        const colon = name.indexOf(':');
        const ns = colon < 0 ? '' : this.namespaceOf(scope, name.slice(0, colon), name, at);
        const local = colon < 0 ? name : name.slice(colon + 1);
        attributes ??= [];
        for (let k = 0; k < attributes.length; k += 3) {
          if (attributes[k] === ns && attributes[k + 1] === local) throw this.malformed(`<${qname}> has the attribute ${name} twice`, at);
        }
        attributes.push(ns, local, raw[i + 1]!);
      }
    }
    const colon = qname.indexOf(':');
    const ns = colon < 0 ? scope.get('') || undefined : this.namespaceOf(scope, qname.slice(0, colon), qname, at);
    if (++this.nodes > this.limits.nodes) throw this.tooMany();
    this.scopes.push(this.scope);
    this.scope = scope;
    this.names.push(qname);
    this.started = true;
    this.handler.open(ns, colon < 0 ? qname : qname.slice(colon + 1), attributes);
  }

  private namespaceOf(scope: Scope, prefix: string, qname: string, at: number): string {
    if (prefix === '' || qname.endsWith(':')) throw this.malformed(`${qname} is not a qualified name`, at);
    const ns = scope.get(prefix);
    if (ns !== undefined) return ns;
    // The OpenAPI 3.2 examples write xsi:nil without declaring xsi; read it as the XML Schema instance namespace.
    if (prefix === 'xsi') return XSI_NS;
    throw this.malformed(`the prefix ${prefix} of ${qname} is not declared`, at);
  }

  private closeTop(): void {
    this.names.pop();
    this.scope = this.scopes.pop()!;
    if (this.names.length === 0) this.rootDone = true;
    this.handler.close();
  }

  private endTag(p: number, final: boolean): number {
    const buf = this.buf;
    const gt = buf.indexOf('>', p);
    if (gt < 0) return this.incomplete(final, 'an end tag', p);
    const nameEnd = this.name(p + 2);
    const name = buf.slice(p + 2, nameEnd);
    let q = nameEnd;
    while (isSpace(buf.charCodeAt(q))) q++;
    if (q !== gt || nameEnd === p + 2) throw this.malformed('a malformed end tag', p);
    const open = this.names[this.names.length - 1];
    if (open !== name) throw this.malformed(open === undefined ? `the end tag </${name}> closes nothing` : `the end tag </${name}> does not match <${open}>`, p);
    this.closeTop();
    return gt + 1;
  }

  private bang(p: number, final: boolean): number {
    const buf = this.buf;
    if (buf.startsWith('<!--', p)) {
      const end = buf.indexOf('-->', p + 4);
      if (end < 0) return this.incomplete(final, 'a comment', p);
      if (buf.indexOf('--', p + 4) !== end) throw this.malformed('"--" inside a comment', p);
      if (NOT_CHAR.test(buf.slice(p + 4, end))) throw this.malformed('a comment holds a character XML 1.0 cannot carry', p);
      return end + 3;
    }
    if (buf.startsWith('<![CDATA[', p)) {
      if (this.names.length === 0) throw this.malformed('a CDATA section outside the root element', p);
      const end = buf.indexOf(']]>', p + 9);
      if (end < 0) return this.incomplete(final, 'a CDATA section', p);
      let text = buf.slice(p + 9, end);
      if (NOT_CHAR.test(text)) throw this.malformed('a CDATA section holds a character XML 1.0 cannot carry', p);
      if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
      this.handler.text(this.own(text), true, false);
      return end + 3;
    }
    if (buf.length - p < 9 && !final && ('<![CDATA['.startsWith(buf.slice(p)) || '<!DOCTYPE'.startsWith(buf.slice(p)))) return -1;
    if (buf.startsWith('<!DOCTYPE', p)) throw this.malformed('a DOCTYPE is not accepted (entity declarations are how entity bombs arrive)', p);
    throw this.malformed('a "<!" that starts no comment or CDATA section', p);
  }

  private instruction(p: number, final: boolean): number {
    const buf = this.buf;
    const end = buf.indexOf('?>', p + 2);
    if (end < 0) return this.incomplete(final, 'a processing instruction', p);
    const nameEnd = this.name(p + 2);
    const target = buf.slice(p + 2, nameEnd);
    if (target === '' || target.includes(':')) throw this.malformed('a processing instruction without a target', p);
    if (target.toLowerCase() === 'xml') throw this.malformed('an XML declaration that is not at the start of the document', p);
    if (nameEnd !== end && !isSpace(buf.charCodeAt(nameEnd))) throw this.malformed(`a malformed processing instruction <?${target}`, p);
    if (NOT_CHAR.test(buf.slice(nameEnd, end))) throw this.malformed('a processing instruction holds a character XML 1.0 cannot carry', p);
    return end + 2;
  }

  private tooMany(): CodecError {
    return new CodecError('limit', `Invalid XML body: more than ${this.limits.nodes} elements (the node limit).`, { limit: 'nodes' });
  }

  private incomplete(final: boolean, what: string, at: number): number {
    if (final) throw this.malformed(`the document ends inside ${what}`, at);
    return -1;
  }

  private malformed(reason: string, at = this.pos): CodecError {
    const before = this.buf.slice(0, at);
    let lines = this.droppedLines;
    for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
    const newline = before.lastIndexOf('\n');
    const column = newline < 0 ? this.droppedColumn + at + 1 : at - newline;
    return new CodecError('malformed', `Invalid XML body: ${reason} (line ${lines + 1}, column ${column}).`);
  }
}

/** Where a long, unfinished text run can be cut without splitting a reference, a CRLF or a "]]>". */
function safeCut(buf: string, start: number, end: number): number {
  let cut = end;
  const amp = buf.lastIndexOf('&', cut - 1);
  if (amp >= start && buf.indexOf(';', amp) < 0) cut = amp;
  while (cut > start && (buf.charCodeAt(cut - 1) === 0x0d || buf.charCodeAt(cut - 1) === 0x5d)) cut--;
  return cut;
}
