// Element tree → value, following the model (names and namespaces from the XML Object, see README).
import { CodecError, invalid, mismatch } from '../errors.ts';
import type { Field, Model, ObjectModel, Root, TupleModel, UnionModel, XmlName } from '../model/types.ts';
import { firstThatReads } from '../choose.ts';
import type { Context } from '../options.ts';
import { put } from '../own.ts';
import { readXmlScalar } from '../scalar.ts';
import { XSI_NS } from './scanner.ts';
import type { XmlElement } from './tree.ts';

const key = (ns: string | undefined, local: string): string => `${ns ?? ''}|${local}`;
const nameOf = (name: XmlName, parentNs: string | undefined): string => key(name.ns ?? parentNs, name.local);
export const label = (element: { ns: string | undefined; local: string }): string => `<${element.local}>${element.ns ? ` in ${element.ns}` : ''}`;

/** The text of an element as a scalar reads it: layout-only whitespace is ''. */
const textOf = (element: XmlElement): string => (element.soft ? '' : element.text);

interface Lookup {
  /** Each field's position in the model. */
  index: Map<Field, number>;
  /** The JSON keys of the fields (extra elements never take one). */
  keys: Set<string>;
  /** By local name; the namespace is checked on the field found (a few names share a local name, rarely). */
  attributes: Map<string, Field[]>;
  elements: Map<string, Field[]>;
  text: Field | undefined;
}
const lookups = new WeakMap<ObjectModel, Map<string, Lookup>>();

/** The fields of `model` by the name they have inside an element of namespace `ns`. */
function lookupOf(model: ObjectModel, ns: string | undefined): Lookup {
  // Most schemas are read in one namespace: the first one's lookup is kept on the model.
  const first = model.lookup;
  if (first !== undefined && first.ns === ns) return first.lookup as Lookup;
  const lookup = lookupIn(model, ns);
  if (first === undefined) model.lookup = { ns, lookup };
  return lookup;
}

function lookupIn(model: ObjectModel, ns: string | undefined): Lookup {
  let byNs = lookups.get(model);
  if (!byNs) lookups.set(model, (byNs = new Map()));
  let lookup = byNs.get(ns ?? '');
  if (!lookup) {
    lookup = { index: new Map(model.fields.map((f, i) => [f, i])), keys: new Set(model.fields.map((f) => f.key)), attributes: new Map(), elements: new Map(), text: undefined };
    for (const field of model.fields) {
      if (field.node === 'text') {
        lookup.text = field;
        continue;
      }
      const map = field.node === 'attribute' ? lookup.attributes : lookup.elements;
      const same = map.get(field.name.local) ?? [];
      const fieldNs = field.node === 'attribute' ? field.name.ns : (field.name.ns ?? ns);
      const other = same.find((f) => (field.node === 'attribute' ? f.name.ns : (f.name.ns ?? ns)) === fieldNs);
      if (other) throw new CodecError('unsupported', `Unsupported schema at ${model.title}: properties ${other.key} and ${field.key} both read <${field.name.local}>${ns ? ` in ${ns}` : ''} here.`, { path: model.title });
      map.set(field.name.local, [...same, field]);
    }
    byNs.set(ns ?? '', lookup);
  }
  return lookup;
}

/** The field named `local` in namespace `ns` ('' or undefined for none), if any. */
function find(fields: Field[] | undefined, ns: string | undefined, parentNs: string | undefined, attribute: boolean): Field | undefined {
  if (fields === undefined) return undefined;
  for (const field of fields) {
    const fieldNs = attribute ? field.name.ns : (field.name.ns ?? parentNs);
    if ((fieldNs || undefined) === (ns || undefined)) return field;
  }
  return undefined;
}

export function isNil(a: string[] | undefined): boolean {
  if (!a) return false;
  for (let i = 0; i < a.length; i += 3) if (a[i] === XSI_NS && a[i + 1] === 'nil') return a[i + 2] === 'true' || a[i + 2] === '1';
  return false;
}

