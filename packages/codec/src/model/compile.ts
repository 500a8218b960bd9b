// OpenAPI document → model. Written by hand because no library maps the XML Object (see README for the rules).
import { CodecError, type CodecIssue } from '../errors.ts';
import type { ArrayModel, Field, Model, ObjectModel, Root, ScalarModel, TupleModel, UnionModel, XmlName } from './types.ts';

export interface XmlObject {
  name?: string;
  namespace?: string;
  prefix?: string;
  attribute?: boolean;
  wrapped?: boolean;
  nodeType?: 'element' | 'attribute' | 'text' | 'cdata' | 'none';
}

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  required?: string[];
  properties?: Record<string, SchemaObject | boolean>;
  additionalProperties?: SchemaObject | boolean;
  items?: SchemaObject | boolean;
  allOf?: (SchemaObject | boolean)[];
  oneOf?: (SchemaObject | boolean)[];
  anyOf?: (SchemaObject | boolean)[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  xml?: XmlObject;
  [keyword: string]: unknown;
}

export interface OpenApiDocument {
  openapi?: string;
  swagger?: string;
  components?: { schemas?: Record<string, SchemaObject | boolean>; [kind: string]: unknown };
  [field: string]: unknown;
}

/** Keywords the codec cannot map to XML; a schema that uses one is refused with the reason. */
const REFUSED: Record<string, string> = {
  not: 'a negated schema has no XML form',
  if: 'conditional schemas (if/then/else) cannot decide an XML form',
  $dynamicRef: 'dynamic references cannot be resolved before the data is read',
  patternProperties: 'element names chosen by pattern are not supported; use additionalProperties',
};

const SCHEMA_PREFIX = '#/components/schemas/';
const unname = (name: string | undefined): string | undefined => (name === undefined || name === '##default' ? undefined : name);
const asSchema = (schema: SchemaObject | boolean | undefined): SchemaObject =>
  schema === undefined || schema === true ? {} : schema === false ? { not: {} } : schema;

/** A schema after following its `$ref`s, with the `xml` objects along the way merged (the outermost wins). */
interface Resolved {
  schema: SchemaObject;
  xml: XmlObject;
  nullable: boolean;
  /** The component the chain ended at, when it went through one. */
  component: string | undefined;
}

export class Compiler {
  readonly refusals: CodecIssue[] = [];
  private readonly models = new Map<SchemaObject, Model>();
  private readonly roots = new Map<string, Root>();
  private readonly failed = new Map<string, CodecError>();
  /** Models made by the root being compiled, dropped again if it is refused. */
  private added: SchemaObject[] = [];
  private readonly schemas: Record<string, SchemaObject | boolean>;

  constructor(private readonly document: OpenApiDocument) {
    const version = document.openapi;
    if (typeof version !== 'string' || !/^3\.[0-2]\./.test(version)) {
      throw new CodecError('unsupported', `Unsupported document: openapi is ${JSON.stringify(version ?? document.swagger ?? null)}; expected an OpenAPI 3.0.x, 3.1.x or 3.2.x document.`);
    }
    this.schemas = document.components?.schemas ?? {};
  }

  /** Every component under components.schemas compiled; what cannot be is listed in `refusals`. */
  compileAll(): void {
    for (const name of Object.keys(this.schemas)) {
      try {
        this.root(name);
      } catch (error) {
        if (!(error instanceof CodecError) || error.code !== 'unsupported') throw error;
        this.refusals.push(...error.issues);
      }
    }
  }

  /** The component `name` as a document: its root element and model. */
  root(name: string): Root {
    const cached = this.roots.get(name);
    if (cached) return cached;
    const failed = this.failed.get(name);
    if (failed) throw failed;
    const added = (this.added = []);
    try {
      return this.compileRoot(name);
    } catch (error) {
      // A refused schema leaves no half-built model behind for another component to pick up.
      for (const schema of added) this.models.delete(schema);
      if (error instanceof CodecError && error.code === 'unsupported') this.failed.set(name, error);
      throw error;
    }
  }

