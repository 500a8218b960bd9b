// A member as EM answers it: its template's entity or reference (the spec's example) with the template's IDs, names and
// varied values replaced by the member's, everywhere they occur (Href, UID, link names, file paths).
import { Inventory, type Member } from './inventory.ts';
import { queryTypes } from './model.ts';

type Json = Record<string, unknown>;
export type Form = 'entity' | 'ref';

// Shorter strings are replaced only where they are the whole value (a server named `srv30`), never inside others.
const MIN_INSIDE = 6;

interface Replacer {
  /** The template's strings, in a fixed order; a member supplies its own for each. */
  olds: string[];
  inside: RegExp | undefined;
}

const replacers = new WeakMap<Member, Replacer>();
const enumProperties = new Map<string, Set<string>>();

/** The entity properties of a type that hold enum values (never replaced inside other strings). */
function enumsOf(type: string): Set<string> {
  let found = enumProperties.get(type);
  if (!found) {
    found = new Set(Object.values(queryTypes.get(type.toLowerCase())?.fields ?? {}).filter((f) => f.enum && f.property).map((f) => f.property!.name));
    enumProperties.set(type, found);
  }
  return found;
}

/** The template's own ID and name, its ancestors' IDs and names, and its varied string values. */
function stringsOf(member: Member, template: Member): [string, string][] {
  const pairs: [string, string][] = [];
  for (let m: Member | undefined = member, t: Member | undefined = template; m && t; m = m.parent, t = t.parent) {
    pairs.push([t.id, m.id], [t.name, m.name]);
    for (const [key, value] of Object.entries(m.values)) {
      const old = t.values[key];
      if (typeof value === 'string' && typeof old === 'string' && !enumsOf(m.type).has(key)) pairs.push([old, value]);
    }
  }
  return pairs.filter(([old]) => old !== '');
}

function replacerOf(template: Member, pairs: [string, string][]): Replacer {
  let replacer = replacers.get(template);
  if (!replacer) {
    const olds = pairs.map(([old]) => old);
    const long = [...new Set(olds.filter((o) => o.length >= MIN_INSIDE))].sort((a, b) => b.length - a.length);
    const inside = long.length === 0 ? undefined : new RegExp(long.map((o) => o.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
    replacer = { olds, inside };
    replacers.set(template, replacer);
  }
  return replacer;
}

function cloneReplacing(value: unknown, swap: (text: string) => string): unknown {
  if (typeof value === 'string') return swap(value);
  if (Array.isArray(value)) return value.map((item) => cloneReplacing(item, swap));
  if (value !== null && typeof value === 'object') {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) out[key] = cloneReplacing(item, swap);
    return out;
  }
  return value;
}

/** The member's entity or reference; undefined when the spec shows no such form of its type. */
export function materialize(member: Member, form: Form): Json | undefined {
  if (member.example) return member.example[form];
  const shape = member.template.example?.[form];
  if (!shape) return undefined;
  const pairs = stringsOf(member, member.template);
  const replacer = replacerOf(member.template, pairs);
  const map = new Map(pairs);
  const swap = (text: string): string => {
    const whole = map.get(text);
    if (whole !== undefined) return whole;
    return replacer.inside ? text.replace(replacer.inside, (old) => map.get(old) ?? old) : text;
  };
  const value = cloneReplacing(shape, swap) as Json;
  if (form === 'entity') {
    for (const [key, item] of Object.entries(member.values)) if (key in value) value[key] = item;
    const dateProperty = queryTypes.get(member.type.toLowerCase())?.dateProperty;
    if (dateProperty && member.time !== undefined && dateProperty in value) value[dateProperty] = new Date(member.time).toISOString();
  }
  return value;
}

/** The raw value of an entity property for a query field: the member's own, or that of the member of type `of` it belongs to. */
export function propertyOf(member: Member, of: string | undefined, name: string): unknown {
  const owner = of === undefined ? member : Inventory.ancestor(member, of);
  if (owner === undefined) return undefined;
  if (name === 'UID') return `urn:veeam:${owner.type}:${owner.id}`;
  if (name === 'Name') return owner.name;
  if (name === queryTypes.get(owner.type.toLowerCase())?.dateProperty) return owner.time;
  return owner.values[name];
}
