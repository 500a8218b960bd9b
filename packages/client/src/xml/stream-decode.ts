// The fast XML path: saxes events → the schema's normalised value, built from the same descriptor as decode.ts,
// one chunk at a time. decode.ts (xml2js) stays the reference; test/xml-codec/differential.test.ts holds this one to it.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { PropertyDescriptor, SchemaDescriptor } from '../descriptor.ts';
import { echo, EmError } from '../errors.ts';
import { DEFAULT_LIMITS, type DecodeLimits, tooDeep, tooManyElements } from '../limits.ts';
import { invalid, schemaOf } from '../normalize.ts';
import { scalar } from './decode.ts';

/** What an element name means inside one schema's element. */
export interface Role {
  kind: 'text' | 'object' | 'item' | 'wrapper';
  index: number;
  /** The schema of an object element or of array items. */
  plan?: Plan;
}

/** A schema compiled for lookups by local name: attributes and child elements → property index. */
export interface Plan {
  schema: SchemaDescriptor;
  attributes: Map<string, number>;
  elements: Map<string, Role>;
  /** For a wrapped array property: the item element name. */
  itemNames: (string | undefined)[];
}

const plans = new Map<string, Plan>();

export function planOf(name: string): Plan {
  const cached = plans.get(name);
  if (cached) return cached;
  const schema = schemaOf(name);
  const plan: Plan = { schema, attributes: new Map(), elements: new Map(), itemNames: [] };
  plans.set(name, plan); // before the children, so recursive schemas terminate
  const claim = (element: string, role: Role): void => {
    // decode.ts lets two properties read the same element; this builder gives each element one owner, so refuse such a spec loudly.
    if (plan.elements.has(element)) throw new Error(`schema ${name}: two properties read the XML element <${element}>`);
    plan.elements.set(element, role);
  };
  schema.properties.forEach((property: PropertyDescriptor, index) => {
    if (property.type === 'array') {
      const item = planOf(property.schema!);
      if (property.xml.wrapped) {
        plan.itemNames[index] = property.xml.itemName!;
        claim(property.xml.name, { kind: 'wrapper', index, plan: item });
      } else {
        claim(property.xml.itemName!, { kind: 'item', index, plan: item });
      }
    } else if (property.xml.attribute) {
      plan.attributes.set(property.xml.name, index);
    } else if (property.type === 'object') {
      claim(property.xml.name, { kind: 'object', index, plan: planOf(property.schema!) });
    } else {
      claim(property.xml.name, { kind: 'text', index });
    }
  });
  return plan;
}

const SCHEMA = 0;
const WRAPPER = 1;
const TEXT = 2;
const SKIP = 3;

/** One open element. `owner`/`index`/`item` say where its value goes, and name it in error messages. */
interface Frame {
  kind: typeof SCHEMA | typeof WRAPPER | typeof TEXT | typeof SKIP;
  plan: Plan | undefined;
  /** Per property: attribute text, element text, a decoded child, an item array, or the first error among them. */
  slots: unknown[];
  owner: Frame | undefined;
  index: number;
  /** Position in its array, or -1. */
  item: number;
  text: string;
  cdata: boolean;
}

const SKIPPED: Frame = { kind: SKIP, plan: undefined, slots: [], owner: undefined, index: -1, item: -1, text: '', cdata: false };
// Claims the first element of a name while it is open: later ones are ignored, as decode.ts reads only the first.
const PENDING = Symbol('pending');
const LEADING_BOM_AND_SPACE = /^\uFEFF?[ \t\r\n]*/;
const LEADING_SPACE = /^[ \t\r\n]*/;
// xml2js drops whitespace-only text unless a CDATA section is part of it.
const BLANK = /^\s*$/;

// xml2js's stripPrefix: everything up to the last colon goes, except on names that start with `xmlns`.
export const localName = (name: string): string => {
  const colon = name.lastIndexOf(':');
  return colon < 0 || name.startsWith('xmlns') ? name : name.slice(colon + 1);
};
// As parse.ts names them in messages.
const shownName = (name: string): string => {
  const local = localName(name);
  return local === '__proto__' || local === 'constructor' || local === 'prototype' ? `#unsafe:${local}` : local;
};

/**
 * Decodes an XML document as `schemaName` from text chunks. With `onItem`, the items of the root's array property
 * (EntityReferences.Refs) are handed over as each one closes and not kept, and errors are thrown where they are found;
 * without it, errors come in the same order as decode.ts reports them (parse errors first, then fields in spec order).
 */
export class XmlStreamDecoder {
  readonly #root: Plan;
  readonly #rootName: string;
  readonly #parser = new SaxesParser();
  readonly #stack: Frame[] = [];
  readonly #onItem: ((item: Record<string, unknown>) => void) | undefined;
  readonly #streamed: number;
  readonly #limits: DecodeLimits;
  /** Elements opened in the body, or since the last streamed item was handed over. */
  #nodes = 0;
  #items = 0;
  #started = false;
  #bomSeen = false;
  #rootSeen = false;
  #rootClosed = false;
  #wrongRoot: string | undefined;
  #result: Record<string, unknown> | EmError | undefined;
  #failed: unknown;
  // Frames are reused: a 10,000-ref document opens 70,000 elements, and allocation is most of the cost.
  readonly #pool: Frame[] = [];