/** Decodes the document element as the root. */
export function decodeRoot(root: Root, element: XmlElement, context: Context, path = root.component): unknown {
  const model = root.model;
  if (model.kind === 'union') {
    const named = model.options.find((o) => o.name && o.name.local === element.local && (o.name.ns ?? root.name.ns) === element.ns);
    if (named) return value(named.model, element, root.nullable, path, context, undefined);
    if (root.name.local !== element.local || root.name.ns !== element.ns) {
      const names = [root.name, ...model.options.flatMap((o) => (o.name ? [o.name] : []))].filter((n) => n.local !== '').map((n) => `<${n.local}>`);
      throw new CodecError('invalid', `Invalid XML body: the root element is ${label(element)}; expected ${[...new Set(names)].join(' or ')}.`, { path });
    }
  } else checkRootName(root, element, path);
  return value(model, element, root.nullable, path, context, root.item);
}

/** For a root that is not a union: throws unless the document element has the root's name. */
export function checkRootName(root: Root, element: { ns: string | undefined; local: string }, path: string): void {
  if ((root.name.local !== element.local && root.component !== element.local) || root.name.ns !== element.ns) {
    // A root named as the component itself is taken too: JAXB servers (the petstore's) name roots after the class.
    throw new CodecError('invalid', `Invalid XML body: the root element is ${label(element)}; expected <${root.name.local}>${root.name.ns ? ` in ${root.name.ns}` : ''}.`, { path });
  }
}

/** One element as `model`; `item` names the items when the element is an array's wrapper. */
export function value(model: Model, element: XmlElement, nullable: boolean, path: string, context: Context, item: Field['item']): unknown {
  if (isNil(element.attributes)) {
    if (nullable) return null;
    throw invalid(path, 'a value (the schema does not allow null)', null);
  }
  switch (model.kind) {
    case 'scalar':
      if (element.children) throw mismatch(path, `text (${model.type})`, 'child elements');
      return readXmlScalar(model, textOf(element), path);
    case 'object':
      return object(model, element, path, context);
    case 'array': {
      const out: unknown[] = [];
      const itemKey = nameOf(item!.name, element.ns);
      for (const child of element.children ?? []) {
        if (key(child.ns, child.local) !== itemKey) {
          // Ignored as any unknown element is; strict mode names it (items named otherwise than the schema says).
          if (context.strict) context.unknown.push({ path: `${path}.<${child.local}>`, message: `the element ${label(child)} is not an item <${item!.name.local}> of the array` });
          continue;
        }
        out.push(value(model.items, child, item!.nullable, `${path}[${out.length}]`, context, undefined));
      }
      return out;
    }
    case 'tuple':
      return tuple(model, element, path, context);
    case 'union':
      return union(model, element, nullable, path, context, item);
    case 'any':
      return anything(element);
  }
}

const MISSING: unique symbol = Symbol('missing');

/** An object element being read: its fields' values so far, by position (MISSING until read). */
export interface ObjectState {
  model: ObjectModel;
  lookup: Lookup;
  ns: string | undefined;
  path: string;
  slots: unknown[];
  extra: Record<string, unknown> | undefined;
}

/** What a child element of an object is: a field's value, one item of an unwrapped array, an extra property, or nothing. */
export type Child =
  | { kind: 'skip' }
  | { kind: 'extra'; local: string; path: string }
  | { kind: 'item'; index: number; model: Model; nullable: boolean; path: string }
  | { kind: 'field'; index: number; field: Field; path: string };
const SKIP: Child = { kind: 'skip' };

/** Starts an object element: its attributes are read here, before any child. */
export function objectStart(model: ObjectModel, ns: string | undefined, a: string[] | undefined, path: string, context: Context): ObjectState {
  const lookup = lookupOf(model, ns);
  const slots: unknown[] = new Array(model.fields.length).fill(MISSING);
  if (a) {
    for (let i = 0; i < a.length; i += 3) {
      const field = find(lookup.attributes.get(a[i + 1]!), a[i], ns, true);
      if (field) {
        const m = field.model;
        // A plain string takes the text as it is: no path is built for a message that cannot come.
        slots[lookup.index.get(field)!] = m.kind === 'scalar' && m.type === 'string' && m.allowed === undefined ? a[i + 2]! : attribute(field, a[i + 2]!, `${path}.${field.key}`);
      }
      else if (context.strict && a[i] !== XSI_NS) context.unknown.push({ path: `${path}.@${a[i + 1]}`, message: `the attribute ${a[i + 1]}${a[i] ? ` in ${a[i]}` : ''} is not in the schema` });
    }
  }
  return { model, lookup, ns, path, slots, extra: undefined };
}

