// EM's `Error` body, made by the layer itself for what it refuses before Prism (bad paths, limits, Prism away).
import { encodeXml } from '@vbem/client';
import { MEDIA_TYPE, type Format } from './negotiate.ts';

export interface EmErrorAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** An EM `Error` (XML by default, JSON when negotiated) whose `StatusCode` is the HTTP status, as EM's always is. */
export function emError(status: number, message: string, format: Format, headers: Record<string, string> = {}): EmErrorAnswer {
  const value = { FirstChanceExceptionMessage: null, Message: message, StackTrace: null, Status: null, StatusCode: status };
  const text = format === 'json' ? JSON.stringify(value) : encodeXml('Error', value);
  return { status, headers: { 'content-type': MEDIA_TYPE[format], ...headers }, body: Buffer.from(text, 'utf8') };
}
