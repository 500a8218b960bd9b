// Renders every file derived from the bundled spec. Pure: returns contents, writes nothing.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { describeSpec } from './descriptor.ts';
import { describeQuery } from './query.ts';
import { renderJsonReaders } from './json-readers.ts';
import { linkTargets } from './links.ts';
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
  const { schemas, codecOnly, operations } = describeSpec(spec as Parameters<typeof describeSpec>[0]);
  const json = (value: unknown) => JSON.stringify(value, null, 2);
  return [
    {
      path: 'packages/client/src/generated/document.gen.ts',
      contents: [
        banner('the schemas for @vbem/codec'),
        "import type { OpenApiDocument } from '@vbem/codec';",
        '',
        '/** The part of the spec that bodies are read by: its schemas, and any response schema written in place. */',
        `export const document: OpenApiDocument = ${json(codecDocument(spec as Record<string, unknown>, operations))};`,
        '',
      ].join('\n'),
    },
    {
      path: 'packages/client/src/generated/descriptor.gen.ts',
      contents: [
        banner('codec descriptor'),
        "import type { OperationDescriptor, SchemaDescriptor } from '../descriptor.ts';",
        '',
        '/**',
        ' * How each schema of the compiled fast path reads in JSON and in XML (from its `xml` objects). The others are read by',
        ' * @vbem/codec alone:',
        ...codecOnly.map((reason) => ` * - ${reason.replace(/\*\//g, '* /')}`),
        ' */',
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
      path: 'packages/client/src/generated/links.gen.ts',
      contents: [
        banner('link types'),
        "import type { components } from './schema.gen.ts';",
        '',
        '/** Each link `Type` in the spec\'s examples → the schema of what its Href answers (tools/src/links.ts says how it is read). */',
        `export const linkTargets = ${json(linkTargets(spec as Parameters<typeof linkTargets>[0]))} as const satisfies Record<string, keyof components['schemas']>;`,
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

const PROSE = new Set(['description', 'title', 'examples', 'example', 'externalDocs', 'deprecated', 'x-em-query-fields']);

/** A schema without its prose and examples: the codec reads structure only. */
function prose(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(prose);
  if (typeof schema !== 'object' || schema === null) return schema;
  // `properties` maps names to schemas: its keys are never keywords.
  return Object.fromEntries(Object.entries(schema).filter(([k]) => !PROSE.has(k)).map(([k, v]) => [k, k === 'properties' ? Object.fromEntries(Object.entries(v as object).map(([p, s]) => [p, prose(s)])) : prose(v)]));
}

/** The schemas and, for responses that write theirs in place, the path down to it (so JSON pointers resolve). */
function codecDocument(spec: Record<string, unknown>, operations: Record<string, { responses: Record<string, string | null> }>): Record<string, unknown> {
  const components = spec['components'] as Record<string, unknown>;
  const document: Record<string, unknown> = { openapi: spec['openapi'], components: { schemas: prose(components['schemas']) } };
  for (const operation of Object.values(operations)) {
    for (const target of Object.values(operation.responses)) {
      if (target === null || !target.startsWith('#/')) continue;
      const tokens = target.slice(2).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
      let from: Record<string, unknown> = spec;
      let to: Record<string, unknown> = document;
      tokens.forEach((token, i) => {
        from = from[token] as Record<string, unknown>;
        to = (to[token] ??= i === tokens.length - 1 ? prose(from) : {}) as Record<string, unknown>;
      });
    }
  }
  return document;
}

/** The query service's types and fields, for the client's `query`, `iterateQuery` and typed filters. */
export function renderQuery(spec: unknown): GeneratedFile {
  const json = JSON.stringify(describeQuery(spec as Parameters<typeof describeQuery>[0]), null, 2);
  return {
    path: 'packages/client/src/generated/query.gen.ts',
    contents: [
      banner('query service'),
      "import type { QueryDescriptor } from '../query/descriptor.ts';",
      '',
      '/** Per query type: where its entities sit in `Entities`, and its queryable fields (`x-em-query-fields`) with their kinds. */',
      `export const query = ${json} as const satisfies QueryDescriptor;`,
      '',
    ].join('\n'),
  };
}

/** Every generated file, in a stable order, from the bundled spec at `specPath` (by default @vbem/spec's). */
export async function renderGeneratedFiles(specPath: string = bundlePath): Promise<GeneratedFile[]> {
  const spec: unknown = JSON.parse(await readFile(specPath, 'utf8'));
  // openapi-typescript rewrites the document it is given (const → enum, xml dropped): it gets a copy.
  return [await renderTypes(structuredClone(spec)), ...renderCodec(spec), renderQuery(spec)];
}