  private compileRoot(name: string): Root {
    // A JSON pointer (`#/paths/…/schema`) names a schema written in place, such as a response's oneOf.
    const pointer = name.startsWith('#/');
    if (!pointer && !Object.hasOwn(this.schemas, name)) {
      throw new CodecError('no-schema', `No schema ${JSON.stringify(name)} under components.schemas; expected one of ${Object.keys(this.schemas).join(', ') || '(none)'}.`);
    }
    const resolved = this.resolve(pointer ? this.pointer(name, name) : asSchema(this.schemas[name]), name);
    const inferred = pointer ? resolved.component : name;
    const model = this.model(resolved.schema, name);
    if ((model.kind === 'array' || model.kind === 'tuple') && resolved.xml.nodeType !== 'element' && resolved.xml.wrapped !== true) {
      throw refuse(name, 'an unwrapped array', 'an XML document has one root element; give the array nodeType: element (or wrapped: true)');
    }
    if (resolved.xml.nodeType === 'attribute' || resolved.xml.attribute || resolved.xml.nodeType === 'text' || resolved.xml.nodeType === 'cdata') {
      throw refuse(name, `nodeType ${resolved.xml.nodeType ?? 'attribute'}`, 'a document root must be an element');
    }
    const local = unname(resolved.xml.name) ?? inferred ?? (model.kind === 'union' ? '' : undefined);
    if (local === undefined) throw refuse(name, 'a schema without a name', 'an inline schema needs xml.name to name its element');
    const root: Root = {
      component: inferred ?? name,
      name: { local, ns: unname(resolved.xml.namespace), prefix: resolved.xml.prefix },
      named: unname(resolved.xml.name) !== undefined,
      model,
      nullable: resolved.nullable,
      item: model.kind === 'array' ? this.itemOf(resolved, local, name) : undefined,
    };
    this.roots.set(name, root);
    return root;
  }

  private pointer(ref: string, where: string): SchemaObject {
    if (!ref.startsWith('#')) throw refuse(where, `$ref ${ref}`, 'only local references (#/…) are supported; bundle the document first');
    let node: unknown = this.document;
    for (const raw of ref.slice(1).split('/').slice(1)) {
      const token = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = typeof node === 'object' && node !== null && Object.hasOwn(node, token) ? (node as Record<string, unknown>)[token] : undefined;
      if (node === undefined) throw refuse(where, `$ref ${ref}`, 'it points at nothing in this document');
    }
    return asSchema(node as SchemaObject | boolean);
  }

  /** Follows `$ref`s; merges `xml` (outer fields win) and nullability along the way. */
  resolve(schema: SchemaObject, where: string): Resolved {
    let xml: XmlObject = {};
    let nullable = false;
    let component: string | undefined;
    const seen = new Set<SchemaObject>();
    let current = schema;
    while (current.$ref !== undefined && !hasStructure(current)) {
      if (seen.has(current)) throw refuse(where, `$ref ${current.$ref}`, 'the reference loops back to itself');
      seen.add(current);
      xml = { ...current.xml, ...xml };
      nullable ||= nullableOf(current);
      if (current.$ref.startsWith(SCHEMA_PREFIX) && !current.$ref.slice(SCHEMA_PREFIX.length).includes('/')) {
        component = decodeURIComponent(current.$ref.slice(SCHEMA_PREFIX.length));
      }
      current = this.pointer(current.$ref, where);
    }
    return { schema: current, xml: { ...current.xml, ...xml }, nullable: nullable || nullableOf(current) || this.unionNullable(current), component };
  }

