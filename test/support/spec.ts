// Loads the bundled spec (the build artefact every consumer uses) and walks its examples.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const bundlePath: string = require.resolve('@vbem/spec/openapi.json');

export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    examples: Record<string, { value: unknown }>;
    responses: Record<string, Response>;
  };
}
interface Ref {
  $ref: string;
}
export interface MediaType {
  schema: Ref;
  examples?: Record<string, Ref | { value: unknown }>;
}
export interface Response {
  description: string;
  content?: Record<string, MediaType>;
}
export interface Operation {
  operationId: string;
  responses: Record<string, Response | Ref>;
}

export const spec: OpenApiDocument = JSON.parse(readFileSync(bundlePath, 'utf8'));

/** Resolves a local `#/components/...` reference of the bundle. */
export function resolve<T>(node: T | Ref): T {
  if (typeof node === 'object' && node !== null && '$ref' in node) {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return resolve(path.reduce<any>((at, key) => at[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec)) as T;
  }
  return node as T;
}

export interface ExampleCase {
  /** `operationId status mediaType exampleName`, for test titles. */
  title: string;
  operationId: string;
  status: string;
  mediaType: string;
  name: string;
  schemaRef: string;
  value: unknown;
}

/** Every named example of every response of every operation. */
export function responseExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const item of Object.values(spec.paths)) {
    for (const operation of Object.values(item)) {
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [mediaType, media] of Object.entries(resolve(response).content ?? {})) {
          for (const [name, example] of Object.entries(media.examples ?? {})) {
            cases.push({
              title: `${operation.operationId} ${status} ${mediaType} ${name}`,
              operationId: operation.operationId,
              status,
              mediaType,
              name,
              schemaRef: media.schema.$ref,
              value: resolve(example).value,
            });
          }
        }
      }
    }
  }
  return cases;
}
