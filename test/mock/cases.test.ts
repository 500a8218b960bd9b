// Runs every contract case in cases/ (one file per acceptance criterion) with raw node:http against a live mock.
import { readdirSync, readFileSync } from 'node:fs';
import { decodeJson, decodeXml } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ajv, validatorFor } from '../support/ajv.ts';
import { expectedExample, operationOf, rawExample, schemaOf, servedAt } from './support/expected.ts';
import { send } from './support/raw-http.ts';

interface Case {
  title: string;
  /** `dynamic`: a mock started with `dynamic: true`; default a static one. */
  mock?: 'static' | 'dynamic';
  request: { method: string; path: string; headers?: Record<string, string> };
  expect: {
    status: number;
    /** The essence of Content-Type, parameters ignored. */
    contentType?: string;
    /** Exact values; `present` only asks for the header. */
    headers?: Record<string, string>;
    bodyStartsWith?: string;
    bodyIncludes?: string;
    bodyExcludes?: string;
    body?: {
      /** The body decodes (by Content-Type) to this JSON example of the answer, decoded the same way. */
      example?: string;
      /** The body is that example exactly as the spec holds it: the XML string byte for byte, the JSON value with its nulls. */
      verbatim?: boolean;
      /** The decoded body validates against the answer's schema. */
      schemaValid?: boolean;
      /** Some fields of the decoded body. */
      values?: Record<string, unknown>;
      empty?: boolean;
    };
  };
}

const folder = new URL('./cases/', import.meta.url);
const files = readdirSync(folder).filter((name) => name.endsWith('.yaml')).sort();
const cases = files.map((file) => ({ file, ...(parse(readFileSync(new URL(file, folder), 'utf8')) as Case) }));

const mocks: Partial<Record<'static' | 'dynamic', Promise<Mock>>> = {};
const mockFor = (kind: 'static' | 'dynamic'): Promise<Mock> => (mocks[kind] ??= startMock({ port: 0, dynamic: kind === 'dynamic' }));
afterAll(async () => {
  await Promise.all(Object.values(mocks).map(async (mock) => (await mock).stop()));
});

const essence = (contentType: unknown): string => String(contentType ?? '').split(';')[0]!.trim();

describe('contract cases (cases/<feature>-AC-<n>.yaml)', () => {
  it('are named <feature>-AC-<n> and cover every feature of the mock', () => {
    for (const file of files) expect(file).toMatch(/^[a-z-]+-AC-\d+\.yaml$/);
    const features = new Set(files.map((file) => file.replace(/-AC-\d+\.yaml$/, '')));
    expect([...features].sort()).toEqual(['base-path', 'dynamic', 'logoff', 'logon', 'negotiation', 'path', 'prefer', 'session']);
  });

  it.each(cases)('$file: $title', async ({ mock: kind = 'static', request, expect: want }) => {
    const mock = await mockFor(kind);
    const answer = await send(`${new URL(mock.url).origin}${request.path}`, request.method, request.headers ?? {});
    const context = `${request.method} ${request.path} answered ${answer.status} ${String(answer.headers['content-type'])}:\n${answer.text}`;

    expect(answer.status, context).toBe(want.status);
    if (want.contentType !== undefined) expect(essence(answer.headers['content-type']), context).toBe(want.contentType);
    for (const [name, value] of Object.entries(want.headers ?? {})) {
      if (value === 'present') expect(answer.headers[name.toLowerCase()], `header ${name}`).toBeTruthy();
      else expect(answer.headers[name.toLowerCase()], `header ${name}`).toBe(value);
    }
    if (want.bodyStartsWith !== undefined) expect(answer.text.startsWith(want.bodyStartsWith), context).toBe(true);
    if (want.bodyIncludes !== undefined) expect(answer.text, context).toContain(want.bodyIncludes);
    if (want.bodyExcludes !== undefined) expect(answer.text, context).not.toContain(want.bodyExcludes);
    if (!want.body) return;
    if (want.body.empty) {
      expect(answer.text).toBe('');
      return;
    }

    const operation = operationOf(request.method, request.path);
    const schema = schemaOf(operation, answer.status)!;
    const decoded = essence(answer.headers['content-type']) === 'application/json' ? decodeJson(answer.text, schema) : await decodeXml(answer.text, schema);
    if (want.body.example !== undefined) expect(decoded).toEqual(servedAt(expectedExample(operation, answer.status, want.body.example), mock.url));
    if (want.body.verbatim) {
      const type = essence(answer.headers['content-type']);
      const example = servedAt(rawExample(operation, answer.status, type, want.body.example!), mock.url);
      if (type === 'application/json') expect(JSON.parse(answer.text)).toEqual(example);
      else expect(answer.text).toBe(example);
    }
    if (want.body.schemaValid) {
      const validate = validatorFor(`#/components/schemas/${schema}`);
      expect(validate(decoded), ajv.errorsText(validate.errors)).toBe(true);
    }
    if (want.body.values) expect(decoded).toMatchObject(want.body.values);
  });
});