  private unionNullable(schema: SchemaObject): boolean {
    return [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])].some((option) => isNullSchema(asSchema(option)));
  }

  /** The model of a schema (shared: the same schema object always gives the same model, so `$ref` cycles close). */
  model(schema: SchemaObject, where: string): Model {
    const cached = this.models.get(schema);
    if (cached) return cached;
    for (const [keyword, reason] of Object.entries(REFUSED)) {
      if (schema[keyword] !== undefined) throw refuse(where, keyword, reason);
    }
    if (schema.$ref !== undefined) {
      if (!hasStructure(schema)) return this.model(this.resolve(schema, where).schema, where);
      const { $ref, ...rest } = schema;
      return this.allOf(schema, [{ $ref }, rest], where);
    }
    if (schema.allOf) return this.allOf(schema, schema.allOf.map(asSchema), where);
    const options = schema.oneOf ?? schema.anyOf;
    if (options) return this.union(schema, options.map(asSchema), where);

    const types = (Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]).filter((t) => t !== 'null');
    if (types.length > 1) {
      return this.union(schema, types.map((type) => ({ ...schema, type })), where);
    }
    const type = types[0] ?? (schema.properties || schema.additionalProperties !== undefined ? 'object' : schema.items ? 'array' : undefined);
    switch (type) {
      case undefined:
        return this.remember(schema, { kind: 'any' });
      case 'object':
        return this.object(schema, where);
      case 'array': {
        if (Array.isArray(schema['prefixItems'])) return this.tuple(schema, schema['prefixItems'] as (SchemaObject | boolean)[], where);
        const model: ArrayModel = { kind: 'array', items: { kind: 'any' } };
        this.remember(schema, model);
        model.items = this.model(this.resolve(asSchema(schema.items), `${where}.items`).schema, `${where}.items`);
        if (model.items.kind === 'array') throw refuse(`${where}.items`, 'an array of arrays', 'nested arrays have no element of their own to tell their items apart');
        return model;
      }
      case 'string':
      case 'integer':
      case 'number':
      case 'boolean': {
        const allowed = schema.const !== undefined ? [schema.const] : schema.enum?.filter((value) => value !== null);
        const model: ScalarModel = { kind: 'scalar', type, int64: type === 'integer' && schema.format === 'int64', allowed };
        return this.remember(schema, model);
      }
      default:
        throw refuse(where, `type ${JSON.stringify(type)}`, 'expected string, integer, number, boolean, object, array or null');
    }
  }

  /** prefixItems: an ordered sequence of elements and text nodes inside one element. */
  private tuple(schema: SchemaObject, prefixItems: (SchemaObject | boolean)[], where: string): TupleModel {
    if (schema.items !== undefined && schema.items !== false) throw refuse(`${where}.items`, 'items beside prefixItems', 'an open-ended sequence after ordered items has no names to read it by');
    const model: TupleModel = { kind: 'tuple', title: where, items: [] };
    this.remember(schema, model);
    for (const [i, part] of prefixItems.entries()) {
      const at = `${where}.prefixItems[${i}]`;
      const resolved = this.resolve(asSchema(part), at);
      const item = this.model(resolved.schema, at);
      const nodeType = resolved.xml.nodeType ?? (resolved.xml.attribute ? 'attribute' : undefined);
      if (nodeType === 'attribute' || nodeType === 'none' || item.kind === 'array' || item.kind === 'tuple') throw refuse(at, nodeType ? `nodeType ${nodeType}` : `an ${item.kind}`, 'each item of an ordered sequence is an element or a text node');
      const text = nodeType === 'text' || nodeType === 'cdata';
      if (text && !isScalarLike(item)) throw refuse(at, `nodeType ${nodeType} on an ${item.kind}`, 'only scalar values can be a text node');
      model.items.push({ model: item, nullable: resolved.nullable, text, cdata: nodeType === 'cdata', name: { local: unname(resolved.xml.name) ?? '', ns: unname(resolved.xml.namespace), prefix: resolved.xml.prefix } });
    }
    return model;
  }

  private remember<M extends Model>(schema: SchemaObject, model: M): M {
    this.models.set(schema, model);
    this.added.push(schema);
    return model;
  }

  private object(schema: SchemaObject, where: string): ObjectModel {
    const model: ObjectModel = { kind: 'object', title: where, fields: [], additional: undefined, lookup: undefined };
    this.remember(schema, model);
    this.addFields(model, schema, where);
    return model;
  }

  private addFields(model: ObjectModel, schema: SchemaObject, where: string): void {
    const required = new Set(schema.required ?? []);
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const field = this.field(key, asSchema(property), required.has(key), `${where}.${key}`);
      const existing = model.fields.findIndex((f) => f.key === key);
      if (existing >= 0) model.fields[existing] = { ...field, required: field.required || model.fields[existing]!.required };
      else model.fields.push(field);
    }
    // `required` may name properties declared by another allOf part.
    for (const key of required) {
      const field = model.fields.find((f) => f.key === key);
      if (field) field.required = true;
    }
    const extra = schema.additionalProperties;
    if (extra !== undefined && extra !== false) model.additional = this.model(this.resolve(asSchema(extra), `${where}.additionalProperties`).schema, `${where}.additionalProperties`);
    const texts = model.fields.filter((f) => f.node === 'text');
    if (texts.length > 1) throw refuse(where, `${texts.length} text nodes`, `two text nodes side by side cannot be told apart when read (${texts.map((f) => f.key).join(', ')})`);
    const names = new Map<string, string>();
    for (const field of model.fields) {
      if (field.node === 'text') continue;
      const names_ = field.wrapped || !field.item ? [field.name] : [field.item.name];
      for (const name of names_) {
        const id = `${field.node}|${name.ns ?? ''}|${name.local}`;
        const other = names.get(id);
        if (other !== undefined && other !== field.key) {
          throw refuse(where, `two ${field.node}s named ${name.local}`, `properties ${other} and ${field.key} would both read <${name.local}>`);
        }
        names.set(id, field.key);
      }
    }
  }

  /** allOf: the parts describe one element, so their properties merge into one object. */
  private allOf(holder: SchemaObject, parts: SchemaObject[], where: string): Model {
    const model: ObjectModel = { kind: 'object', title: where, fields: [], additional: undefined, lookup: undefined };
    this.remember(holder, model);
    const own: SchemaObject = { ...holder, allOf: undefined, $ref: undefined };
    for (const [i, part] of [...parts, own].entries()) {
      const at = i < parts.length ? `${where}.allOf[${i}]` : where;
      const resolved = this.resolve(part, at);
      if (resolved.schema.allOf || resolved.schema.$ref) {
        const inner = this.model(resolved.schema, at);
        if (inner.kind !== 'object') throw refuse(at, `allOf of ${inner.kind}`, 'only object parts can merge into one element');
        for (const field of inner.fields) mergeField(model, field);
        model.additional ??= inner.additional;
        continue;
      }
      const type = resolved.schema.type;
      if (type !== undefined && type !== 'object' && !(Array.isArray(type) && type.includes('object'))) {
        if (!resolved.schema.properties && i === parts.length) continue;
        throw refuse(at, `allOf part of type ${JSON.stringify(type)}`, 'only object parts can merge into one element');
      }
      const part_: ObjectModel = { kind: 'object', title: at, fields: [], additional: undefined, lookup: undefined };
      this.addFields(part_, { ...resolved.schema, allOf: undefined }, at);
      for (const field of part_.fields) mergeField(model, field);
      for (const key of resolved.schema.required ?? []) {
        const field = model.fields.find((f) => f.key === key);
        if (field) field.required = true;
      }
      model.additional ??= part_.additional;
    }
    return model;
  }

  private union(holder: SchemaObject, options: SchemaObject[], where: string): UnionModel {
    const model: UnionModel = { kind: 'union', title: where, options: [], discriminator: undefined };
    this.remember(holder, model);
    for (const [i, option] of options.entries()) {
      if (isNullSchema(option)) continue;
      const at = `${where}.${holder.oneOf ? 'oneOf' : 'anyOf'}[${i}]`;
      const resolved = this.resolve(option, at);
      const local = unname(resolved.xml.name) ?? resolved.component;
      model.options.push({
        model: this.model(resolved.schema, at),
        name: local === undefined ? undefined : { local, ns: unname(resolved.xml.namespace), prefix: resolved.xml.prefix },
        label: resolved.component ?? at,
      });
    }
    const discriminator = holder.discriminator;
    if (discriminator) {
      const mapping = new Map<string, number>();
      const refs = options.filter((o) => !isNullSchema(o)).map((o) => o.$ref);
      for (const [i, ref] of refs.entries()) {
        if (ref?.startsWith(SCHEMA_PREFIX)) mapping.set(decodeURIComponent(ref.slice(SCHEMA_PREFIX.length)), i);
      }
      for (const [value, target] of Object.entries(discriminator.mapping ?? {})) {
        const ref = target.startsWith('#') ? target : `${SCHEMA_PREFIX}${target}`;
        const index = refs.indexOf(ref);
        if (index < 0) throw refuse(`${where}.discriminator.mapping.${value}`, `mapping to ${target}`, 'it names no alternative of this oneOf/anyOf');
        mapping.set(value, index);
      }
      model.discriminator = { key: discriminator.propertyName, mapping };
    }
    return model;
  }

  private field(key: string, property: SchemaObject, required: boolean, where: string): Field {
    const resolved = this.resolve(property, where);
    const { xml } = resolved;
    const model = this.model(resolved.schema, where);
    const nullable = resolved.nullable;
    const nodeType = xml.nodeType ?? (xml.attribute ? 'attribute' : undefined);
    const local = unname(xml.name) ?? key;
    const explicitNs = unname(xml.namespace);
    const base = { key, model, required, nullable, cdata: false, item: undefined, wrapped: false };
    if (nodeType === 'attribute' || nodeType === 'text' || nodeType === 'cdata') {
      if (!isScalarLike(model)) throw refuse(where, `nodeType ${nodeType} on ${model.kind === 'object' ? 'an object' : `a ${model.kind}`}`, `only scalar values can be an ${nodeType === 'attribute' ? 'attribute' : 'text node'}`);
      if (nodeType === 'attribute') return { ...base, node: 'attribute', name: { local, ns: explicitNs, prefix: xml.prefix } };
      return { ...base, node: 'text', cdata: nodeType === 'cdata', name: { local: '#text', ns: undefined, prefix: undefined } };
    }
    if (model.kind === 'array') {
      const wrapped = nodeType === 'element' || xml.wrapped === true;
      // Items without a name of their own take the wrapper's (as the OAS examples show), or the property's.
      const item = this.itemOf(resolved, wrapped ? local : key, where);
      return { ...base, node: 'element', wrapped, item, name: wrapped ? { local, ns: explicitNs, prefix: xml.prefix } : item.name };
    }
    if (model.kind === 'tuple' && nodeType !== 'element') throw refuse(where, 'prefixItems without nodeType element', 'an ordered sequence needs an element to hold it');
    if (nodeType === 'none') {
      throw refuse(where, 'nodeType none on a property that is not an array', 'its nodes would merge into the parent element, which the codec does not do');
    }
    return { ...base, node: 'element', name: { local, ns: explicitNs, prefix: xml.prefix } };
  }

  private itemOf(array: Resolved, key: string, where: string): { name: XmlName; nullable: boolean } {
    const items = this.resolve(asSchema(array.schema.items), `${where}.items`);
    const nodeType = items.xml.nodeType ?? (items.xml.attribute ? 'attribute' : undefined);
    if (nodeType !== undefined && nodeType !== 'element' && nodeType !== 'none') {
      throw refuse(`${where}.items`, `nodeType ${nodeType} on array items`, 'each item of an array is an element');
    }
    return { name: { local: unname(items.xml.name) ?? key, ns: unname(items.xml.namespace), prefix: items.xml.prefix }, nullable: items.nullable };
  }
}

