// Value → XML document, following the model: the inverse of decode.ts (decode(encode(v)) is v).
import { choose } from '../choose.ts';
import { CodecError, invalid } from '../errors.ts';
import type { Field, Model, Root, XmlName } from '../model/types.ts';
import { writeXmlScalar } from '../scalar.ts';
import { XSI_NS } from './scanner.ts';

// Characters XML 1.0 can carry at all; anything else cannot round-trip and is refused.
const XML_CHAR = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const escapeAttribute = (text: string): string =>
  text.replace(/[&<>"\t\n\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' })[c]!);
// Whitespace-only text reads as '' unless CDATA is part of it, so such text goes out as CDATA; CR as &#13; either way.
function escapeText(text: string, cdata: boolean): string {
  if (cdata || (text !== '' && text.trim() === '')) {
    return text
      .split('\r')
      .map((piece) => (piece === '' ? '' : `<![CDATA[${piece.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`))
      .join('&#13;') || '<![CDATA[]]>';
  }
  return text.replace(/[&<>\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' })[c]!);
}

function checked(text: string, path: string): string {
  if (!XML_CHAR.test(text)) throw new CodecError('invalid', `Invalid value at ${path}: the string has characters XML 1.0 cannot carry.`, { path });
  return text;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const own = (value: Record<string, unknown>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);

/** Namespace bindings in scope while writing: prefix ('' for the default) → namespace. */
type Scope = ReadonlyMap<string, string>;

class Writer {
  private generated = 0;

  /** Writes one element named `name` (namespace already effective) holding `value` as `model`. */
  element(name: XmlName, ns: string | undefined, model: Model, value: unknown, nullable: boolean, item: Field['item'], scope: Scope, indent: string, path: string): string {
    let declarations = '';
    let inner = new Map(scope);
    let qname = name.local;
    if (name.prefix && ns !== undefined) {
      qname = `${name.prefix}:${name.local}`;
      if (inner.get(name.prefix) !== ns) {
        inner.set(name.prefix, ns);
        declarations += ` xmlns:${name.prefix}="${escapeAttribute(ns)}"`;
      }
    } else if ((inner.get('') || undefined) !== ns) {
      // A prefix already bound to the namespace is reused; else the element declares it as its default.
      const bound = ns === undefined ? undefined : [...inner].find(([prefix, value]) => prefix !== '' && value === ns)?.[0];
      if (bound !== undefined) qname = `${bound}:${name.local}`;
      else {
        inner.set('', ns ?? '');
        declarations += ` xmlns="${escapeAttribute(ns ?? '')}"`;
      }
    }
    const bind = (prefixHint: string | undefined, namespace: string): string => {
      for (const [prefix, bound] of inner) if (prefix !== '' && bound === namespace) return prefix;
      let prefix = prefixHint && !inner.has(prefixHint) ? prefixHint : `ns${++this.generated}`;
      while (inner.has(prefix)) prefix = `ns${++this.generated}`;
      inner = new Map(inner).set(prefix, namespace);
      declarations += ` xmlns:${prefix}="${escapeAttribute(namespace)}"`;
      return prefix;
    };
    if (value === null) {
      if (!nullable) throw invalid(path, 'a value (the schema does not allow null)', null);
      const nil = `${bind('xsi', XSI_NS)}:nil="true"`;
      return `${indent}<${qname}${declarations} ${nil} />`;
    }
    let attributes = '';
    const children: string[] = [];
    let text: string | undefined;
    const childIndent = `${indent}  `;
    const write = (m: Model, v: unknown): void => {
      switch (m.kind) {
        case 'scalar':
          text = escapeText(checked(writeXmlScalar(m, v, path), path), false);
          return;
        case 'any':
          if (isRecord(v) || Array.isArray(v)) {
            for (const [k, x] of Object.entries(v)) {
              for (const one of Array.isArray(x) ? x : [x]) children.push(this.element({ local: k, ns: undefined, prefix: undefined }, ns, m, one, true, undefined, inner, childIndent, `${path}.${k}`));
            }
          } else text = escapeText(checked(String(v), path), false);
          return;
        case 'array':
          if (!Array.isArray(v)) throw invalid(path, 'an array', v);
          v.forEach((x, i) => children.push(this.element(item!.name, item!.name.ns ?? ns, m.items, x, item!.nullable, undefined, inner, childIndent, `${path}[${i}]`)));
          return;
        case 'union':
          write(m.options[choose(m, v, path)]!.model, v);
          return;
        case 'tuple': {
          if (!Array.isArray(v) || v.length !== m.items.length) throw invalid(path, `an array of ${m.items.length} items`, v);
          let mixed = '';
          m.items.forEach((one, i) => {
            const at = `${path}[${i}]`;
            if (one.text) {
              const raw = one.model.kind === 'scalar' ? writeXmlScalar(one.model, v[i], at) : String(v[i]);
              mixed += escapeText(checked(raw, at), one.cdata);
            } else {
              const itemName = one.name.local === '' ? name : one.name;
              const written = this.element(itemName, one.name.ns ?? ns, one.model, v[i], one.nullable, undefined, inner, childIndent, at);
              children.push(written);
              mixed += written.trimStart();
            }
          });
          // With text among the items, the sequence is written as is (indentation would become text).
          if (m.items.some((one) => one.text)) {
            text = mixed;
            children.length = 0;
          }
          return;
        }
        case 'object': {
          if (!isRecord(v)) throw invalid(path, `an object (${m.title})`, v);
          for (const field of m.fields) {
            const x = own(v, field.key);
            const at = `${path}.${field.key}`;
            if (x === undefined || (x === null && field.node !== 'element')) {
              if (field.required && !(x === null && field.nullable) && !(field.item && !field.wrapped)) throw invalid(at, 'a value (required)', x);
              continue;
            }
            if (field.node === 'attribute') {
              const fm = field.model;
              const raw = fm.kind === 'scalar' ? writeXmlScalar(fm, x, at) : String(x);
              const qualified = field.name.ns === undefined ? field.name.local : `${bind(field.name.prefix, field.name.ns)}:${field.name.local}`;
              attributes += ` ${qualified}="${escapeAttribute(checked(raw, at))}"`;
            } else if (field.node === 'text') {
              const fm = field.model;
              text = escapeText(checked(fm.kind === 'scalar' ? writeXmlScalar(fm, x, at) : String(x), at), field.cdata);
            } else if (field.item && !field.wrapped) {
              if (x === null) continue;
              if (!Array.isArray(x)) throw invalid(at, 'an array', x);
              const items = field.model.kind === 'array' ? field.model.items : field.model;
              x.forEach((one, i) => children.push(this.element(field.name, field.name.ns ?? ns, items, one, field.item!.nullable, undefined, inner, childIndent, `${at}[${i}]`)));
            } else {
              children.push(this.element(field.name, field.name.ns ?? ns, field.model, x, field.nullable, field.item, inner, childIndent, at));
            }
          }
          if (m.additional) {
            for (const [k, x] of Object.entries(v)) {
              if (m.fields.some((f) => f.key === k) || x === undefined) continue;
              children.push(this.element({ local: k, ns: undefined, prefix: undefined }, ns, m.additional, x, true, undefined, inner, childIndent, `${path}.${k}`));
            }
          }
          return;
        }
      }
    };
    write(model, value);
    const open = `${indent}<${qname}${declarations}${attributes}`;
    if (children.length === 0 && text === undefined) return `${open} />`;
    // Text beside child elements: no indentation, which would become part of the text.
    if (text !== undefined) return `${open}>${text}${children.map((c) => c.trimStart()).join('')}</${qname}>`;
    return `${open}>\n${children.join('\n')}\n${indent}</${qname}>`;
  }
}

/** The document of `root` holding `value`. */
export function encodeRoot(root: Root, value: unknown): string {
  let name = root.name;
  let model = root.model;
  if (model.kind === 'union' && value !== null) {
    const option = model.options[choose(model, value, root.component)]!;
    model = option.model;
    if (option.name && !root.named) name = { ...option.name, ns: option.name.ns ?? root.name.ns };
  }
  const body = new Writer().element(name, name.ns, model, value, root.nullable, root.item, new Map(), '', root.component);
  return `<?xml version="1.0" encoding="utf-8"?>\n${body}\n`;
}
