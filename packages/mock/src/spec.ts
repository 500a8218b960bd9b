// The bundled spec the mock serves: its file for Prism, its document for the layer.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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

export interface SpecDocument {
  security?: Record<string, string[]>[];
  paths: Record<string, Record<string, { security?: Record<string, string[]>[] }>>;
  components?: { securitySchemes?: Record<string, SecurityScheme> };
}

export const spec: SpecDocument = JSON.parse(readFileSync(locate('openapi.json'), 'utf8'));
