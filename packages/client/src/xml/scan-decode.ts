// Written by hand because no JavaScript XML parser comes near JSON.parse's speed (saxes alone is ~4× the JSON path).
//
// The compiled fast path of @vbem/codec for this spec's plainest schemas: one pass over the whole text with
// indexOf/charCodeAt, building the schema's normalised value straight from the descriptor (no events, no tag objects),
// with an explicit stack (no recursion, any depth). It accepts only a strict subset of XML 1.0 that it checks completely:
// an optional `<?xml version="1.0" …?>`, comments, processing instructions, ASCII names without prefixes (every element
// in the root's default namespace, the schema's), CDATA outside scalars, the five predefined entities and character
// references. Whatever it does not accept — anything malformed, a DOCTYPE, a wrong root or namespace, a bad, doubled or
// missing field, xsi:nil, or anything outside that subset — goes to @vbem/codec, which then decides and words the error.
// So the answer is always the codec's; this only has to be (1) never more lenient than the codec and (2) build the same
// value. test/xml-codec/scan-differential.test.ts holds it to both.
import { builders } from '../generated/xml-builders.gen.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from '../limits.ts';
import { decodeXmlWithCodec } from '../codec.ts';
import { type Plan, planOf, type Role } from './plan.ts';

/** Thrown inside the scanner when the text is not (or not certainly) a well-formed, valid document of its subset. */
const NOT_MINE: unique symbol = Symbol('not mine');

const SCHEMA = 0;
const WRAPPER = 1;
const TEXT = 2;
const SKIP = 3;

interface Frame {
  kind: number;
  plan: Plan | undefined;
  /** The plan's lookup, for a schema element. */
  lookup: Lookup | undefined;
  slots: unknown[];
  owner: Frame | undefined;
  index: number;
  /** Is an item of an array. */
  item: boolean;
  text: string;
}

/** The most attributes on an element the scanner reads itself (the spec's examples carry at most 5). */
const SCAN_ATTRIBUTES = 8;

const SKIPPED: Frame = { kind: SKIP, plan: undefined, lookup: undefined, slots: [], owner: undefined, index: -1, item: false, text: '' };
const PENDING = Symbol('pending');
const BLANK = /^\s*$/;
// Any character XML 1.0 cannot carry (controls, lone surrogates, U+FFFE/U+FFFF): such a text is left to the codec. The loops
// over names, values and text check each character themselves; this is for comments, PIs and CDATA, skipped by indexOf.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const checkChars = (text: string, start: number, end: number): void => {
  if (NOT_XML_CHAR.test(text.slice(start, end))) throw NOT_MINE;
};

