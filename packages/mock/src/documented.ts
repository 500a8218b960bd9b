// The spec's own example of an answer, sent by the layer itself: a 401 does not depend on the request's parameters, which
// Prism would validate first (answering a query without a session with a 400 about its filter).
import { MEDIA_TYPE, type Format } from './negotiate.ts';
import type { Operation } from './operations.ts';
import { resolve, type ResponseObject, spec } from './spec.ts';

export interface DocumentedAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

// Set from the body as sent, not from the spec's example values.
const OWN_HEADERS = new Set(['content-type', 'content-length']);

interface HeaderObject {
  $ref?: string;
  example?: unknown;
  schema?: { example?: unknown; const?: unknown; enum?: unknown[] };
}

/** A documented header's example value, as Prism sends it. */
function exampleOf(header: HeaderObject): unknown {
  const resolved = resolve(header);
  return resolved?.example ?? resolved?.schema?.example ?? resolved?.schema?.const ?? resolved?.schema?.enum?.[0];
}

/** The operation's first example for `status` in the negotiated media type, with its documented headers, as Prism sends it; undefined when there is none. */
export function documentedAnswer(operation: Operation, status: number, format: Format): DocumentedAnswer | undefined {
  const item = spec.paths[operation.path]?.[operation.method.toLowerCase()];
  const response = resolve(item?.responses?.[String(status)]) as (ResponseObject & { headers?: Record<string, HeaderObject> }) | undefined;
  const media = response?.content?.[MEDIA_TYPE[format]];
  const [example] = Object.values(media?.examples ?? {});
  if (!example) return undefined;
  const { value } = resolve(example);
  if (value === undefined) return undefined;
  // XML examples are the document text; JSON ones a value, written compactly as Prism writes it.
  const text = format === 'xml' && typeof value === 'string' ? value : JSON.stringify(value);
  const headers: Record<string, string> = {};
  for (const [name, header] of Object.entries(response?.headers ?? {})) {
    const value = exampleOf(header);
    if (value !== undefined && !OWN_HEADERS.has(name.toLowerCase())) headers[name.toLowerCase()] = String(value);
  }
  return { status, headers: { ...headers, 'content-type': MEDIA_TYPE[format] }, body: Buffer.from(text, 'utf8') };
}
