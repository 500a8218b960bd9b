// What the inventory takes from the spec: the query types and their fields (x-em-query-fields, x-em-property), the
// entity list of each type in `Entities`, the example members (entity and reference forms), and EM's API root.
import type { QueryField, QueryFields } from '@vbem/query';
import { resolve, spec } from '../spec.ts';

type Json = Record<string, unknown>;

interface Document {
  servers?: { url: string; variables?: Record<string, { default: string }> }[];
  paths: Record<string, Record<string, { parameters?: Json[]; responses?: Record<string, Json> }>>;
  components: { parameters?: Record<string, Json>; schemas?: Record<string, Json>; examples?: Record<string, { value?: unknown }> };
}

const document = spec as unknown as Document;


/** EM's API root as the examples write it (`https://localhost:9398/api`); the layer moves Hrefs under the mock's. */
export const apiRoot: string = (() => {
  const server = document.servers?.[0];
  return (server?.url ?? 'https://localhost:9398/api').replace(/\{(\w+)\}/g, (_, name: string) => server?.variables?.[name]?.default ?? name);
})();

/** A field with where its value is: `own` property of the entity, or `property` of the entity of type `of` it belongs to. */
export interface FieldModel extends QueryField {
  readonly property: { of: string | undefined; name: string } | undefined;
}

export interface QueryTypeModel {
  /** As the spec spells it: `VmRestorePoint`. */
  readonly name: string;
  readonly fields: Readonly<Record<string, FieldModel>>;
  /** The entity property holding the type's date (x-em-property of its own date-time field), if any. */
  readonly dateProperty: string | undefined;
  /** The list of this type in `Entities` (`VmRestorePoints`), if the spec has one. */
  readonly entitiesList: string | undefined;
  /** The schema of that list (`VmRestorePoints`). */
  readonly entitiesListSchema: string | undefined;
}

const queryParameter = Object.values(document.paths['/query']?.['get']?.parameters ?? [])
  .map((p) => resolve(p))
  .find((p) => p['x-em-query-fields'] !== undefined);
const queryFields = (queryParameter?.['x-em-query-fields'] ?? {}) as Record<string, QueryFields>;

/** The Entities property whose list holds items of `type`, and the list's schema (Entities → VmRestorePoints → VmRestorePoint). */
function entitiesListOf(type: string): [string, string] | [] {
  const entities = document.components.schemas?.['Entities'] as { properties?: Record<string, Json> } | undefined;
  for (const [name, property] of Object.entries(entities?.properties ?? {})) {
    const alternatives = (property['oneOf'] as Json[] | undefined) ?? [property];
    for (const alternative of alternatives) {
      if (typeof alternative['$ref'] !== 'string') continue;
      const list = resolve(alternative) as { properties?: Record<string, { items?: Json }> };
      const items = Object.values(list.properties ?? {})[0]?.items;
      if (items && items['$ref'] === `#/components/schemas/${type}`) return [name, alternative['$ref'].split('/').pop()!];
    }
  }
  return [];
}

export const queryTypes: ReadonlyMap<string, QueryTypeModel> = new Map(
  Object.entries(queryFields).map(([name, fields]) => {
    const models: Record<string, FieldModel> = {};
    let dateProperty: string | undefined;
    for (const [fieldName, field] of Object.entries(fields)) {
      const where = field['x-em-property'];
      const [of, property] = typeof where === 'string' ? (where.includes('/') ? where.split('/', 2) : [undefined, where]) : [];
      models[fieldName] = { ...field, property: property === undefined ? undefined : { of, name: property } };
      if (field.format === 'date-time' && of === undefined && property !== undefined) dateProperty = property;
    }
    const [entitiesList, entitiesListSchema] = entitiesListOf(name);
    return [name.toLowerCase(), { name, fields: models, dateProperty, entitiesList, entitiesListSchema }];
  }),
);

/** A member of the inventory the spec's examples show: its entity and reference forms, as the JSON examples hold them. */
export interface ExampleMember {
  readonly type: string;
  readonly id: string;
  entity: Json | undefined;
  ref: Json | undefined;
}

const UID = /^urn:veeam:(\w+):([0-9a-fA-F-]{36})$/;

/** Every entity the JSON examples show (by UID), first form found of each kind, in the examples' order. */
export const exampleMembers: readonly ExampleMember[] = (() => {
  const found = new Map<string, ExampleMember>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const object = value as Json;
    const match = typeof object['UID'] === 'string' ? UID.exec(object['UID']) : null;
    if (match && typeof object['Type'] === 'string') {
      const [, type, id] = match as unknown as [string, string, string];
      const member = found.get(object['UID'] as string) ?? { type, id: id.toLowerCase(), entity: undefined, ref: undefined };
      found.set(object['UID'] as string, member);
      if (object['Type'] === type) member.entity ??= object;
      else if (object['Type'] === `${type}Reference`) member.ref ??= object;
    }
    for (const child of Object.values(object)) walk(child);
  };
  for (const example of Object.values(document.components.examples ?? {})) if (typeof example.value !== 'string') walk(example.value);
  return [...found.values()];
})();

/** The JSON value of an operation's 200 example, by name (or the first). */
export function exampleValue(path: string, name?: string): Json | undefined {
  const media = (document.paths[path]?.['get']?.responses?.['200'] as { content?: Record<string, { examples?: Record<string, Json> }> } | undefined)?.content?.['application/json'];
  const examples = media?.examples ?? {};
  const chosen = examples[name ?? Object.keys(examples)[0] ?? ''];
  return chosen === undefined ? undefined : ((resolve(chosen) as { value?: Json }).value ?? undefined);
}

export const getPaths: readonly string[] = Object.keys(document.paths).filter((path) => document.paths[path]?.['get'] !== undefined);