/** At a character ≥ U+D800 at `i`: where its code point ends (a surrogate pair is two), or NOT_MINE if it is not a Char. */
function high(text: string, i: number, c: number): number {
  if (c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return i + 1;
    throw NOT_MINE;
  }
  if (c <= 0xdfff || c >= 0xfffe) throw NOT_MINE;
  return i;
}
// The XML declaration this scanner takes (others, such as version 1.1 or spaces around `=`, go to the codec).
const XML_DECL =
  /<\?xml[ \t\r\n]+version=(?:"1\.0"|'1\.0')(?:[ \t\r\n]+encoding=(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\r\n]+standalone=(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>/y;

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
// ASCII names only: a letter or `_` first, then letters, digits, `_`, `-`, `.`, `:`.
const isNameStart = (c: number): boolean => ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c === 0x5f;
const isNameChar = (c: number): boolean =>
  ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e;

/** A character reference's code point, if it is a Char (XML 1.0 §2.2); else NOT_MINE. */
function charRef(text: string, start: number, end: number): string {
  let code = 0;
  if (text.charCodeAt(start) === 0x78 /* x */) {
    if (end - start < 2 || end - start > 9) throw NOT_MINE;
    for (let i = start + 1; i < end; i++) {
      const c = text.charCodeAt(i);
      const digit = c >= 0x30 && c <= 0x39 ? c - 0x30 : (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66 ? (c | 0x20) - 0x57 : -1;
      if (digit < 0) throw NOT_MINE;
      code = code * 16 + digit;
    }
  } else {
    if (end - start < 1 || end - start > 10) throw NOT_MINE;
    for (let i = start; i < end; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x30 || c > 0x39) throw NOT_MINE;
      code = code * 10 + (c - 0x30);
    }
  }
  const ok = code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
  if (!ok) throw NOT_MINE;
  return String.fromCodePoint(code);
}

/** The reference starting at `amp` (`&…;`), and where it ends (after `;`) in `refEnd`. */
let refEnd = 0;
function reference(text: string, amp: number, limit: number): string {
  const semi = text.indexOf(';', amp + 1);
  if (semi < 0 || semi >= limit) throw NOT_MINE;
  refEnd = semi + 1;
  const length = semi - amp - 1;
  if (text.charCodeAt(amp + 1) === 0x23 /* # */) return charRef(text, amp + 2, semi);
  if (length === 2 && text.startsWith('lt', amp + 1)) return '<';
  if (length === 2 && text.startsWith('gt', amp + 1)) return '>';
  if (length === 3 && text.startsWith('amp', amp + 1)) return '&';
  if (length === 4 && text.startsWith('quot', amp + 1)) return '"';
  if (length === 4 && text.startsWith('apos', amp + 1)) return "'";
  throw NOT_MINE; // an undefined entity (or a malformed one): the codec refuses it
}

/**
 * An attribute value between its quotes: references replaced, then (for the raw characters only) line ends
 * normalised (§2.11) and tab/LF/CR made spaces (§3.3.3, CDATA type). `<` is not allowed. With `keep` false, only checks.
 */
function attributeValue(text: string, start: number, end: number, keep: boolean): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x3c) {
      if (c >= 0xd800) i = high(text, i, c);
      continue;
    }
    if (c !== 0x26 && c !== 0x3c && c >= 0x20) continue;
    if (c === 0x3c) throw NOT_MINE;
    if (c === 0x26) {
      const value = reference(text, i, end);
      if (keep) out += text.slice(from, i) + value;
      i = refEnd - 1;
      from = refEnd;
    } else {
      // \t, \n or \r; \r\n is one line end, so one space.
      if (c !== 0x09 && c !== 0x0a && c !== 0x0d) throw NOT_MINE;
      if (keep) out += `${text.slice(from, i)} `;
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    }
  }
  if (!keep) return '';
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}

// Where the next `&`, `<`, tab, LF, CR and other odd character (a control, a surrogate, U+FFFE/U+FFFF) are, each found
// by one native search and kept until passed: most attribute values hold none, and checking them a character at a time
// was a third of the scan. Reset by scan(), which runs synchronously.
let nextAmp = -1;
let nextLt = -1;
let nextTab = -1;
let nextLf = -1;
let nextCr = -1;
let nextOdd = -1;
// One class for these is about twice as slow as this one plus a native indexOf for each of `&`, tab and CR.
const ODD = /[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/g;
const nextOf = (text: string, what: string, from: number): number => {
  const at = text.indexOf(what, from);
  return at < 0 ? text.length : at;
};

/** Whether an attribute value's characters are all kept as they are (attributeValue would return them unchanged). */
function plain(text: string, start: number, end: number): boolean {
  if (nextAmp < start) nextAmp = nextOf(text, '&', start);
  if (nextLt < start) nextLt = nextOf(text, '<', start);
  if (nextTab < start) nextTab = nextOf(text, '\t', start);
  if (nextLf < start) nextLf = nextOf(text, '\n', start);
  if (nextCr < start) nextCr = nextOf(text, '\r', start);
  if (nextOdd < start) {
    ODD.lastIndex = start;
    nextOdd = ODD.test(text) ? ODD.lastIndex - 1 : text.length;
  }
  return nextAmp >= end && nextLt >= end && nextTab >= end && nextLf >= end && nextCr >= end && nextOdd >= end;
}

/** Character data between markup: references replaced, line ends normalised, `]]>` refused. With `keep` false, only checks. */
function charData(text: string, start: number, end: number, keep: boolean): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800) i = high(text, i, c);
    else if (c < 0x20) {
      if (c === 0x0d) {
        if (keep) out += `${text.slice(from, i)}\n`;
        if (text.charCodeAt(i + 1) === 0x0a) i++;
        from = i + 1;
      } else if (c !== 0x09 && c !== 0x0a) throw NOT_MINE;
    } else if (c === 0x26) {
      const value = reference(text, i, end);
      if (keep) out += text.slice(from, i) + value;
      i = refEnd - 1;
      from = refEnd;
    } else if (c === 0x5d) {
      if (text.charCodeAt(i + 1) === 0x5d && text.charCodeAt(i + 2) === 0x3e) throw NOT_MINE;
    }
  }
  if (!keep) return '';
  return from === start ? text.slice(start, end) : out + text.slice(from, end);
}


