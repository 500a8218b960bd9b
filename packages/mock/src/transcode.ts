// Prism's body in the negotiated media type: generated JSON (Prism ignores `xml` objects) re-encoded with @vbem/codec.
import { type Format, MEDIA_TYPE } from './negotiate.ts';
import type { Operation } from './operations.ts';
import { codec } from './spec.ts';

export interface Body {
  contentType: string;
  text: string;
}

/** The spec's own media types only: Prism's `application/problem+json` errors are not EM bodies and pass as they are. */
function formatOf(contentType: string | undefined): Format | undefined {
  const essence = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return essence === MEDIA_TYPE.json ? 'json' : essence === MEDIA_TYPE.xml ? 'xml' : undefined;
}

/**
 * The body to send instead of Prism's, or `undefined` to send Prism's as it is. Static examples in the negotiated type
 * pass verbatim; generated bodies, and answers Prism gave in the other media type, are decoded by the operation's schema
 * for `status` and encoded in `target`.
 */
export function transcode(
  operation: Operation | undefined,
  status: number,
  upstream: { contentType: string | undefined; text: string },
  target: Format,
  dynamic: boolean,
): Body | undefined {
  const schema = operation?.responses[String(status)];
  const source = formatOf(upstream.contentType);
  if (!schema || !source || upstream.text === '' || (source === target && !dynamic)) return undefined;
  let value: Record<string, unknown>;
  try {
    value = (source === 'json' ? codec.decodeJson(upstream.text, schema, { emptyArrays: true }) : codec.decodeXml(upstream.text, schema, { emptyArrays: true })) as Record<string, unknown>;
  } catch {
    return undefined; // Not a body of the spec's shape (Prism's `<xml>` wrapper): nothing faithful to make of it.
  }
  // Generated errors carry a random StatusCode; EM's always equals the HTTP status.
  if (dynamic && schema === 'Error') value['StatusCode'] = status;
  return { contentType: MEDIA_TYPE[target], text: target === 'json' ? JSON.stringify(value) : codec.encodeXml(value, schema) };
}
