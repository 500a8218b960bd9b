// Checks that every conformance fixture is well-formed data; the codec runner uses them, this file does not.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type AnySchema } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { SaxesParser } from 'saxes';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const KEYS = new Set([
  'title', 'source', 'openapi', 'schema', 'components', 'document', 'xml', 'xmlAsPrinted', 'value',
  'valueFitsSchema', 'directions', 'refuse', 'strict', 'notes',
]);
const DIRECTIONS = new Set(['decode', 'encode']);

type Fixture = Record<string, unknown> & {
  title: string; source: string; openapi: string; schema: string; xml: string; value: unknown;
  directions: string[]; refuse?: string[]; xmlAsPrinted?: string; valueFitsSchema?: boolean; strict?: boolean;
  components?: { schemas?: Record<string, unknown> }; document?: string;
};

/** Parses YAML strictly: any error or warning (duplicate keys included) fails. */
function readYaml(path: string): unknown {
  const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: true, prettyErrors: true });
  const problems = [...doc.errors, ...doc.warnings].map((e) => e.message);
  if (problems.length > 0) throw new Error(`${path}: ${problems.join('; ')}`);
  return doc.toJS();
}

/** Parses XML namespace-aware; returns the root's local name or throws on the first well-formedness error. */
function parseXml(text: string): string {
  const parser = new SaxesParser({ xmlns: true });
  let root: string | undefined;
  let depth = 0;
  let roots = 0;
  let failure: Error | undefined;
  parser.on('error', (e) => { failure ??= e; });
  parser.on('opentag', (tag) => {
    if (depth === 0) { roots += 1; root = tag.local; }
    if (!tag.isSelfClosing) depth += 1;
  });
  parser.on('closetag', (tag) => { if (!tag.isSelfClosing) depth -= 1; });
  parser.write(text).close();
  if (failure) throw failure;
  if (roots !== 1 || root === undefined) throw new Error(`expected one root element, found ${roots}.`);
  return root;
}

function wellFormed(text: string): boolean {
  try { parseXml(text); return true; } catch { return false; }
}

const squeeze = (xml: string): string => xml.replace(/>\s+</g, '><').trim();

function fixtureFiles(): string[] {
  return readdirSync(here, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(here, d.name))
      .filter((f) => f.endsWith('.yaml') && !f.startsWith('openapi'))
      .map((f) => join(d.name, f)));
}

/** The schemas a fixture points into: its own components, or those of the stored document it names. */
function schemasOf(file: string, fixture: Fixture): { openapi: string; schemas: Record<string, unknown> } {
  if (fixture.document !== undefined) {
    const path = resolve(here, dirname(file), fixture.document);
    const doc = readYaml(path) as { openapi: string; components: { schemas: Record<string, unknown> } };
    return { openapi: doc.openapi, schemas: doc.components.schemas };
  }
  return { openapi: fixture.openapi, schemas: fixture.components?.schemas ?? {} };
}

/** Validates a value against components.schemas[name] with the JSON Schema dialect of the OpenAPI version. */
function fitsSchema(openapi: string, schemas: Record<string, unknown>, name: string, value: unknown): boolean {
  const ajv = openapi.startsWith('3.0.')
    ? new Ajv({ strict: false, validateFormats: false, logger: false })
    : new Ajv2020({ strict: false, validateFormats: false, logger: false });
  const id = 'https://fixtures.invalid/document.json';
  ajv.addSchema({ $id: id, components: { schemas } } as AnySchema);
  const validate = ajv.compile({ $ref: `${id}#/components/schemas/${name}` });
  return validate(value) as boolean;
}

const files = fixtureFiles();

describe('conformance fixtures', () => {
  it('exist for every source', () => {
    const sources = new Set(files.map((f) => dirname(f)));
    expect([...sources].sort()).toEqual(expect.arrayContaining(['oas-3.1.1', 'oas-3.2.0', 'petstore-v3', 'vonage-sms']));
  });

  describe.each(files)('%s', (file) => {
    const fixture = readYaml(join(here, file)) as Fixture;

    it('has a kebab-case name and only the documented keys, with their types', () => {
      expect(basename(file)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*\.yaml$/);
      expect(Object.keys(fixture).filter((k) => !KEYS.has(k))).toEqual([]);
      for (const key of ['title', 'source', 'schema', 'xml', 'notes']) expect(typeof fixture[key], key).toBe('string');
      expect(fixture.openapi).toMatch(/^3\.[0-2]\.\d+$/);
      expect('value' in fixture).toBe(true);
      expect((fixture.components === undefined) !== (fixture.document === undefined)).toBe(true);
      const directions = [...fixture.directions, ...(fixture.refuse ?? [])];
      expect(directions.length).toBeGreaterThan(0);
      for (const d of directions) expect(DIRECTIONS.has(d), d).toBe(true);
      for (const flag of ['valueFitsSchema', 'strict']) {
        if (flag in fixture) expect(typeof fixture[flag], flag).toBe('boolean');
      }
    });

    it('names a schema that its components (or document) hold, of the same OpenAPI version', () => {
      const { openapi, schemas } = schemasOf(file, fixture);
      expect(Object.keys(schemas)).toContain(fixture.schema);
      if (fixture.document !== undefined) {
        expect(existsSync(resolve(here, dirname(file), fixture.document))).toBe(true);
        expect(openapi).toBe(fixture.openapi);
      }
    });

    it('has namespace-well-formed XML with one root element', () => {
      expect(() => parseXml(fixture.xml)).not.toThrow();
    });

    it('keeps the printed XML only where the fixture had to change it (fragment wrapped, or text not well-formed)', () => {
      if (fixture.xmlAsPrinted === undefined) return;
      const printed = fixture.xmlAsPrinted;
      const wrapped = squeeze(fixture.xml).includes(squeeze(printed)) && squeeze(fixture.xml) !== squeeze(printed);
      expect(wrapped || !wellFormed(printed)).toBe(true);
    });

    it('has a value that the schema accepts, or that it rejects where the fixture says the text contradicts itself', () => {
      const { openapi, schemas } = schemasOf(file, fixture);
      expect(fitsSchema(openapi, schemas, fixture.schema, fixture.value)).toBe(fixture.valueFitsSchema ?? true);
    });
  });
});
