// Yields the items of a collection answer (EntityReferences.Refs, or any form the descriptor gives) as its bytes arrive, in either media type, keeping
// at most one chunk's worth of items: memory does not grow with the collection.
import { readFailure } from '../body.ts';
import type { OperationDescriptor } from '../descriptor.ts';
import { EmError, withStatus } from '../errors.ts';
import { JsonStreamDecoder } from '../json/stream-decode.ts';
import { formatOf } from '../media.ts';
import { type Answer, type ExchangeInit, failure, type TransportOptions } from '../transport.ts';
import { XmlStreamDecoder } from '../xml/stream.ts';
import { itemsOf } from './collection.ts';

export interface StreamRequest {
  transport: TransportOptions;
  operation: OperationDescriptor;
  /** The caller's signal for this request, on top of the client's. */
  signal?: AbortSignal;
  /** Sends with the client's session (logon, one renewal on a 401): the same path as every other request. */
  send: (init: ExchangeInit) => Promise<Answer>;
  /** The error for an answer that is not 2xx, its `Error` body decoded. */
  httpError: (answer: Answer) => EmError;
}

interface Decoder {
  write(text: string): void;
  end(): void;
}

/**
 * Streams `request`'s collection. `timeoutMs` bounds each wait for the network (the headers, then every chunk), and
 * `streamTimeoutMs` all those waits together; neither counts the time the caller spends between items. `maxResponseBytes`
 * (and the node limit derived from it) bounds what is read without an item completing, not the whole answer. An error is
 * thrown where it is found; items yielded before it stay yielded.
 */
export async function* streamCollection(request: StreamRequest): AsyncGenerator<Record<string, unknown>, void, undefined> {
  const { transport, operation } = request;
  const forms = operation.collection;
  const schemaName = operation.responses['200'];
  if (!forms || !schemaName) throw new Error(`${operation.method} ${operation.path} answers no collection`);
  const origin = transport.baseUrl.origin;
  const callers = [transport.signal, request.signal].filter((s): s is AbortSignal => s !== undefined);
  // One timer for every network wait, armed before each and disarmed after: at `timeoutMs` (no progress), or sooner when
  // the waits so far leave less of `streamTimeoutMs` (a body that trickles, each byte in time).
  const idle = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waited = 0;
  let since = 0;
  let overall = false;
  const arm = () => {
    clearTimeout(timer);
    const left = transport.streamTimeoutMs - waited;
    overall = left <= transport.timeoutMs;
    since = performance.now();
    timer = setTimeout(() => idle.abort(), Math.max(0, Math.min(left, transport.timeoutMs)));
  };
  const disarm = () => {
    clearTimeout(timer);
    waited += performance.now() - since;
    since = performance.now();
  };

  let body: Response | undefined;
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined;
  let finished = false;
  try {
    arm();
    const answer = await request.send({
      method: 'GET',
      headers: {},
      ...(request.signal ? { signal: request.signal } : {}),
      deadline: idle.signal,
      // Anything but the collection in XML or JSON is read and decoded (or refused) the ordinary way.
      takeBody: (answer) => {
        const ok = formatOf(answer.headers.get('content-type')) !== undefined && operation.responses[String(answer.status)] === schemaName;
        if (ok) body = answer;
        return ok;
      },
    });
    disarm();
    if (!answer.response.ok) throw request.httpError(answer);
    if (body === undefined) {
      yield* itemsOf(forms, answer.value);
      finished = true;
      return;
    }
    const response = body;
    const status = response.status;
    const items: Record<string, unknown>[] = [];
    const push = (item: Record<string, unknown>) => items.push(item);
    const decoder: Decoder =
      formatOf(body.headers.get('content-type')) === 'xml'
        ? new XmlStreamDecoder(forms, push, transport.limits)
        : new JsonStreamDecoder(schemaName, forms, push, transport.limits);
    const utf8 = new TextDecoder('utf-8', { fatal: true });
    // Decoder errors do not know the status; the caller needs it.
    const decode = (step: () => void) => {
      try {
        step();
      } catch (error) {
        if (error instanceof TypeError) throw new EmError('invalid-body', 'Invalid body: it is not valid UTF-8.', { status, cause: error });
        throw withStatus(error, status);
      }
    };
    let pending = 0;
    if (body.body) {
      reader = body.body.getReader();
      for (;;) {
        arm();
        const { done, value } = await reader.read().catch((cause: unknown) => Promise.reject(readFailure(cause, response)));
        disarm();
        if (done) break;
        decode(() => decoder.write(utf8.decode(value, { stream: true })));
        pending += value.byteLength;
        if (items.length === 0) {
          if (pending > transport.maxResponseBytes) {
            throw new EmError('too-large', `An item of the answer is larger than maxResponseBytes (${transport.maxResponseBytes} bytes); reading stopped.`, { status });
          }
          continue;
        }
        pending = 0;
        // splice: the items leave this buffer as they are handed over.
        yield* items.splice(0, items.length);
      }
    }
    finished = true;
    decode(() => {
      decoder.write(utf8.decode());
      decoder.end();
    });
    yield* items.splice(0, items.length);
  } catch (cause) {
    if (idle.signal.aborted && !(cause instanceof EmError && cause.kind !== 'timeout') && !callers.some((s) => s.aborted)) {
      if (overall) {
        throw new EmError('timeout', `The answer from ${origin} took longer than streamTimeoutMs (${transport.streamTimeoutMs} ms) to arrive; reading stopped.`, { cause });
      }
      throw new EmError('timeout', `No data from ${origin} for ${transport.timeoutMs} ms while streaming; the server stalled.`, { cause });
    }
    throw failure(cause, idle.signal, callers, origin, transport.timeoutMs);
  } finally {
    disarm();
    // Stopping early (break, an error) closes the connection instead of leaving the rest of the body unread.
    if (!finished) await reader?.cancel().catch(() => {});
  }
}
