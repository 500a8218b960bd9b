// Media types: what to ask for, and which decoder a response's Content-Type selects.
import { echo, EmError } from './errors.ts';
import { DEFAULT_LIMITS, type DecodeLimits } from './limits.ts';
import { xmlDecoderWithCodec } from './codec.ts';
import { JsonAssembler } from './json/assembler.ts';
import { decodeJson, normalize } from './normalize.ts';
import { decodeXmlText } from './xml/scan-decode.ts';

export type Format = 'json' | 'xml';

export const ACCEPT: Record<Format, string> = { json: 'application/json', xml: 'application/xml' };

/**
 * `application/json; charset=utf-8` → `json`; `text/xml`, `application/xml`, `…+xml` → `xml`. A header sent twice arrives
 * joined by `, `: the same value twice is that value, two different ones are no media type.
 */
export function formatOf(contentType: string | null): Format | undefined {
  const values = (contentType ?? '').split(',');
  if (values.some((value) => value.trim().toLowerCase() !== values[0]!.trim().toLowerCase())) return undefined;
  const essence = values[0]!.split(';')[0]!.trim().toLowerCase();
  if (essence === 'application/json' || essence.endsWith('+json')) return 'json';
  if (essence === 'application/xml' || essence === 'text/xml' || essence.endsWith('+xml')) return 'xml';
  return undefined;
}

/** Decodes a body by its Content-Type, not by what was asked for. */
export function decodeBody(text: string, contentType: string | null, schemaName: string, status: number, limits: DecodeLimits = DEFAULT_LIMITS): unknown {
  const format = formatOf(contentType);
  if (format === 'json') return decodeJson(text, schemaName, limits);
  if (format === 'xml') return decodeXmlText(text, schemaName, limits);
  throw new EmError(
    'unexpected-media-type',
    `Unexpected Content-Type ${echo(JSON.stringify(contentType ?? '(none)'))} with status ${status}; expected application/xml or application/json. ` +
      'A proxy or a server other than Enterprise Manager may have answered.',
    { status },
  );
}

/** Decodes a body from pieces of its text; `end()` gives what decodeBody gives for the whole text. */
export interface PieceDecoder {
  write(text: string): void;
  end(): unknown;
}

/** A decoder for a body too large to hold as text and value at once. XML goes through @vbem/codec (the compiled fast path needs the whole text). */
export function pieceDecoder(format: Format, schemaName: string, limits: DecodeLimits = DEFAULT_LIMITS): PieceDecoder {
  if (format === 'xml') return xmlDecoderWithCodec(schemaName, limits);
  const json = new JsonAssembler(schemaName, limits);
  return { write: (text) => json.write(text), end: () => normalize(schemaName, json.end(), schemaName, limits) };
}
