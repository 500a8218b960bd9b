// A page of members as text, fast: per type, form and combination of enum values, the template is encoded once (by
// @vbem/codec for XML, JSON.stringify for JSON) with markers where a member's own text goes, then split there; a member
// is that text joined with its IDs, names, values and the mock's API root. Cloning and encoding 1,000 entities per page
// would cost more than a client spends reading the page.
import type { Format } from '../negotiate.ts';
import { codec } from '../spec.ts';
import { type Member, variedFields } from './inventory.ts';
import type { Form } from './materialize.ts';
import { apiRoot, queryTypes } from './model.ts';

type Json = Record<string, unknown>;
/** Literal text, or the index of a value the member supplies. */
type Piece = string | number;

// Markers the codec takes for any string or number field (not for enums, which get a template each).
const STRING_MARK = (slot: number) => `QqS${slot}Qq`;
const NUMBER_MARK = (slot: number) => 7_777_000_000_000 + slot;
// In JSON a string marker comes with its quotes (the value brings its own); in XML it sits inside the attribute's.
const MARKS: Record<Format, RegExp> = { json: /"QqS(\d+)Qq"|7777000000(\d{3})/g, xml: /QqS(\d+)Qq|7777000000(\d{3})/g };
// Strings this short are replaced only where they are the whole value (a server named `srv30`), never inside others.
const MIN_INSIDE = 6;

interface Compiled {
  /** Per format: the item's text, split at the slots. */
  pieces: Record<Format, Piece[]>;
  /** Per slot: how to make its value from the member's olds → news. */
  slots: ({ kind: 'text'; parts: Piece[] } | { kind: 'value'; key: string } | { kind: 'date' })[];
}

/** The template strings a member replaces (in a fixed order): IDs, names and varied text of it and of what it belongs to. */
function oldsOf(template: Member): string[] {
  const olds: string[] = [apiRoot];
  for (let t: Member | undefined = template; t; t = t.parent) {
    olds.push(t.id, t.name);
    for (const [name, field] of variedFields(t.type)) if (!field.enum && typeof t.values[name] === 'string') olds.push(t.values[name] as string);
  }
  return olds;
}

/** The member's strings for those olds, in the same order; the API root becomes `base`. */
function newsOf(member: Member, base: string): string[] {
  const news: string[] = [base];
  for (let m: Member | undefined = member; m; m = m.parent) {
    news.push(m.id, m.name);
    for (const [name, field] of variedFields(m.type)) if (!field.enum && typeof m.template.values[name] === 'string') news.push(String(m.values[name] ?? m.template.values[name]));
  }
  return news;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function compile(template: Member, form: Form, enums: Record<string, unknown>): Compiled | undefined {
  const shape = template.example?.[form];
  const model = queryTypes.get(template.type.toLowerCase());
  if (!shape) return undefined;
  const olds = oldsOf(template);
  const exact = new Map(olds.map((old, i) => [old, i] as const).filter(([old]) => old !== '').reverse());
  const long = [...new Set(olds.filter((o) => o.length >= MIN_INSIDE))].sort((a, b) => b.length - a.length);
  const inside = new RegExp(long.map(escapeRegExp).join('|'), 'g');
  const slots: Compiled['slots'] = [];
  const mark = (slot: Compiled['slots'][number], numeric: boolean) => {
    slots.push(slot);
    return numeric ? NUMBER_MARK(slots.length - 1) : STRING_MARK(slots.length - 1);
  };
  const split = (text: string): Piece[] | undefined => {
    const whole = exact.get(text);
    if (whole !== undefined) return [whole];
    const parts: Piece[] = [];
    let at = 0;
    for (const match of text.matchAll(inside)) {
      parts.push(text.slice(at, match.index), olds.indexOf(match[0]));
      at = match.index + match[0].length;
    }
    if (parts.length === 0) return undefined;
    parts.push(text.slice(at));
    return parts;
  };
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const parts = split(value);
      return parts === undefined ? value : mark({ kind: 'text', parts }, false);
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  const marked = walk(shape) as Json;
  if (form === 'entity') {
    for (const [name, field] of variedFields(template.type)) {
      if (!(name in marked)) continue;
      marked[name] = field.enum ? enums[name] : mark({ kind: 'value', key: name }, field.type !== 'string');
    }
    if (model?.dateProperty && model.dateProperty in marked) marked[model.dateProperty] = mark({ kind: 'date' }, false);
  }
  const list = form === 'ref' ? 'Refs' : model?.entitiesList;
  const listSchema = form === 'ref' ? 'EntityReferences' : model?.entitiesListSchema;
  if (!list || !listSchema) return undefined;
  const xml = codec.encodeXml({ [list]: [marked] }, listSchema);
  const rootEnd = xml.indexOf('>', xml.indexOf('<', xml.indexOf('?>') + 2));
  return { slots, pieces: { json: piecesOf(JSON.stringify(marked), 'json'), xml: piecesOf(xml.slice(rootEnd + 1, xml.lastIndexOf('</')), 'xml') } };
}

function piecesOf(text: string, format: Format): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(MARKS[format])) {
    pieces.push(text.slice(at, match.index), Number(match[1] ?? match[2]));
    at = match.index + match[0].length;
  }
  pieces.push(text.slice(at));
  return pieces;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
// JSON.stringify costs more than the member's other work for the short strings most slots hold; it stays for the rest.
const NEEDS_JSON_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
const jsonText = (value: unknown): string => (typeof value === 'string' && !NEEDS_JSON_ESCAPE.test(value) ? `"${value}"` : JSON.stringify(value));
const NEEDS_ESCAPE = /[&<>"]/;
const escapeXml = (text: string) => (NEEDS_ESCAPE.test(text) ? text.replace(/[&<>"]/g, (c) => XML_ESCAPES[c]!) : text);

// Per template member: per form and enum values, its compiled text (undefined: the spec shows no such form).
const compiledByTemplate = new WeakMap<Member, Map<string, Compiled | undefined>>();

/** The member in its reference or entity form, as JSON text or an XML element, with Hrefs under `base`. */
export function render(member: Member, form: Form, format: Format, base: string): string | undefined {
  const template = member.template;
  const fields = variedFields(member.type);
  let key: string = form;
  for (const [name, field] of fields) if (field.enum) key += `,${String(member.values[name])}`;
  let byKey = compiledByTemplate.get(template);
  if (!byKey) compiledByTemplate.set(template, (byKey = new Map()));
  let compiled = byKey.get(key);
  if (!byKey.has(key)) {
    const enums = Object.fromEntries(fields.filter(([, f]) => f.enum).map(([name]) => [name, member.values[name]]));
    byKey.set(key, (compiled = compile(template, form, form === 'entity' ? enums : {})));
  }
  if (!compiled) return undefined;
  const news = newsOf(member, base);
  const json = format === 'json';
  let out = '';
  for (const piece of compiled.pieces[format]) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const slot = compiled.slots[piece]!;
    let value: unknown;
    if (slot.kind === 'text') {
      value = '';
      for (const part of slot.parts) value += typeof part === 'string' ? part : news[part]!;
    } else if (slot.kind === 'date') value = member.time === undefined ? '' : new Date(member.time).toISOString();
    else value = member.values[slot.key] ?? member.template.values[slot.key] ?? null;
    out += json ? jsonText(value) : typeof value === 'string' ? escapeXml(value) : String(value);
  }
  return out;
}