/** What the child element `<local>` in `ns` of an object is (a second one of a single field is an error here, before its content). */
export function objectChild(state: ObjectState, ns: string | undefined, local: string, context: Context): Child {
  const { lookup, path } = state;
  const field = find(lookup.elements.get(local), ns, state.ns, false);
  if (!field) {
    if (state.model.additional && !lookup.keys.has(local)) return { kind: 'extra', local, path: `${path}.${local}` };
    if (context.strict) context.unknown.push({ path: `${path}.<${local}>`, message: `the element ${label({ ns, local })} is not in the schema` });
    return SKIP;
  }
  const at = `${path}.${field.key}`;
  const index = lookup.index.get(field)!;
  if (field.item && !field.wrapped) {
    const items = state.slots[index] as unknown[] | typeof MISSING;
    const model = field.model.kind === 'array' ? field.model.items : field.model;
    return { kind: 'item', index, model, nullable: field.item.nullable, path: `${at}[${items === MISSING ? 0 : items.length}]` };
  }
  if (state.slots[index] !== MISSING) throw mismatch(at, `one element <${field.name.local}>`, 'a second one');
  return { kind: 'field', index, field, path: at };
}

/** Keeps a child's decoded value. */
export function objectPut(state: ObjectState, child: Child, decoded: unknown, context: Context): void {
  switch (child.kind) {
    case 'skip':
      return;
    case 'extra':
      put((state.extra ??= {}), child.local, decoded);
      return;
    case 'item': {
      let items = state.slots[child.index] as unknown[] | typeof MISSING;
      if (items === MISSING) state.slots[child.index] = items = [];
      items.push(decoded);
      return;
    }
    case 'field':
      state.slots[child.index] = decoded === null && child.field.item && context.emptyArrays ? [] : decoded;
  }
}

/** Ends an object element: its text field (from `element`, the tree decoder's), then the value in the schema's order. */
export function objectEnd(state: ObjectState, element: XmlElement | undefined, context: Context): Record<string, unknown> {
  const { lookup, slots, path } = state;
  const fields = state.model.fields;
  if (lookup.text && element && (element.text !== '' || element.cdata)) {
    const field = lookup.text;
    slots[lookup.index.get(field)!] = field.model.kind === 'scalar' ? readXmlScalar(field.model, textOf(element), `${path}.${field.key}`) : textOf(element);
  }
  const out: Record<string, unknown> = {};
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    const slot = slots[i];
    if (slot !== MISSING) put(out, field.key, slot);
    else if (field.item && (!field.wrapped || (context.emptyArrays && !(field.required && context.choosing)))) put(out, field.key, []);
    else if (field.nullable && !field.item) put(out, field.key, null);
    else if (field.required) {
      const what = field.node === 'attribute' ? `the attribute ${field.name.local}` : field.node === 'text' ? 'text content' : `the element <${field.name.local}>`;
      throw invalid(`${path}.${field.key}`, `${what} (required)`, undefined);
    }
  }
  if (state.extra) for (const key of Object.keys(state.extra)) put(out, key, state.extra[key]);
  return out;
}

/** Whether an object element of `model` in `ns` can be read from events, without its tree (no text field to gather). */
export const readsWithoutTree = (model: ObjectModel, ns: string | undefined): boolean => lookupOf(model, ns).text === undefined;

