// One answer held to the spec: status, Content-Type, headers, and the body (JSON by ajv, XML by the codec in strict mode).
import type { RawAnswer } from '@vbem/client';
import { type Codec, CodecError } from '@vbem/codec';
import type { Findings, Kind } from './findings.ts';
import type { Scrubber } from './scrub.ts';
import { type DocumentedResponse, type Operation, responseFor, type SchemaObject } from './spec.ts';
import { validateHeader, validateJson } from './validate.ts';
import { pointerOf, xpathOf } from './xpath.ts';

export type Format = 'xml' | 'json';

export interface Inspection {
  /** The body read as the spec's value (arrays `[]` when absent or null), when it could be read. */
  value?: unknown;
  /** No finding that fails the check. */
  passed: boolean;
}

export interface Inspector {
  findings: Findings;
  scrub: Scrubber;
  codec: Codec;
}

export const MEDIA_TYPE: Record<Format, string> = { xml: 'application/xml', json: 'application/json' };

const BOM = '\uFEFF';

const essenceOf = (contentType: string | null): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

function formatOf(essence: string): Format | undefined {
  if (essence === 'application/json' || essence.endsWith('+json')) return 'json';
  if (essence === 'application/xml' || essence === 'text/xml' || essence.endsWith('+xml')) return 'xml';
  return undefined;
}

