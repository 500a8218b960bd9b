// The bundled spec the mock serves: its file for Prism, its document for the layer.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createCodec, type OpenApiDocument } from '@vbem/codec';

const require = createRequire(import.meta.url);

/** Packed, the build copies the spec beside the bundle (dist/); in the workspace, it is @vbem/spec's current bundle. */
const locate = (file: 'openapi.yaml' | 'openapi.json'): string => {
  const beside = fileURLToPath(new URL(file, import.meta.url));
  return existsSync(beside) ? beside : require.resolve(`@vbem/spec/${file}`);
};

export const specPath: string = locate('openapi.yaml');

export interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: { $ref?: string }; examples?: Record<string, { $ref?: string; value?: unknown }> }>;
}

export interface SpecDocument {
  openapi: string;
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, { security?: Record<string, string[]>[]; responses?: Record<string, ResponseObject> }>>;
  components?: { securitySchemes?: Record<string, SecurityScheme>; responses?: Record<string, ResponseObject>; examples?: Record<string, { value?: unknown }> };
}

export const spec: SpecDocument = JSON.parse(readFileSync(locate('openapi.json'), 'utf8'));

/** The spec's bodies in XML and JSON: the one codec the client uses too, driven by the spec's `xml` objects. */
export const codec = createCodec(spec as unknown as OpenApiDocument);

const LOCAL_REF = /^#\/components\/(\w+)\/(.+)$/;

/** `value` with a local `$ref` (`#/components/<kind>/<name>`) followed once; anything else as it is. */
export function resolve<T>(value: T): T {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== 'string') return value;
  const [, kind, name] = LOCAL_REF.exec(ref) ?? [];
  const target = kind === undefined ? undefined : (spec.components as Record<string, Record<string, unknown>> | undefined)?.[kind]?.[decodeURIComponent(name!)];
  return (target ?? value) as T;
}
