// Renders every file derived from the bundled spec. Pure: returns contents, writes nothing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describeSpec } from './descriptor.ts';
import { renderJsonReaders } from './json-readers.ts';
import { renderXmlBuilders } from './xml-builders.ts';

const require = createRequire(import.meta.url);

/** Absolute path of the bundled spec that every generator reads. */
export const bundlePath: string = require.resolve('@vbem/spec/openapi.json');

/** Repository root, so generated paths can be written relative to it. */
export const repoRoot: string = fileURLToPath(new URL('../../', import.meta.url));

export const banner = (what: string): string =>
  `// This file is generated from spec/ by tools/src/generate.ts (${what}). Do not edit: run \`pnpm generate\`.\n`;

export interface GeneratedFile {
  /** Path relative to the repository root. */
  path: string;
  contents: string;
}

async function renderTypes(spec: unknown): Promise<GeneratedFile> {
  const ast = await openapiTS(spec as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
    exportType: true,
  });
  return {
    path: 'packages/client/src/generated/schema.gen.ts',
    contents: banner('openapi-typescript') + '\n' + astToString(ast),
  };
}

/** The codec of `spec` (a bundled OpenAPI document): its descriptor, and the JSON readers and XML builders compiled from it. */
export function renderCodec(spec: unknown): GeneratedFile[] {
  const { schemas, operations } = describeSpec(spec as Parameters<typeof describeSpec>[0]);
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    {
      path: 'packages/client/src/generated/descriptor.gen.ts',
      contents: [
        banner('codec descriptor'),
        "import type { OperationDescriptor, SchemaDescriptor } from '../descriptor.ts';",
        '',
        '/** How each schema reads in JSON and in XML (from its `xml` objects). */',
        `export const schemas = ${json(schemas)} as const satisfies Record<string, SchemaDescriptor>;`,
        '',
        '/** Each operation, keyed `METHOD /path/{template}`, with the schema of each response body. */',
        `export const operations = ${json(operations)} as const satisfies Record<string, OperationDescriptor>;`,
        '',
        'export type SchemaName = keyof typeof schemas;',
        '',
      ].join('\n'),
    },
    {
      path: 'packages/client/src/generated/json-readers.gen.ts',
      contents: renderJsonReaders(schemas, banner('JSON readers')),
    },
    {
      path: 'packages/client/src/generated/xml-builders.gen.ts',
      contents: renderXmlBuilders(schemas, banner('XML builders')),
    },
  ];
}

/** Every generated file, in a stable order. */
export async function renderGeneratedFiles(): Promise<GeneratedFile[]> {
  const spec: unknown = JSON.parse(await readFile(bundlePath, 'utf8'));
  return [await renderTypes(spec), ...renderCodec(spec)];
}