/** An object element: its values gathered by field, then set in the schema's order (as the JSON path gives them). */
function object(model: ObjectModel, element: XmlElement, path: string, context: Context): Record<string, unknown> {
  const state = objectStart(model, element.ns, element.attributes, path, context);
  for (const child of element.children ?? []) {
    const kind = objectChild(state, child.ns, child.local, context);
    switch (kind.kind) {
      case 'skip':
        continue;
      case 'extra':
        objectPut(state, kind, value(model.additional!, child, true, kind.path, context, undefined), context);
        continue;
      case 'item':
        objectPut(state, kind, value(kind.model, child, kind.nullable, kind.path, context, undefined), context);
        continue;
      case 'field':
        objectPut(state, kind, value(kind.field.model, child, kind.field.nullable, kind.path, context, kind.field.item), context);
    }
  }
  return objectEnd(state, element, context);
}

/** prefixItems: the element's content read in order, one node per item. */
function tuple(model: TupleModel, element: XmlElement, path: string, context: Context): unknown[] {
  const content = element.content ?? (element.children ?? (element.soft ? [] : [element.text]));
  const out: unknown[] = [];
  for (const [i, item] of model.items.entries()) {
    const node = content[i];
    const at = `${path}[${i}]`;
    if (item.text) {
      if (typeof node !== 'string') throw mismatch(at, 'text', node === undefined ? 'nothing' : `the element ${label(node)}`);
      out.push(item.model.kind === 'scalar' ? readXmlScalar(item.model, node, at) : node);
    } else {
      const name = item.name.local === '' ? element.local : item.name.local;
      if (typeof node !== 'object' || node.local !== name || node.ns !== (item.name.ns ?? element.ns)) {
        throw mismatch(at, `the element <${name}>`, node === undefined ? 'nothing' : typeof node === 'string' ? 'text' : `the element ${label(node)}`);
      }
      out.push(value(item.model, node, item.nullable, at, context, undefined));
    }
  }
  if (content.length > model.items.length) throw mismatch(`${path}[${model.items.length}]`, `${model.items.length} nodes`, 'more');
  return out;
}

function attribute(field: Field, text: string, path: string): unknown {
  const model = field.model;
  if (model.kind === 'scalar') return readXmlScalar(model, text, path);
  if (model.kind === 'union') {
    for (const option of model.options) {
      if (option.model.kind !== 'scalar') continue;
      try {
        return readXmlScalar(option.model, text, path);
      } catch {
        // try the next alternative
      }
    }
    throw invalid(path, `one of ${model.options.map((o) => o.label).join(', ')}`, text);
  }
  return text;
}

/** oneOf/anyOf: by discriminator, else by element name, else the first alternative that reads without error. */
function union(model: UnionModel, element: XmlElement, nullable: boolean, path: string, context: Context, item: Field['item']): unknown {
  if (model.discriminator) {
    const tag = discriminatorValue(element, model.discriminator.key);
    const index = tag === undefined ? undefined : model.discriminator.mapping.get(tag);
    if (index !== undefined) return value(model.options[index]!.model, element, nullable, path, context, item);
    if (tag !== undefined) throw invalid(`${path}.${model.discriminator.key}`, `one of ${[...model.discriminator.mapping.keys()].join(', ')}`, tag);
  }
  return firstThatReads(model, path, context, (option) => value(option, element, nullable, path, context, item));
}

function discriminatorValue(element: XmlElement, name: string): string | undefined {
  const a = element.attributes;
  if (a) for (let i = 0; i < a.length; i += 3) if (a[i + 1] === name) return a[i + 2];
  const child = element.children?.find((c) => c.local === name);
  return child ? textOf(child) : undefined;
}

/** A schema-less value (`{}`): text, or an object of attributes and child elements by local name. */
function anything(element: XmlElement): unknown {
  if (!element.attributes && !element.children) return textOf(element);
  const out: Record<string, unknown> = {};
  const a = element.attributes ?? [];
  for (let i = 0; i < a.length; i += 3) if (a[i] !== XSI_NS) put(out, a[i + 1]!, a[i + 2]);
  for (const child of element.children ?? []) {
    const v = anything(child);
    const existing = Object.hasOwn(out, child.local) ? out[child.local] : undefined;
    put(out, child.local, existing === undefined ? v : Array.isArray(existing) ? [...existing, v] : [existing, v]);
  }
  return out;
}
