// What the spec says an answer holds: the operation of a path, the schema of a status, an example's value decoded.
import { decodeJson, descriptorOperations } from '@vbem/client';
import { type MediaType, resolve, spec } from '../../support/spec.ts';

interface DescribedOperation {
  method: string;
  path: string;
  responses: Record<string, string | null>;
}

export const operations = Object.values(descriptorOperations as Record<string, DescribedOperation>);

const matches = (template: string, path: string): boolean =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`).test(path);

/** The spec operation of a request URL path such as `/api/backups/…/restorePoints?x` (with or without `/api`). */
export function operationOf(method: string, urlPath: string): DescribedOperation {
  const path = urlPath.split('?')[0]!.replace(/^\/api(?=\/|$)/, '') || '/';
  const operation = operations.find((op) => op.method === method && matches(op.path, path));
  if (!operation) throw new Error(`The spec has no operation ${method} ${path}.`);
  return operation;
}

/** The schema name of the body of `status`, or null when the spec gives that answer no body. */
export function schemaOf(operation: DescribedOperation, status: number): string | null {
  const schema = operation.responses[String(status)];
  if (schema === undefined) throw new Error(`${operation.method} ${operation.path} documents no ${status} answer.`);
  return schema;
}

function mediaOf(operation: DescribedOperation, status: number, mediaType: string): MediaType {
  const response = resolve(spec.paths[operation.path]![operation.method.toLowerCase()]!.responses[String(status)]!);
  const media = response.content?.[mediaType];
  if (!media) throw new Error(`${operation.method} ${operation.path} ${status} has no ${mediaType} content.`);
  return media;
}

/** Where the spec's examples say EM is: its first server URL with the variables' defaults (`https://localhost:9398/api`). */
const specRoot = (() => {
  const server = (spec as unknown as { servers: { url: string; variables?: Record<string, { default: string }> }[] }).servers[0]!;
  return server.url.replace(/\{(\w+)\}/g, (_, name: string) => server.variables![name]!.default);
})();

/**
 * The example as the mock answers it at `apiRoot` (its URL, such as `http://127.0.0.1:4010/api`): every Href under the
 * spec's server URL moved under the mock's (packages/mock/README.md, "Hrefs point at the mock").
 */
export function servedAt<T>(example: T, apiRoot: string): T {
  if (typeof example === 'string') return example.replaceAll(specRoot, apiRoot) as T;
  return JSON.parse(JSON.stringify(example).replaceAll(JSON.stringify(specRoot).slice(1, -1), apiRoot)) as T;
}

/** The JSON example named `name` (or the only one) of the answer `status`, decoded as the client decodes it. */
export function expectedExample(operation: DescribedOperation, status: number, name?: string): unknown {
  const examples = mediaOf(operation, status, 'application/json').examples ?? {};
  const key = name ?? Object.keys(examples)[0];
  const example = key === undefined ? undefined : examples[key];
  if (!example) throw new Error(`${operation.method} ${operation.path} ${status} has no JSON example ${name ?? ''}.`);
  return decodeJson(JSON.stringify(resolve<{ value: unknown }>(example).value), schemaOf(operation, status)!);
}

/** The example named `name` of the answer `status` in `mediaType`, as the spec holds it (XML: the string). */
export function rawExample(operation: DescribedOperation, status: number, mediaType: string, name: string): unknown {
  const example = mediaOf(operation, status, mediaType).examples?.[name];
  if (!example) throw new Error(`${operation.method} ${operation.path} ${status} has no ${mediaType} example ${name}.`);
  return resolve<{ value: unknown }>(example).value;
}

/** Every documented status of an operation: 2xx, and the errors the mock can be asked for. */
export const statuses = (operation: DescribedOperation): number[] => Object.keys(operation.responses).map(Number);

/** The example of each path and required query parameter, so requests name real-looking IDs and versions. */
export function exampleParams(operation: DescribedOperation, { optional = false, query }: { optional?: boolean; query?: Record<string, string> | undefined } = {}): { path: Record<string, string>; query: Record<string, string> } {
  const parameters = (spec.paths[operation.path]![operation.method.toLowerCase()] as unknown as { parameters?: unknown[] }).parameters ?? [];
  const params = { path: {} as Record<string, string>, query: {} as Record<string, string> };
  // Required ones unless asked: an optional one such as `format=Entity` asks for another answer than the first example.
  for (const parameter of parameters.map((p) => resolve<{ in: string; name: string; example?: string; required?: boolean }>(p as never))) {
    if ((parameter.in === 'path' || (parameter.in === 'query' && (parameter.required || optional))) && parameter.example !== undefined) params[parameter.in][parameter.name] = parameter.example;
  }
  if (query !== undefined) params.query = query;
  return params;
}