/** The value at a JSON pointer, or undefined. */
export function at(value: unknown, pointer: string): unknown {
  let node = value;
  for (const token of pointer.split('/').slice(1)) {
    const key = token.replace(/~1/g, '/').replace(/~0/g, '~');
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** The text of an XML node an XPath names, as a sample: an attribute's value or an element's leading text. */
function xmlSample(xml: string, xpath: string): string | undefined {
  const last = xpath.split('/').pop()!.replace(/\[\d+\]$/, '');
  const name = last.replace(/^@/, '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = last.startsWith('@')
    ? new RegExp(`\\s(?:[\\w.-]+:)?${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(xml)
    : new RegExp(`<(?:[\\w.-]+:)?${name}(?:\\s[^>]*)?>([^<]*)`).exec(xml);
  return match ? (match[1] ?? match[2] ?? '').trim() : undefined;
}

/** `Invalid value at $.Refs[1].Name: expected …, got nothing.` → `expected …, got nothing`. */
const reason = (message: string): string => message.replace(/^Invalid value at [^:]*: /, '').replace(/\.$/, '');

/** `resource`: the path asked for, as the report shows it. */
export function inspect(inspector: Inspector, operation: Operation, asked: Format, answer: RawAnswer, resource: string): Inspection {
  const { findings, scrub } = inspector;
  let passed = true;
  const add = (kind: Kind, where: string, message: string, sample?: unknown) => {
    if (kind !== 'variant') passed = false;
    findings.add({ operation: operation.key, media: asked, kind, where, message: scrub.text(message), resource, ...(sample === undefined ? {} : { sample: scrub.sample(sample) }) });
  };
  const documented = responseFor(operation, answer.status);
  if (!documented) {
    const statuses = Object.keys(operation.responses).join(', ');
    add('undocumented-status', '', `status ${answer.status} is not documented for ${operation.key} (documented: ${statuses})`, errorMessage(answer.text));
    return { passed };
  }
  if (answer.status >= 400) {
    add('unchecked', '', `answered ${answer.status}, a documented error: the resource could not be checked`, errorMessage(answer.text));
    return { passed };
  }
  const contentType = answer.headers.get('content-type');
  const essence = essenceOf(contentType);
  const types = Object.keys(documented.media);
  checkHeaders(documented, answer, add);
  if (types.length === 0) return { passed };
  if (!types.includes(essence)) {
    const hint = essence === 'text/html' ? '; a proxy or a login page answered, not Enterprise Manager' : '';
    add('media-type', '', `Content-Type ${contentType ?? '(none)'} is not documented for status ${answer.status} (${types.join(', ')})${hint}`, answer.text.slice(0, 200) || undefined);
  } else if (essence !== MEDIA_TYPE[asked]) {
    add('media-type', '', `asked for ${MEDIA_TYPE[asked]}, got ${essence}`);
  }
  const format = formatOf(essence);
  if (format === undefined) return { passed };
  const schema = documented.media[essence] ?? documented.media[MEDIA_TYPE[format]];
  const jsonSchema = documented.jsonSchema[essence] ?? documented.jsonSchema[MEDIA_TYPE[format]];
  if (schema === undefined) return { passed };
  let text = answer.text;
  if (text.startsWith(BOM)) {
    // XML 1.0 allows a BOM; RFC 8259 forbids one before JSON, yet EM sends it (README: "Rules").
    if (format === 'json') add('variant', '', 'the JSON body starts with a UTF-8 BOM (RFC 8259 forbids it; EM sends it and its clients strip it)', 'U+FEFF');
    text = text.slice(1);
  }
  const value = format === 'json' ? checkJson(inspector, text, schema, jsonSchema, add) : checkXml(inspector, text, schema, add);
  return { ...(value === undefined ? {} : { value }), passed };
}

type Add = (kind: Kind, where: string, message: string, sample?: unknown) => void;

function checkHeaders(documented: DocumentedResponse, answer: RawAnswer, add: Add): void {
  for (const header of documented.headers) {
    const text = answer.headers.get(header.name);
    if (text === null) {
      if (header.required) add('spec-wrong', `header ${header.name}`, `the required response header ${header.name} is missing`);
      continue;
    }
    const problem = header.schema ? validateHeader(text, header.schema) : undefined;
    if (problem) add('spec-wrong', `header ${header.name}`, `the header ${header.name} does not fit its schema: ${problem}`, text);
  }
}

function checkJson(inspector: Inspector, text: string, schema: string, jsonSchema: SchemaObject | undefined, add: Add): unknown {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    add('spec-wrong', '', `the body is not JSON: ${(error as Error).message}`, text.slice(0, 200));
    return undefined;
  }
  const schemaErrors = jsonSchema ? validateJson(raw, jsonSchema) : [];
  // JSON samples are JSON: `"9392"` is a string where `9392` would be a number.
  const sampleAt = (pointer: string): string | undefined => {
    const value = at(raw, pointer);
    return value === undefined ? undefined : JSON.stringify(value);
  };
  for (const error of schemaErrors) add('spec-wrong', error.pointer, error.message, sampleAt(error.pointer));
  try {
    inspector.codec.normalizeJson(raw, schema, { strict: true, emptyArrays: true, path: '$' });
  } catch (error) {
    if (!(error instanceof CodecError)) throw error;
    if (error.code === 'unknown') {
      for (const issue of error.issues) add('spec-gap', pointerOf(issue.path), issue.message, sampleAt(pointerOf(issue.path)));
    } else if (schemaErrors.length === 0) {
      add('spec-wrong', error.path ? pointerOf(error.path) : '', reason(error.message), got(error.message));
    }
  }
  let value: unknown;
  try {
    value = inspector.codec.normalizeJson(raw, schema, { emptyArrays: true, path: '$' });
  } catch {
    return undefined;
  }
  if (schemaErrors.length === 0) for (const pointer of nullCollections(raw, value, '')) add('variant', pointer, 'an empty collection is null, not [] (EM v13 does so; the spec allows both)', null);
  return value;
}

/** Where the JSON holds `null` and the spec's value an empty array: EM's other spelling of an empty collection. */
function* nullCollections(raw: unknown, value: unknown, pointer: string): Generator<string> {
  if (raw === null && Array.isArray(value) && value.length === 0) {
    yield pointer;
    return;
  }
  if (typeof raw !== 'object' || raw === null || typeof value !== 'object' || value === null) return;
  for (const [key, child] of Object.entries(raw)) {
    yield* nullCollections(child, (value as Record<string, unknown>)[key], `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`);
  }
}

function checkXml(inspector: Inspector, text: string, schema: string, add: Add): unknown {
  try {
    return inspector.codec.decodeXml(text, schema, { strict: true, emptyArrays: true, path: '$' });
  } catch (error) {
    if (!(error instanceof CodecError)) throw error;
    if (error.code === 'unknown') {
      for (const issue of error.issues) {
        const xpath = xpathOf(issue.path, schema, text);
        add('spec-gap', xpath, issue.message, xmlSample(text, xpath));
      }
      try {
        return inspector.codec.decodeXml(text, schema, { emptyArrays: true, path: '$' });
      } catch {
        return undefined;
      }
    }
    if (error.code === 'invalid') {
      const xpath = error.path ? xpathOf(error.path, schema, text) : '';
      add('spec-wrong', xpath, reason(error.message), got(error.message));
    } else if (error.code === 'limit') {
      add('unchecked', '', error.message);
    } else {
      add('spec-wrong', '', `the body is not well-formed XML: ${error.message}`, text.slice(0, 200));
    }
    return undefined;
  }
}

/** What the codec found where it expected something else: `(absent)` for nothing. */
function got(message: string): string | undefined {
  const found = /, got (.*)\.$/s.exec(message)?.[1];
  return found === 'nothing' ? '(absent)' : found;
}

/** EM's `Message` from an error body in either media type, as a sample. */
function errorMessage(text: string): string | undefined {
  const json = /"Message"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(text);
  if (json) return json[1];
  const xml = /\sMessage\s*=\s*"([^"]*)"/.exec(text);
  return xml?.[1] ?? (text.slice(0, 200) || undefined);
}
