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
const label = (element: XmlElement): string => `<${element.local}>${element.ns ? ` in ${element.ns}` : ''}`;

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

function isNil(element: XmlElement): boolean {
  const a = element.attributes;
  if (!a) return false;
  for (let i = 0; i < a.length; i += 3) if (a[i] === XSI_NS && a[i + 1] === 'nil') return a[i + 2] === 'true' || a[i + 2] === '1';
  return false;
}

/** Decodes the document element as the root. */
export function decodeRoot(root: Root, element: XmlElement, context: Context, path = root.component): unknown {
  let model = root.model;
  if (model.kind === 'union') {
    const named = model.options.find((o) => o.name && o.name.local === element.local && (o.name.ns ?? root.name.ns) === element.ns);
    if (named) return value(named.model, element, root.nullable, path, context, undefined);
    if (root.name.local !== element.local || root.name.ns !== element.ns) {
      const names = [root.name, ...model.options.flatMap((o) => (o.name ? [o.name] : []))].filter((n) => n.local !== '').map((n) => `<${n.local}>`);
      throw new CodecError('invalid', `Invalid XML body: the root element is ${label(element)}; expected ${[...new Set(names)].join(' or ')}.`, { path });
    }
  } else if ((root.name.local !== element.local && root.component !== element.local) || root.name.ns !== element.ns) {
    // A root named as the component itself is taken too: JAXB servers (the petstore's) name roots after the class.
    throw new CodecError('invalid', `Invalid XML body: the root element is ${label(element)}; expected <${root.name.local}>${root.name.ns ? ` in ${root.name.ns}` : ''}.`, { path });
  }
  return value(model, element, root.nullable, path, context, root.item);
}

/** One element as `model`; `item` names the items when the element is an array's wrapper. */
export function value(model: Model, element: XmlElement, nullable: boolean, path: string, context: Context, item: Field['item']): unknown {
  if (isNil(element)) {
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

/** An object element: its values gathered by field, then set in the schema's order (as the JSON path gives them). */
function object(model: ObjectModel, element: XmlElement, path: string, context: Context): Record<string, unknown> {
  const lookup = lookupOf(model, element.ns);
  const fields = model.fields;
  const slots: unknown[] = new Array(fields.length).fill(MISSING);
  let extra: Record<string, unknown> | undefined;
  const a = element.attributes;
  if (a) {
    for (let i = 0; i < a.length; i += 3) {
      const field = find(lookup.attributes.get(a[i + 1]!), a[i], element.ns, true);
      if (field) slots[lookup.index.get(field)!] = attribute(field, a[i + 2]!, `${path}.${field.key}`);
      else if (context.strict && a[i] !== XSI_NS) context.unknown.push({ path: `${path}.@${a[i + 1]}`, message: `the attribute ${a[i + 1]}${a[i] ? ` in ${a[i]}` : ''} is not in the schema` });
    }
  }
  for (const child of element.children ?? []) {
    const field = find(lookup.elements.get(child.local), child.ns, element.ns, false);
    if (!field) {
      if (model.additional && !lookup.keys.has(child.local)) {
        put((extra ??= {}), child.local, value(model.additional, child, true, `${path}.${child.local}`, context, undefined));
      } else if (context.strict) {
        context.unknown.push({ path: `${path}.<${child.local}>`, message: `the element ${label(child)} is not in the schema` });
      }
      continue;
    }
    const at = `${path}.${field.key}`;
    const index = lookup.index.get(field)!;
    if (field.item && !field.wrapped) {
      let items = slots[index] as unknown[] | typeof MISSING;
      if (items === MISSING) slots[index] = items = [];
      items.push(value(field.model.kind === 'array' ? field.model.items : field.model, child, field.item.nullable, `${at}[${items.length}]`, context, undefined));
    } else {
      if (slots[index] !== MISSING) throw mismatch(at, `one element <${field.name.local}>`, 'a second one');
      const decoded = value(field.model, child, field.nullable, at, context, field.item);
      slots[index] = decoded === null && field.item && context.emptyArrays ? [] : decoded;
    }
  }
  if (lookup.text && (element.text !== '' || element.cdata)) {
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
  if (extra) for (const key of Object.keys(extra)) put(out, key, extra[key]);
  return out;
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
