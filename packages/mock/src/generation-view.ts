// What Prism generates bodies from: the spec, with its collections never empty and its Hrefs EM's own URLs, so that
// generated data looks like EM's (json-schema-faker leaves half of the `array | null` lists null, fills a `uri` with any
// URL, and a loose UID pattern with any text). Examples, paths and parameters are the spec's, untouched.
import { createHash } from 'node:crypto';
import { linkSync, lstatSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { apiRoot } from './inventory/model.ts';
import { spec } from './spec.ts';

type Schema = Record<string, unknown>;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** An Href of a resource the spec documents by ID (`/backups/{ID}`, ...), under EM's API root; the layer moves it under the mock's. */
function hrefPattern(paths: readonly string[]): string {
  const resources = paths.map((path) => /^\/(\w+)\/\{\w+\}$/.exec(path)?.[1]).filter((name): name is string => name !== undefined);
  return `^${escapeRegExp(apiRoot)}/(?:${[...new Set(resources)].join('|')})/${UUID}$`;
}

const SUBSCHEMAS = ['items', 'additionalProperties', 'not', 'contains'];
const SCHEMA_LISTS = ['oneOf', 'anyOf', 'allOf', 'prefixItems'];

/** A UID as EM writes one, `urn:veeam:<Type>:<uuid>`, of the types whose own UID patterns the spec gives. */
function uidPattern(schemas: Record<string, unknown>): string {
  const types = new Set<string>();
  for (const match of JSON.stringify(schemas).matchAll(/\^urn:veeam:(\w+):\[0-9a-fA-F\]\{8\}/g)) types.add(match[1]!);
  return `^urn:veeam:(?:${[...types].join('|')}):${UUID}$`;
}

interface Patterns {
  href: string;
  uid: string;
}

function generated(schema: unknown, patterns: Patterns): unknown {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const out: Schema = { ...(schema as Schema) };
  const type = out['type'];
  if (Array.isArray(type) && type.includes('array') && type.includes('null')) {
    out['type'] = type.length === 2 ? 'array' : type.filter((t) => t !== 'null');
    out['minItems'] = Math.max(1, Number(out['minItems'] ?? 0));
  }
  for (const key of SUBSCHEMAS) if (key in out) out[key] = generated(out[key], patterns);
  for (const key of SCHEMA_LISTS) if (Array.isArray(out[key])) out[key] = (out[key] as unknown[]).map((s) => generated(s, patterns));
  if (out['properties'] && typeof out['properties'] === 'object') {
    const properties: Schema = {};
    for (const [name, property] of Object.entries(out['properties'] as Schema)) {
      const next = generated(property, patterns) as Schema;
      properties[name] = next['type'] !== 'string' ? next : name === 'Href' && next['pattern'] === undefined ? { ...withoutFormat(next), pattern: patterns.href } : name === 'UID' && !String(next['pattern'] ?? '').includes('{12}') ? { ...next, pattern: patterns.uid } : next;
    }
    out['properties'] = properties;
  }
  return out;
}

const withoutFormat = ({ format: _format, ...rest }: Schema): Schema => rest;

/** The spec as Prism should generate from it. */
export function generationView(document: typeof spec = spec): unknown {
  const getPaths = Object.entries(document.paths).filter(([, item]) => 'get' in item).map(([path]) => path);
  const components = document.components as (typeof spec.components & { schemas?: Record<string, unknown> }) | undefined;
  const patterns = { href: hrefPattern(getPaths), uid: uidPattern(components?.schemas ?? {}) };
  const schemas = Object.fromEntries(Object.entries(components?.schemas ?? {}).map(([name, schema]) => [name, generated(schema, patterns)]));
  return { ...document, components: { ...components, schemas } };
}

let written: string | undefined;

/** Where the view whose text is `text` goes: the same path for the same view, in the temp dir. */
export const viewFile = (text: string): string => join(tmpdir(), `vbem-mock-prism-${createHash('sha256').update(text).digest('hex').slice(0, 16)}.json`);

/**
 * The view in a file for Prism to read. Named by its content, so every process of one mock version shares one file and
 * a process ended by a signal leaves nothing of its own behind. Never replaced once there: Prism watches the file and
 * restarts when it changes, so the first process links its copy into place and the others use that one.
 */
export function writeGenerationView(): string {
  if (written !== undefined) return written;
  const text = JSON.stringify(generationView());
  const file = viewFile(text);
  if (holds(file, text)) return (written = file);
  const mine = `${file}.${process.pid}`;
  try {
    // `wx`: never through a file or link someone else put there.
    writeFileSync(mine, text, { flag: 'wx' });
    linkSync(mine, file);
  } catch {
    // Another process linked its copy first, or the name is not ours to take.
  } finally {
    rmSync(mine, { force: true });
  }
  if (holds(file, text)) return (written = file);
  // The shared name holds something else (another user's file in a shared temp dir): a directory of this process's own.
  const dir = mkdtempSync(join(tmpdir(), 'vbem-mock-prism-'));
  writeFileSync(join(dir, 'openapi.json'), text);
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  return (written = join(dir, 'openapi.json'));
}

/** Whether `file` is a file holding exactly `text`. */
function holds(file: string, text: string): boolean {
  try {
    return lstatSync(file).isFile() && readFileSync(file, 'utf8') === text;
  } catch {
    return false;
  }
}