/** Skips a comment or processing instruction at `at` (`<!--` or `<?`); returns where it ends, or -1 when it is neither. */
function misc(text: string, at: number): number {
  const c = text.charCodeAt(at + 1);
  if (c === 0x21 /* ! */) {
    if (!text.startsWith('<!--', at)) return -1;
    const end = text.indexOf('-->', at + 4);
    // `--` is not allowed inside a comment, nor `-` just before `-->`.
    if (end < 0 || text.indexOf('--', at + 4) !== end) throw NOT_MINE;
    checkChars(text, at + 4, end);
    return end + 3;
  }
  if (c === 0x3f /* ? */) {
    let p = at + 2;
    if (!isNameStart(text.charCodeAt(p))) throw NOT_MINE;
    while (isNameChar(text.charCodeAt(p))) p++;
    // A target of xml in any case is reserved (and a declaration that is not first is an error).
    if (p - at - 2 === 3 && text.slice(at + 2, p).toLowerCase() === 'xml') throw NOT_MINE;
    if (text.charCodeAt(p) === 0x3f && text.charCodeAt(p + 1) === 0x3e) return p + 2;
    if (!isSpace(text.charCodeAt(p))) throw NOT_MINE;
    const end = text.indexOf('?>', p);
    if (end < 0) throw NOT_MINE;
    checkChars(text, p, end);
    return end + 2;
  }
  return -1;
}

/** Whitespace, comments and processing instructions from `p`; returns where something else starts (or the end). */
function skipMisc(text: string, p: number): number {
  for (;;) {
    while (p < text.length && isSpace(text.charCodeAt(p))) p++;
    if (p >= text.length || text.charCodeAt(p) !== 0x3c) return p;
    const next = misc(text, p);
    if (next < 0) return p;
    p = next;
  }
}

/** A plan's attribute and element names as arrays, to match names in the text without slicing them out. */
interface Lookup {
  /** The slot of the schema's attribute whose name (followed by a character no name holds) is at `start`, or -1; its length in `attributeLength`. */
  attributeAt: (text: string, start: number) => number;
  attributeLength: number;
  elementNames: string[];
  elementRoles: Role[];
  /** The element's value from its slots (generated), or undefined when a field is bad or missing. */
  build: (slots: unknown[]) => Record<string, unknown> | undefined;
}
const lookups = new Map<Plan, Lookup>();
function lookupOf(plan: Plan): Lookup {
  let lookup = lookups.get(plan);
  if (lookup === undefined) {
    const build = builders[plan.schema.name];
    if (!build) throw new Error(`no builder for ${plan.schema.name}: run \`pnpm generate\``);
    const names = [...plan.attributes.keys()];
    const slots = [...plan.attributes.values()];
    let last = 0;
    const found: Lookup = {
      // Tried from the one after the last found: attributes mostly come in the schema's order.
      attributeAt: (text, start) => {
        const n = names.length;
        for (let i = 0, k = last; i < n; i++, k = k + 1 === n ? 0 : k + 1) {
          const name = names[k]!;
          if (at(text, start, name) && !isNameChar(text.charCodeAt(start + name.length))) {
            found.attributeLength = name.length;
            last = k + 1 === n ? 0 : k + 1;
            return slots[k]!;
          }
        }
        return -1;
      },
      attributeLength: 0,
      elementNames: [...plan.elements.keys()],
      elementRoles: [...plan.elements.values()],
      build,
    };
    lookup = found;
    lookups.set(plan, lookup);
  }
  return lookup;
}

