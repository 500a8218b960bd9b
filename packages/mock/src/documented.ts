// The spec's own example of an answer, sent by the layer itself: a 401 does not depend on the request's parameters, which
// Prism would validate first (answering a query without a session with a 400 about its filter).
import { MEDIA_TYPE, type Format } from './negotiate.ts';
import type { Operation } from './operations.ts';
import { type ResponseObject, spec } from './spec.ts';

export interface DocumentedAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

const RESPONSES = '#/components/responses/';
const EXAMPLES = '#/components/examples/';

const responseOf = (response: ResponseObject | undefined): ResponseObject | undefined =>
  response?.$ref?.startsWith(RESPONSES) ? spec.components?.responses?.[response.$ref.slice(RESPONSES.length)] : response;

/** The operation's first example for `status` in the negotiated media type, as Prism sends it; undefined when there is none. */
export function documentedAnswer(operation: Operation, status: number, format: Format): DocumentedAnswer | undefined {
  const item = spec.paths[operation.path]?.[operation.method.toLowerCase()];
  const media = responseOf(item?.responses?.[String(status)])?.content?.[MEDIA_TYPE[format]];
  const [example] = Object.values(media?.examples ?? {});
  if (!example) return undefined;
  const value = example.$ref?.startsWith(EXAMPLES) ? spec.components?.examples?.[example.$ref.slice(EXAMPLES.length)]?.value : example.value;
  if (value === undefined) return undefined;
  // XML examples are the document text; JSON ones a value, written compactly as Prism writes it.
  const text = format === 'xml' && typeof value === 'string' ? value : JSON.stringify(value);
  return { status, headers: { 'content-type': MEDIA_TYPE[format] }, body: Buffer.from(text, 'utf8') };
}
