// GET of an inventory resource, derived from the spec's paths and examples: `/backups` (every member of a type),
// `/backups/{ID}` (one), `/backups/{ID}/restorePoints` (the members of a type below one); the example of the answer
// is the shape, its members are replaced by the inventory's.
import { type Format, MEDIA_TYPE } from '../negotiate.ts';
import type { Operation } from '../operations.ts';
import { codec } from '../spec.ts';
import { emError, type EmErrorAnswer } from '../em-error.ts';
import type { Inventory, Member } from './inventory.ts';
import { type Form, materialize } from './materialize.ts';
import { exampleValue, getPaths } from './model.ts';

type Json = Record<string, unknown>;

interface Route {
  kind: 'all' | 'one' | 'below';
  type: string;
  /** For `below`: the type of the member named by `{ID}`. */
  parentType?: string;
}

const UID = /^urn:veeam:(\w+):/;

/** The member type an example shows (the first object with a Veeam UID), if any. */
function memberTypeOf(value: unknown): string | undefined {
  if (Array.isArray(value)) {
    for (const item of value) {
      const type = memberTypeOf(item);
      if (type) return type;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  const uid = (value as Json)['UID'];
  if (typeof uid === 'string' && UID.test(uid)) return UID.exec(uid)![1];
  for (const item of Object.values(value)) {
    const type = memberTypeOf(item);
    if (type) return type;
  }
  return undefined;
}

const routes = new Map<string, Route>();
for (const path of getPaths) {
  const type = memberTypeOf(exampleValue(path));
  if (type === undefined) continue;
  const segments = path.split('/').filter(Boolean);
  const isParam = (s: string | undefined) => s !== undefined && /^\{.+\}$/.test(s);
  if (segments.length === 1) routes.set(path, { kind: 'all', type });
  else if (segments.length === 2 && isParam(segments[1])) routes.set(path, { kind: 'one', type });
  else if (segments.length === 3 && isParam(segments[1]) && !isParam(segments[2])) {
    const parentType = memberTypeOf(exampleValue(`/${segments[0]}/${segments[1]}`));
    if (parentType) routes.set(path, { kind: 'below', type, parentType });
  }
}

/** Whether the inventory answers GET of this operation's path. */
export const isInventoryPath = (operation: Operation): boolean => operation.method === 'GET' && routes.has(operation.path) && operation.responses['200'] !== undefined;

const formOf = (item: Json): Form => (String(item['Type'] ?? '').endsWith('Reference') ? 'ref' : 'entity');

/** The template with its member array (the first array of objects with a UID) replaced by these members. */
function withMembers(template: Json, members: readonly Member[]): Json {
  let replaced = false;
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      const first = value[0] as Json | undefined;
      if (!replaced && first && typeof first === 'object' && typeof first['UID'] === 'string') {
        replaced = true;
        const form = formOf(first);
        return members.map((m) => materialize(m, form)).filter((v) => v !== undefined);
      }
      return value.map(walk);
    }
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
  };
  return walk(template) as Json;
}

/** The value without its nulls: EM's JSON sends null for what its XML leaves out. */
export function withoutNulls(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutNulls);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null).map(([k, v]) => [k, withoutNulls(v)]));
}

export function encode(value: Json, schema: string, format: Format, status = 200): EmErrorAnswer {
  const text = format === 'json' ? JSON.stringify(value) : codec.encodeXml(withoutNulls(value), schema);
  return { status, headers: { 'content-type': MEDIA_TYPE[format] }, body: Buffer.from(text, 'utf8') };
}

/** The UIDs of the template's members (its first array of objects with a UID). */
function exampleUids(value: unknown): string[] | undefined {
  if (Array.isArray(value)) {
    const first = value[0] as Json | undefined;
    if (first && typeof first === 'object' && typeof first['UID'] === 'string') return value.map((item) => String((item as Json)['UID']));
    for (const item of value) {
      const found = exampleUids(item);
      if (found) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const item of Object.values(value)) {
    const found = exampleUids(item);
    if (found) return found;
  }
  return undefined;
}

/** Whether the answer is the example itself (its members, in its order): then Prism sends the example byte for byte. */
const isTheExample = (template: Json, members: readonly Member[]): boolean => {
  const uids = exampleUids(template);
  return uids !== undefined && uids.length === members.length && members.every((m, i) => m.example !== undefined && uids[i] === `urn:veeam:${m.type}:${m.id}`);
};

/**
 * The answer from the inventory; undefined where Prism answers: the spec shows no members there, or the answer is
 * the spec's example itself (sent byte for byte, as the README promises).
 */
export function answerResource(inventory: Inventory, operation: Operation, segments: string[], search: string, format: Format): EmErrorAnswer | undefined {
  const route = routes.get(operation.path);
  const schema = operation.responses['200'];
  if (!route || !schema) return undefined;
  const entity = operation.entityExample !== undefined && /(?:^|[?&])format=entity(?:&|$)/i.test(search);
  const template = exampleValue(operation.path, entity ? operation.entityExample : undefined);
  if (!template) return undefined;
  const id = segments.at(route.kind === 'below' ? -2 : -1) ?? '';
  switch (route.kind) {
    case 'all': {
      const members = inventory.all(route.type);
      return isTheExample(template, members) ? undefined : encode(withMembers(template, members), schema, format);
    }
    case 'one': {
      const member = inventory.get(route.type, id);
      if (!member) return emError(404, `${route.type} [${id.slice(0, 64)}] was not found.`, format);
      if (member.example) return undefined;
      const value = materialize(member, formOf(template));
      return value ? encode(value, schema, format) : undefined;
    }
    case 'below': {
      const parent = inventory.get(route.parentType!, id);
      if (!parent) return emError(404, `${route.parentType} [${id.slice(0, 64)}] was not found.`, format);
      const members = inventory.below(parent, route.type);
      return isTheExample(template, members) ? undefined : encode(withMembers(template, members), schema, format);
    }
  }
}