/** Whether `name` is at `start` in `text`: a loop over char codes, as the builtin startsWith is several times slower on short names. */
function at(text: string, start: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) if (text.charCodeAt(start + i) !== name.charCodeAt(i)) return false;
  return true;
}

/** The index in `names` of the name at `start` (`length` long), or -1. */
function find(text: string, start: number, length: number, names: string[]): number {
  for (let k = 0; k < names.length; k++) {
    const name = names[k]!;
    if (name.length === length && at(text, start, name)) return k;
  }
  return -1;
}

/** Whether the `length` characters at `a` and at `b` are the same. */
function same(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** The scanner alone: the value, or NOT_MINE. Exported for the tests, which hold it to the codec without the fallback. */
export function scanXml(text: string, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): Record<string, unknown> | typeof NOT_MINE {
  // Schemas outside the compiled fast path (src/generated/descriptor.gen.ts says why) are the codec's alone.
  if (builders[schemaName] === undefined) return NOT_MINE;
  try {
    return scan(text, schemaName, limits);
  } catch (error) {
    if (error === NOT_MINE) return NOT_MINE;
    throw error;
  }
}
export { NOT_MINE };

function scan(text: string, schemaName: string, { maxDepth, maxNodes }: DecodeLimits): Record<string, unknown> {
  const root = planOf(schemaName);
  const length = text.length;
  nextAmp = nextLt = nextTab = nextLf = nextCr = nextOdd = -1;
  // As the codec: one leading BOM, then whitespace (not well-formed before a declaration, but always taken).
  let p = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (p < length && isSpace(text.charCodeAt(p))) p++;
  XML_DECL.lastIndex = p;
  if (text.startsWith('<?xml', p) && isSpace(text.charCodeAt(p + 5))) {
    if (!XML_DECL.test(text)) throw NOT_MINE;
    p = XML_DECL.lastIndex;
  }
  p = skipMisc(text, p);
  if (p >= length) throw NOT_MINE; // no root (an empty body): the codec says so

  // The open elements: where each name starts and its length (for the end tag), and its frame.
  const nameAt: number[] = [];
  const nameLength: number[] = [];
  const frames: Frame[] = [];
  const pool: Frame[] = [];
  const seenAt: number[] = [];
  const seenLength: number[] = [];
  let result: Record<string, unknown> | undefined;
  let nodes = 0;

  const frame = (kind: number, plan: Plan | undefined, owner: Frame | undefined, index: number, item: boolean): Frame => {
    const reused = pool.pop();
    const lookup = kind === SCHEMA ? lookupOf(plan!) : undefined;
    if (reused === undefined) return { kind, plan, lookup, slots: [], owner, index, item, text: '' };
    reused.kind = kind;
    reused.plan = plan;
    reused.lookup = lookup;
    reused.owner = owner;
    reused.index = index;
    reused.item = item;
    return reused;
  };

  for (;;) {
    // p is at a `<` inside the root element (or the root's own start tag).
    if (text.charCodeAt(p) !== 0x3c) throw NOT_MINE;
    const c = text.charCodeAt(p + 1);
    if (c === 0x2f /* / */) {
      // An end tag: the name of the open element, then optional whitespace, then `>`.
      const depth = nameAt.length - 1;
      if (depth < 0) throw NOT_MINE;
      const at = nameAt[depth]!;
      const n = nameLength[depth]!;
      let q = p + 2;
      for (let i = 0; i < n; i++) if (text.charCodeAt(q + i) !== text.charCodeAt(at + i)) throw NOT_MINE;
      q += n;
      let d = text.charCodeAt(q);
      while (isSpace(d)) d = text.charCodeAt(++q);
      if (d !== 0x3e) throw NOT_MINE;
      p = q + 1;
      nameAt.pop();
      nameLength.pop();
      close(frames.pop()!);
    } else if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      if (nameAt.length === 0) throw NOT_MINE;
      if (c === 0x21 && text.startsWith('<![CDATA[', p)) {
        const end = text.indexOf(']]>', p + 9);
        if (end < 0) throw NOT_MINE;
        checkChars(text, p + 9, end);
        // CDATA in a scalar: the codec tells its layout from its content.
        if (frames[frames.length - 1]!.kind === TEXT) throw NOT_MINE;
        p = end + 3;
      } else {
        const next = misc(text, p);
        if (next < 0) throw NOT_MINE; // <!DOCTYPE, <!ELEMENT… inside content, or anything else
        p = next;
      }
    } else {
      // A start tag.
      if (!isNameStart(c)) throw NOT_MINE;
      // Past a limit (limits.ts): the codec stops at the same element and names the limit.
      if (nameAt.length >= maxDepth || ++nodes > maxNodes) throw NOT_MINE;
      const tagAt = p;
      let q = p + 2;
      for (let d = text.charCodeAt(q); isNameChar(d); d = text.charCodeAt(++q)) if (d === 0x3a) throw NOT_MINE; // a prefix: the codec resolves it
      const nameLen = q - p - 1;
      // Names are matched in place against the descriptor's.
      const isRoot = frames.length === 0;
      const opened = open(p + 1, nameLen);
      let declared: string | undefined;
      const known = opened.lookup;
      // Attributes: whitespace, name, `=`, quoted value; names must not repeat (as written, prefix included).
      let count = 0;
      let selfClosing = false;
      for (;;) {
        let d = text.charCodeAt(q);
        let space = false;
        while (isSpace(d)) {
          space = true;
          d = text.charCodeAt(++q);
        }
        if (d === 0x3e) {
          q++;
          break;
        }
        if (d === 0x2f) {
          if (text.charCodeAt(q + 1) !== 0x3e) throw NOT_MINE;
          q += 2;
          selfClosing = true;
          break;
        }
        if (!space || !isNameStart(d)) throw NOT_MINE;
        const start = q;
        let attributeColon = false;
        // One of the schema's attributes, matched in place; a second one is a repeat (attributes come before any child fills a slot).
        let slot = known === undefined ? -1 : known.attributeAt(text, start);
        if (slot >= 0) {
          if (opened.slots[slot] !== undefined) throw NOT_MINE;
          q += known!.attributeLength;
          d = text.charCodeAt(q);
        } else {
          for (d = text.charCodeAt(++q); isNameChar(d); d = text.charCodeAt(++q)) if (d === 0x3a) attributeColon = true;
          const length = q - start;
          // Other names: the check for repeats is quadratic, so past EM's few attributes the codec (which caps them) takes the document.
          if (count === SCAN_ATTRIBUTES) throw NOT_MINE;
          for (let i = 0; i < count; i++) if (seenLength[i] === length && same(text, seenAt[i]!, start, length)) throw NOT_MINE;
          seenAt[count] = start;
          seenLength[count++] = length;
        }
        while (isSpace(d)) d = text.charCodeAt(++q);
        if (d !== 0x3d /* = */) throw NOT_MINE;
        d = text.charCodeAt(++q);
        while (isSpace(d)) d = text.charCodeAt(++q);
        if (d !== 0x22 && d !== 0x27) throw NOT_MINE;
        const end = text.indexOf(d === 0x22 ? '"' : "'", q + 1);
        if (end < 0) throw NOT_MINE;
        if (attributeColon) {
          // Prefix declarations are taken (EM declares xsd and xsi) as long as no name uses a prefix; xsi:nil and the like go to the codec.
          if (!text.startsWith('xmlns:', start)) throw NOT_MINE;
        } else if (slot < 0 && seenLength[count - 1] === 5 && at(text, start, 'xmlns')) {
          // The default namespace is declared on the root only, as the schema's.
          if (!isRoot) throw NOT_MINE;
          declared = attributeValue(text, q + 1, end, true);
          if (declared !== (root.schema.xml.namespace ?? '')) throw NOT_MINE;
        }
        if (plain(text, q + 1, end)) {
          if (slot >= 0) opened.slots[slot] = text.slice(q + 1, end);
        } else if (slot >= 0) opened.slots[slot] = attributeValue(text, q + 1, end, true);
        else attributeValue(text, q + 1, end, false);
        q = end + 1;
      }
      if (isRoot && declared === undefined && root.schema.xml.namespace !== undefined) throw NOT_MINE;
      p = q;
      // A self-closing element is closed at once, never pushed.
      if (selfClosing) close(opened);
      else {
        frames.push(opened);
        nameAt.push(tagAt + 1);
        nameLength.push(nameLen);
      }
    }
    if (nameAt.length === 0) break; // the root closed
    // Character data up to the next markup.
    // The next `<` is often known already, from the attributes' checks.
    const lt = nextLt >= p ? nextLt : nextOf(text, '<', p);
    if (lt === length) throw NOT_MINE;
    if (lt > p) {
      const top = frames[frames.length - 1]!;
      if (top.kind === TEXT) top.text += charData(text, p, lt, true);
      else {
        let i = p;
        while (i < lt && isSpace(text.charCodeAt(i))) i++;
        if (i < lt) charData(text, i, lt, false);
      }
      p = lt;
    }
  }
  // After the root: only whitespace, comments and processing instructions.
  if (skipMisc(text, p) !== length) throw NOT_MINE;
  return result!;

  /** The frame for a start tag whose name is at `start` (`length` long). */
  function open(start: number, length: number): Frame {
    const top = frames[frames.length - 1];
    if (top === undefined) {
      // A wrong root: the codec words it.
      if (result !== undefined || !nameIs(root.schema.xml.name, start, length)) throw NOT_MINE;
      return frame(SCHEMA, root, undefined, -1, false);
    }
    if (top.kind === SCHEMA) {
      let role: Role | undefined;
      const known = top.lookup!;
      const k = find(text, start, length, known.elementNames);
      if (k >= 0) role = known.elementRoles[k];
      if (role === undefined) return SKIPPED;
      const index = role.index;
      switch (role.kind) {
        case 'text':
        case 'object':
          if (top.slots[index] !== undefined) throw NOT_MINE; // a second one: the codec refuses it
          top.slots[index] = PENDING;
          return role.kind === 'text' ? frame(TEXT, undefined, top, index, false) : frame(SCHEMA, role.plan, top, index, false);
        case 'item':
          return frame(SCHEMA, role.plan, top, index, true);
        case 'wrapper':
          return frame(WRAPPER, role.plan, top, index, false);
      }
    }
    if (top.kind === WRAPPER && nameIs(top.owner!.plan!.itemNames[top.index]!, start, length)) {
      return frame(SCHEMA, top.plan, top.owner, top.index, true);
    }
    // A child element inside a scalar: the codec refuses it.
    if (top.kind === TEXT) throw NOT_MINE;
    return SKIPPED;
  }

  function nameIs(name: string, start: number, length: number): boolean {
    return name.length === length && at(text, start, name);
  }

  function close(closed: Frame): void {
    if (closed.kind === SKIP) return;
    const owner = closed.owner;
    const index = closed.index;
    if (closed.kind === TEXT) {
      // Whitespace-only text is layout or content depending on how it was written: the codec tells.
      if (closed.text !== '' && BLANK.test(closed.text)) throw NOT_MINE;
      owner!.slots[index] = closed.text;
    }
    else if (closed.kind === SCHEMA) {
      // A bad or missing field: the codec names it.
      const value = closed.lookup!.build(closed.slots);
      if (value === undefined) throw NOT_MINE;
      if (owner === undefined) result = value;
      else if (!closed.item) owner.slots[index] = value;
      else {
        const items = owner.slots[index] as Record<string, unknown>[] | undefined;
        if (items === undefined) owner.slots[index] = [value];
        else items.push(value);
      }
    }
    // Emptied in place: `length = 0` would drop the backing store and grow a new one for the next element.
    const slots = closed.slots;
    for (let i = 0; i < slots.length; i++) slots[i] = undefined;
    closed.owner = undefined;
    closed.plan = undefined;
    closed.lookup = undefined;
    closed.text = '';
    pool.push(closed);
  }
}

/** Decodes a whole XML document as `schemaName`: the client's XML path. Same answer, value or error, as @vbem/codec. */
export function decodeXmlText(text: string, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): unknown {
  const value = scanXml(text, schemaName, limits);
  return value !== NOT_MINE ? value : decodeXmlWithCodec(text, schemaName, limits);
}

/** Decodes an XML document whose root element is `schemaName`'s element (the client's XML path). */
export async function decodeXml(text: string, schemaName: string): Promise<unknown> {
  return decodeXmlText(text, schemaName);
}
