// The bundled spec the mock serves: its file for Prism, its document for the layer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCodec, type OpenApiDocument } from '@vbem/codec';

const require = createRequire(import.meta.url);

export const specPath: string = require.resolve('@vbem/spec/openapi.yaml');

export interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface ResponseObject {
  $ref?: string;
  content?: Record<string, { schema?: { $ref?: string } }>;
}

export interface SpecDocument {
  openapi: string;
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, { security?: Record<string, string[]>[]; responses?: Record<string, ResponseObject> }>>;
  components?: { securitySchemes?: Record<string, SecurityScheme>; responses?: Record<string, ResponseObject> };
}

export const spec: SpecDocument = JSON.parse(readFileSync(require.resolve('@vbem/spec/openapi.json'), 'utf8'));

/** The spec's bodies in XML and JSON: the one codec the client uses too, driven by the spec's `xml` objects. */
export const codec = createCodec(spec as unknown as OpenApiDocument);
