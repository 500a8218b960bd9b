// What an EM `Error` answer must look like, judged by the spec's own examples (spec/components/examples/Error*.yaml).
import { createRequire } from 'node:module';
import { decodeXml } from '@vbem/client';
import { expect } from 'vitest';
import type { RawResponse } from './http.ts';

const require = createRequire(import.meta.url);
const examples = (require('@vbem/spec/openapi.json') as { components: { examples: Record<string, { value: unknown }> } }).components.examples;
const jsonExample = examples['ErrorBadRequestJson']!.value as Record<string, unknown>;
const xmlExample = examples['ErrorBadRequestXml']!.value as string;

/** The answer is EM's `Error` with this status (its `StatusCode` too) and a message matching `message`, in `format`. */
export async function expectEmError(answer: RawResponse, status: number, message: RegExp, format: 'xml' | 'json' = 'xml'): Promise<void> {
  expect(answer.status).toBe(status);
  if (format === 'json') {
    expect(answer.headers['content-type']).toBe('application/json');
    const body = JSON.parse(answer.text) as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual(Object.keys(jsonExample).sort());
    expect(body).toMatchObject({ FirstChanceExceptionMessage: null, StackTrace: null, Status: null, StatusCode: status });
    expect(body['Message']).toMatch(message);
    return;
  }
  expect(answer.headers['content-type']).toBe('application/xml');
  // Same root, namespace and attributes as the spec's example, in the order it has them.
  const shape = (xml: string) => /<Error xmlns="([^"]+)"[^>]*? Message="[^"]*" StatusCode="\d+" \/>/.exec(xml)?.[1];
  expect(shape(answer.text)).toBe(shape(xmlExample));
  const body = (await decodeXml(answer.text, 'Error')) as { Message: string; StatusCode: number };
  expect(body.StatusCode).toBe(status);
  expect(body.Message).toMatch(message);
}
