// EM's `Error` body, made by the layer itself for what it refuses before Prism (bad paths, limits, Prism away).
import { MEDIA_TYPE, type Format } from './negotiate.ts';
import { codec } from './spec.ts';

export interface EmErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** An EM `Error` (XML by default, JSON when negotiated) whose `StatusCode` is the HTTP status, as EM's always is. */
export function emError(status: number, message: string, format: Format, headers: Record<string, string> = {}): EmErrorAnswer {
  // EM's JSON carries nulls for what its XML leaves out.
  const text =
    format === 'json'
      ? JSON.stringify({ FirstChanceExceptionMessage: null, Message: message, StackTrace: null, Status: null, StatusCode: status })
      : codec.encodeXml({ Message: message, StatusCode: status }, 'Error');
  return { status, headers: { 'content-type': MEDIA_TYPE[format], ...headers }, body: Buffer.from(text, 'utf8') };
}
