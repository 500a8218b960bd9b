// Reads a response body as UTF-8 text, stopping as soon as it exceeds the size limit; a large body is decoded as it arrives instead.
import { echo, EmError, withStatus } from './errors.ts';
import type { PieceDecoder } from './media.ts';

// `fatal` rejects invalid UTF-8 instead of replacing it; a leading BOM is dropped. Shared: a decode without `stream` keeps no state.
const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf8KeepingBom = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Past `from` bytes, a body is decoded as it arrives by the decoder `start` gives, instead of being read whole as text. */
export interface Incremental {
  from: number;
  start: () => PieceDecoder;
}

/** A body as read: its text, or (`decoded`) the value it was decoded to as it arrived, its text never held whole. */
export interface Body {
  /** '' when the body was decoded as it arrived. */
  text: string;
  bytes: number;
  decoded?: { value: unknown };
}

/** `keepBom`: a leading BOM stays in the text, for callers that report it. */
export async function readBody(response: Response, maxBytes: number, { keepBom = false, incremental }: { keepBom?: boolean; incremental?: Incremental } = {}): Promise<Body> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes, response.status);
  }
  if (!response.body) return { text: '', bytes: 0 };
  // Each chunk is decoded as it arrives and let go, so the bytes and the text are never all held at once (the text is
  // held twice, in parts and joined: 2× the body at most, where chunks, their concatenation and the text made 3×).
  const parts: string[] = [];
  let first: Uint8Array | undefined;
  let decoder: TextDecoder | undefined;
  let pieces = incremental && declared > incremental.from ? incremental.start() : undefined;
  let size = 0;
  const reader = response.body.getReader();
  const text = (decode: () => string): string => {
    try {
      return decode();
    } catch (cause) {
      throw new EmError('invalid-body', 'Invalid body: it is not valid UTF-8.', { status: response.status, cause });
    }
  };
  const take = (piece: string): void => {
    if (pieces) pieces.write(piece);
    else parts.push(piece);
  };
  for (;;) {
    const { done, value } = await reader.read().catch((cause: unknown) => Promise.reject(readFailure(cause, response)));
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes, response.status);
    }
    // A small answer arrives in one chunk: decoded whole, without the streaming decoder and the join.
    if (first === undefined && decoder === undefined && pieces === undefined && !(incremental && size > incremental.from)) {
      first = value;
      continue;
    }
    const streaming = (decoder ??= new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepBom }));
    try {
      if (first !== undefined) take(text(() => streaming.decode(first, { stream: true })));
      take(text(() => streaming.decode(value, { stream: true })));
      if (pieces === undefined && incremental && size > incremental.from) {
        pieces = incremental.start();
        for (const part of parts.splice(0)) pieces.write(part);
      }
    } catch (error) {
      await reader.cancel().catch(() => {});
      throw withStatus(error, response.status);
    }
    first = undefined;
  }
  if (pieces) {
    const last = decoder;
    try {
      if (last) pieces.write(text(() => last.decode()));
      return { text: '', bytes: size, decoded: { value: pieces.end() } };
    } catch (error) {
      throw withStatus(error, response.status);
    }
  }
  if (decoder === undefined) return { text: first === undefined ? '' : text(() => (keepBom ? utf8KeepingBom : utf8).decode(first)), bytes: size };
  const last = decoder;
  parts.push(text(() => last.decode()));
  return { text: parts.join(''), bytes: size };
}

// zlib's codes (Z_DATA_ERROR…) and brotli's (ERR__ERROR_FORMAT_…), as fetch passes them on under a `terminated` TypeError.
const DECOMPRESSION = /^(?:Z_|ERR__ERROR_|ERR_BROTLI|ERR_ZSTD)/;

/** Why reading `response`'s body failed: a body that does not decompress is the body's fault, the rest the connection's. */
export function readFailure(cause: unknown, response: Response): unknown {
  const inner = (cause as { cause?: { code?: unknown; message?: unknown } } | undefined)?.cause;
  if (typeof inner?.code !== 'string' || !DECOMPRESSION.test(inner.code)) return cause;
  const encoding = response.headers.get('content-encoding') ?? 'none';
  return new EmError('invalid-body', `Invalid body: it does not decompress as its Content-Encoding (${echo(String(encoding))}) says: ${echo(String(inner.message))}.`, {
    status: response.status,
    cause,
  });
}

const tooLarge = (maxBytes: number, status: number): EmError =>
  new EmError('too-large', `The response body is larger than maxResponseBytes (${maxBytes} bytes); reading stopped.`, { status });