  constructor(schemaName: string, onItem?: (item: Record<string, unknown>) => void, streamedIndex = -1, limits: DecodeLimits = DEFAULT_LIMITS) {
    this.#root = planOf(schemaName);
    this.#limits = limits;
    this.#rootName = schemaName;
    this.#onItem = onItem;
    this.#streamed = onItem ? streamedIndex : -1;
    const parser = this.#parser;
    parser.on('opentag', (tag) => this.#open(tag as SaxesTagPlain));
    parser.on('closetag', () => this.#close());
    parser.on('text', (text) => {
      const top = this.#stack[this.#stack.length - 1];
      if (top?.kind === TEXT) top.text += text;
    });
    parser.on('cdata', (text) => {
      const top = this.#stack[this.#stack.length - 1];
      if (top?.kind === TEXT) {
        top.text += text;
        top.cdata = true;
      }
    });
    // A DOCTYPE is how entity bombs and external entities arrive; EM never sends one.
    parser.on('doctype', () => {
      throw new EmError('invalid-body', 'Invalid XML body: a DOCTYPE is not accepted.');
    });
  }

  /** Feeds the next piece of the document. */
  write(text: string): void {
    if (this.#failed !== undefined) throw this.#failed;
    if (!this.#started) {
      // Whitespace before the XML declaration is not well-formed, but xml2js (and so this client) always took it.
      text = text.replace(this.#bomSeen ? LEADING_SPACE : LEADING_BOM_AND_SPACE, '');
      this.#bomSeen = true;
      this.#started = text !== '';
    }
    try {
      this.#parser.write(text);
    } catch (cause) {
      throw this.#fail(cause, false);
    }
  }

  /** Ends the document; returns the root's value (without the streamed items when `onItem` took them). */
  end(): Record<string, unknown> {
    if (this.#failed !== undefined) throw this.#failed;
    try {
      this.#parser.close();
    } catch (cause) {
      throw this.#fail(cause, true);
    }
    if (this.#wrongRoot !== undefined) throw this.#fail(this.#wrongRootError(this.#wrongRoot), true);
    const result = this.#result;
    if (result instanceof EmError) throw this.#fail(result, true);
    return result!;
  }

  #fail(cause: unknown, atEnd: boolean): unknown {
    let error = cause;
    if (!(cause instanceof EmError)) {
      const message = String((cause as Error)?.message ?? cause);
      if (this.#rootClosed) {
        error = new EmError('invalid-body', 'Invalid XML body: content after the root element; expected exactly one root element.', { cause });
      } else if (atEnd && !this.#rootSeen) {
        error = new EmError('invalid-body', 'Invalid XML body: the body is empty; expected an XML document.', { cause });
      } else {
        // saxes says `line:column: what.`; put the what first.
        const match = /^(\d+):(\d+): (.*?)\.?$/s.exec(message);
        const reason = match ? `${match[3]} at line ${match[1]}, column ${match[2]}` : message;
        error = new EmError('invalid-body', `Invalid XML body: ${echo(reason)}.`, { cause });
      }
    }
    this.#failed = error;
    return error;
  }

  #frame(kind: Frame['kind'], plan: Plan | undefined, owner: Frame | undefined, index: number, item: number): Frame {
    const reused = this.#pool.pop();
    if (reused === undefined) return { kind, plan, slots: [], owner, index, item, text: '', cdata: false };
    reused.kind = kind;
    reused.plan = plan;
    reused.owner = owner;
    reused.index = index;
    reused.item = item;
    return reused;
  }

  #release(done: Frame): void {
    done.slots.length = 0;
    done.owner = undefined;
    done.plan = undefined;
    done.text = '';
    done.cdata = false;
    this.#pool.push(done);
  }

  #wrongRootError(name: string): EmError {
    return new EmError('invalid-body', `Invalid XML body: the root element is <${echo(name)}>; expected <${this.#root.schema.xml.name}>.`);
  }

  #open(tag: SaxesTagPlain): void {
    const stack = this.#stack;
    // The limits stop a document before its structure outgrows its bytes; saxes's own stack is as deep as this one.
    if (stack.length >= this.#limits.maxDepth) throw tooDeep(this.#limits);
    if (++this.#nodes > this.#limits.maxNodes) throw tooManyElements(this.#limits);
    const top = stack[stack.length - 1];
    if (top === undefined) {
      this.#rootSeen = true;
      if (localName(tag.name) !== this.#root.schema.xml.name) {
        // Parse errors come first, as in decode.ts, unless items are streamed: then there is nothing to wait for.
        if (this.#onItem) throw this.#wrongRootError(shownName(tag.name));
        this.#wrongRoot = shownName(tag.name);
        stack.push(SKIPPED);
        return;
      }
      stack.push(this.#schemaFrame(this.#root, undefined, -1, -1, tag));
      return;
    }
    if (top.kind === SCHEMA) {
      const role = top.plan!.elements.get(localName(tag.name));
      if (role === undefined) {
        stack.push(SKIPPED);
        return;
      }
      const index = role.index;
      switch (role.kind) {
        case 'text':
        case 'object':
          if (top.slots[index] !== undefined) {
            stack.push(SKIPPED);
            return;
          }
          top.slots[index] = PENDING;
          stack.push(role.kind === 'text' ? this.#frame(TEXT, undefined, top, index, -1) : this.#schemaFrame(role.plan!, top, index, -1, tag));
          return;
        case 'item':
          this.#openItem(top, index, role.plan!, tag);
          return;
        case 'wrapper':
          stack.push(this.#frame(WRAPPER, role.plan, top, index, -1));
          return;
      }
    }
    if (top.kind === WRAPPER && localName(tag.name) === top.owner!.plan!.itemNames[top.index]) {
      this.#openItem(top.owner!, top.index, top.plan!, tag);
      return;
    }
    stack.push(SKIPPED);
  }

  #openItem(owner: Frame, index: number, plan: Plan, tag: SaxesTagPlain): void {
    if (owner.owner === undefined && index === this.#streamed) {
      this.#stack.push(this.#schemaFrame(plan, owner, index, this.#items, tag));
      return;
    }
    const items = owner.slots[index];
    // After the first bad item the array's error is known; the rest only need to be well-formed.
    if (items instanceof EmError) {
      this.#stack.push(SKIPPED);
      return;
    }
    this.#stack.push(this.#schemaFrame(plan, owner, index, items === undefined ? 0 : (items as unknown[]).length, tag));
  }

  #schemaFrame(plan: Plan, owner: Frame | undefined, index: number, item: number, tag: SaxesTagPlain): Frame {
    const opened = this.#frame(SCHEMA, plan, owner, index, item);
    const attributes = tag.attributes;
    // In document order, so a later `v:Name` wins over `Name` as in xml2js; only descriptor names are looked up.
    for (const name in attributes) {
      const slot = plan.attributes.get(localName(name));
      if (slot !== undefined) opened.slots[slot] = attributes[name];
    }
    return opened;
  }

  #close(): void {
    const closed = this.#stack.pop()!;
    if (closed.kind === SKIP) return;
    const owner = closed.owner;
    if (closed.kind === TEXT) owner!.slots[closed.index] = closed.cdata || !BLANK.test(closed.text) ? closed.text : '';
    const value = closed.kind === SCHEMA ? this.#build(closed) : undefined;
    const index = closed.index;
    const item = closed.item;
    this.#release(closed);
    if (value === undefined) return;
    if (owner === undefined) {
      this.#result = value;
      this.#rootClosed = true;
    } else if (item < 0) {
      owner.slots[index] = value;
    } else if (owner.owner === undefined && index === this.#streamed) {
      if (value instanceof EmError) throw value;
      this.#items++;
      this.#nodes = 0;
      this.#onItem!(value);
    } else if (value instanceof EmError) {
      owner.slots[index] = value;
    } else {
      const items = owner.slots[index] as Record<string, unknown>[] | undefined;
      if (items === undefined) owner.slots[index] = [value];
      else items.push(value);
    }
  }

  /** The element's value, or its first error in spec property order (as decode.ts would throw it). */
  #build(closed: Frame): Record<string, unknown> | EmError {
    const properties = closed.plan!.schema.properties;
    const slots = closed.slots;
    const out: Record<string, unknown> = {};
    for (let i = 0; i < properties.length; i++) {
      const property = properties[i]!;
      const slot = slots[i];
      if (slot instanceof EmError) return slot;
      if (property.type === 'array') {
        out[property.name] = slot ?? [];
        continue;
      }
      if (slot !== undefined) {
        if (property.type === 'object' || property.type === 'string') {
          out[property.name] = slot;
          continue;
        }
        try {
          out[property.name] = scalar(property, slot as string, this.#where(closed, property));
        } catch (error) {
          return error as EmError;
        }
      } else if (property.required) {
        return invalid(this.#where(closed, property), `a required ${property.xml.attribute ? 'attribute' : 'element'}`, undefined);
      }
    }
    return out;
  }

  /** `EntityReferences.Refs[3].Links[0].Href`: built only for messages. */
  #where(at: Frame, property?: PropertyDescriptor): string {
    const parts: string[] = property ? [`.${property.name}`] : [];
    for (let f: Frame | undefined = at; f !== undefined; f = f.owner) {
      if (f.owner === undefined) parts.push(this.#rootName);
      else parts.push(`.${f.owner.plan!.schema.properties[f.index]!.name}${f.item >= 0 ? `[${f.item}]` : ''}`);
    }
    return parts.reverse().join('');
  }
}

/** Decodes a whole XML document as `schemaName`: the client's XML path. */
export function decodeXmlText(text: string, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): unknown {
  const decoder = new XmlStreamDecoder(schemaName, undefined, -1, limits);
  decoder.write(text);
  return decoder.end();
}

/** Decodes an XML document whose root element is `schemaName`'s element (the client's XML path). */
export async function decodeXml(text: string, schemaName: string): Promise<unknown> {
  return decodeXmlText(text, schemaName);
}
