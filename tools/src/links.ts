// The link Type → answer map, read from the spec's examples: each link's Href names the GET operation that serves it, whose
// 200 schema (its reference form, or with `format=Entity` its entity form) is what a link of that Type leads to.
import { alternativesOf, isReference, type SchemaObject } from './representations.ts';

interface Spec {
  servers?: { url: string; variables?: Record<string, { default: string }> }[];
  paths: Record<string, Record<string, { responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: { $ref?: string } }> }> }>>;
  components: { schemas: Record<string, SchemaObject>; examples?: Record<string, { value?: unknown }> };
}

export interface ExampleLink {
  Rel: string;
  Href: string;
  Type?: string;
  /** The example it was found in. */
  example: string;
}

/** Every link (an object with `Rel` and `Href`) in the spec's JSON examples; their XML twins hold the same (test/spec-examples). */
export function exampleLinks(spec: Spec): ExampleLink[] {
  const links: ExampleLink[] = [];
  const walk = (value: unknown, example: string): void => {
    if (Array.isArray(value)) return value.forEach((v) => walk(v, example));
    if (typeof value !== 'object' || value === null) return;
    const { Rel, Href, Type } = value as Record<string, unknown>;
    if (typeof Rel === 'string' && typeof Href === 'string') links.push({ Rel, Href, ...(typeof Type === 'string' ? { Type } : {}), example });
    Object.values(value).forEach((v) => walk(v, example));
  };
  for (const [name, example] of Object.entries(spec.components.examples ?? {})) walk(example.value, name);
  return links;
}

/** The API root's path in the spec's first server (`https://{host}:9398/api` → `/api`). */
function basePath(spec: Spec): string {
  const server = spec.servers?.[0];
  if (!server) return '';
  const url = server.url.replace(/\{([^{}]+)\}/g, (_, name: string) => server.variables?.[name]?.default ?? 'localhost');
  return new URL(url, 'http://localhost').pathname.replace(/\/+$/, '');
}

const templateRegExp = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`);

/** The GET operation an Href names and whether it asks for the entity, or undefined when no GET serves it (a logon link). */
export function operationOfHref(spec: Spec, href: string): { path: string; entity: boolean } | undefined {
  const url = new URL(href, 'http://localhost/');
  const base = basePath(spec);
  if (!url.pathname.startsWith(`${base}/`)) return undefined;
  const path = url.pathname.slice(base.length);
  const template = Object.keys(spec.paths).find((t) => spec.paths[t]!['get']?.responses && templateRegExp(t).test(path));
  return template === undefined ? undefined : { path: template, entity: url.searchParams.get('format')?.toLowerCase() === 'entity' };
}

/** The component a GET answers for an Href: its 200 schema, narrowed to the reference or entity form it asks for. */
function answerOf(spec: Spec, path: string, entity: boolean): string {
  const ok = spec.paths[path]!['get']!.responses!['200']?.content;
  const ref = Object.values(ok ?? {})[0]?.schema?.$ref;
  if (!ref?.startsWith('#/components/schemas/')) throw new Error(`GET ${path}: its 200 answer is not a component schema, so links to it cannot be typed`);
  const schemas = spec.components.schemas;
  const all = alternativesOf(schemas, ref.slice('#/components/schemas/'.length));
  const forms = all.length === 1 ? all : all.filter((name) => isReference(schemas, name) !== entity);
  if (forms.length !== 1) throw new Error(`GET ${path}${entity ? '?format=Entity' : ''}: ${forms.length} of its answers (${all.join(', ')}) fit; expected one`);
  return forms[0]!;
}

/** Each link Type of the examples → the component its link leads to; a Type that leads to two different ones is an error. */
export function linkTargets(spec: Spec): Record<string, string> {
  const targets: Record<string, { schema: string; from: string }> = {};
  for (const link of exampleLinks(spec)) {
    if (link.Type === undefined) continue;
    const operation = operationOfHref(spec, link.Href);
    if (!operation) continue;
    const schema = answerOf(spec, operation.path, operation.entity);
    const named = spec.components.schemas[schema]?.properties?.['Type']?.['const'];
    if (named !== undefined && named !== link.Type) {
      throw new Error(`a link of type ${link.Type} (${link.Href} in example ${link.example}) leads to ${schema}, whose Type is always ${String(named)}`);
    }
    const known = targets[link.Type];
    if (known && known.schema !== schema) {
      throw new Error(`links of type ${link.Type} lead to ${known.schema} (${known.from}) and to ${schema} (${link.Href} in example ${link.example}); a Type must name one answer`);
    }
    targets[link.Type] ??= { schema, from: `${link.Href} in example ${link.example}` };
  }
  return Object.fromEntries(Object.entries(targets).sort(([a], [b]) => a.localeCompare(b)).map(([type, { schema }]) => [type, schema]));
}
