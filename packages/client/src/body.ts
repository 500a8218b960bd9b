// Reads a response body as UTF-8 text, stopping as soon as it exceeds the size limit.
import { EmError } from './errors.ts';

// `fatal` rejects invalid UTF-8 instead of replacing it; a leading BOM is dropped. Shared: a decode without `stream` keeps no state.
const utf8 = new TextDecoder('utf-8', { fatal: true });

export async function readBody(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(maxBytes, response.status);
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(maxBytes, response.status);
    }
    chunks.push(value);
  }
  try {
    // A small answer arrives in one chunk: decoded without a copy.
    return utf8.decode(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
  } catch (cause) {
    throw new EmError('invalid-body', 'Invalid body: it is not valid UTF-8.', { status: response.status, cause });
  }
}

const tooLarge = (maxBytes: number, status: number): EmError =>
  new EmError('too-large', `The response body is larger than maxResponseBytes (${maxBytes} bytes); reading stopped.`, { status });
