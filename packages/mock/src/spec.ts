// The bundled spec the mock serves: its file for Prism, its document for the layer.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const specPath: string = require.resolve('@vbem/spec/openapi.yaml');

export interface SecurityScheme {
  type: string;
  in?: string;
  name?: string;
  scheme?: string;
}

export interface SpecDocument {
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
  components?: { securitySchemes?: Record<string, SecurityScheme> };
}

export const spec: SpecDocument = JSON.parse(readFileSync(require.resolve('@vbem/spec/openapi.json'), 'utf8'));
