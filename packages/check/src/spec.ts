// The spec the check holds EM to: the bundled document, and its operations as the crawler needs them.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export interface SchemaObject {
  $ref?: string;
  [key: string]: unknown;
}

interface HeaderObject {
  required?: boolean;
  schema?: SchemaObject;
  $ref?: string;
}

interface ResponseObject {
  $ref?: string;
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { schema?: SchemaObject }>;
}

interface OperationObject {
  responses?: Record<string, ResponseObject>;
  security?: Record<string, string[]>[];
}

export interface SpecDocument {
  openapi: string;
  info: { version: string };
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, SchemaObject> };
}

/** One documented answer of an operation. */
export interface DocumentedResponse {
  /** Media type → the schema, as the codec names it: a component name, or a JSON pointer to a schema written in place. */
  media: Record<string, string>;
  /** Media type → the JSON Schema to validate JSON with. */
  jsonSchema: Record<string, SchemaObject>;
  headers: { name: string; required: boolean; schema: SchemaObject | undefined }[];
}

export interface Operation {
  /** `GET /backups/{ID}`: how the report names it. */
  key: string;
  method: string;
  /** The path template, relative to the API root. */
  path: string;
  responses: Record<string, DocumentedResponse>;
  matches(path: string): boolean;
}

const require = createRequire(import.meta.url);

/** Packed, the build copies the spec beside the code (dist/); in the workspace it is @vbem/spec's current bundle. */
function locate(): string {
  const beside = fileURLToPath(new URL('openapi.json', import.meta.url));
  return existsSync(beside) ? beside : require.resolve('@vbem/spec/openapi.json');
}

export const spec: SpecDocument = JSON.parse(readFileSync(locate(), 'utf8'));

const unescape = (token: string): string => token.replace(/~1/g, '/').replace(/~0/g, '~');
const escape = (token: string): string => token.replace(/~/g, '~0').replace(/\//g, '~1');

/** Follows local `$ref`s of the bundle until a node that is not one. */
export function resolve<T extends { $ref?: string }>(node: T): T {
  let at: T = node;
  for (let hops = 0; at.$ref !== undefined; hops++) {
    if (!at.$ref.startsWith('#/') || hops > 32) throw new Error(`The spec's $ref ${at.$ref} cannot be resolved in the bundle.`);
    at = at.$ref
      .slice(2)
      .split('/')
      .reduce<any>((parent, token) => parent?.[unescape(token)], spec);
    if (at === undefined) throw new Error(`The spec's $ref ${node.$ref} points at nothing.`);
  }
  return at;
}

function schemaName(schema: SchemaObject, pointer: string): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(schema.$ref ?? '');
  return match ? unescape(match[1]!) : pointer;
}

function documented(response: ResponseObject, pointer: string): DocumentedResponse {
  const resolved = resolve(response);
  const base = response.$ref ?? pointer;
  const media: Record<string, string> = {};
  const jsonSchema: Record<string, SchemaObject> = {};
  for (const [type, content] of Object.entries(resolved.content ?? {})) {
    if (!content.schema) continue;
    media[type] = schemaName(content.schema, `${base}/content/${escape(type)}/schema`);
    jsonSchema[type] = content.schema;
  }
  const headers = Object.entries(resolved.headers ?? {}).map(([name, header]) => {
    const h = resolve(header);
    return { name, required: h.required === true, schema: h.schema };
  });
  return { media, jsonSchema, headers };
}

const templateRegex = (template: string): RegExp =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`);

/** Every operation of the spec. */
export const operations: Operation[] = Object.entries(spec.paths).flatMap(([path, item]) =>
  Object.entries(item)
    .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'].includes(method))
    .map(([method, operation]) => {
      const regex = templateRegex(path);
      const pointer = `#/paths/${escape(path)}/${method}/responses`;
      const responses = Object.fromEntries(Object.entries(operation.responses ?? {}).map(([status, r]) => [status, documented(r, `${pointer}/${status}`)]));
      return { key: `${method.toUpperCase()} ${path}`, method: method.toUpperCase(), path, responses, matches: (p: string) => regex.test(p) };
    }),
);

/** The operation serving `method` on `path` (relative to the API root; the root itself is `/`). */
export const operationFor = (method: string, path: string): Operation | undefined =>
  operations.find((op) => op.method === method && op.matches(path === '' ? '/' : path));

/** The documented answer for `status`: its own, or the operation's `default`. */
export const responseFor = (operation: Operation, status: number): DocumentedResponse | undefined =>
  operation.responses[String(status)] ?? operation.responses['default'];