function mergeField(model: ObjectModel, field: Field): void {
  const existing = model.fields.findIndex((f) => f.key === field.key);
  if (existing < 0) model.fields.push({ ...field });
  else model.fields[existing] = { ...field, required: field.required || model.fields[existing]!.required };
}

/** Whether a schema with a `$ref` also says something of its own (then it is read as allOf of the two). */
function hasStructure(schema: SchemaObject): boolean {
  return ['properties', 'allOf', 'oneOf', 'anyOf', 'items', 'additionalProperties', 'type'].some((k) => schema[k] !== undefined);
}

const isScalarLike = (model: Model): boolean =>
  model.kind === 'scalar' || model.kind === 'any' || (model.kind === 'union' && model.options.every((o) => o.model.kind === 'scalar'));

function nullableOf(schema: SchemaObject): boolean {
  if (schema.nullable === true) return true;
  if (Array.isArray(schema.type) && schema.type.includes('null')) return true;
  if (schema.type === 'null') return true;
  return schema.const === null || (schema.enum?.includes(null) ?? false);
}

const isNullSchema = (schema: SchemaObject): boolean =>
  schema.type === 'null' || (Array.isArray(schema.type) && schema.type.length === 1 && schema.type[0] === 'null');

const refuse = (path: string, construct: string, reason: string): CodecError =>
  new CodecError('unsupported', `Unsupported schema at ${path}: ${construct}; ${reason}.`, { path });
