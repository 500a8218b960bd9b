// One HTTP exchange: send with a deadline, follow only same-origin redirects, read a bounded body, decode it by Content-Type.
import { readBody } from './body.ts';
import type { Deadlines } from './deadline.ts';
import type { OperationDescriptor } from './descriptor.ts';
import { echo, EmError, withStatus } from './errors.ts';
import { DECODED_AS_IT_ARRIVES, type DecodeLimits } from './limits.ts';
import { ACCEPT, decodeBody, type Format, formatOf, pieceDecoder } from './media.ts';
import { type RetryPolicy, retryDelay, sleep } from './retry.ts';

export interface TransportOptions {
  /** `baseUrl` without a trailing slash; the only origin that ever sees the session token. */
  baseUrl: URL;
  fetch: (input: string, init: RequestInit) => Promise<Response>;
  format: Format;
  timeoutMs: number;
  /** A streamed answer's network waits, all together. */
  streamTimeoutMs: number;
  /** Each exchange's `timeoutMs` deadline. */
  deadlines: Deadlines;
  maxResponseBytes: number;
  /** Decoding limits (depth, nodes, values), the node and value limits derived from maxResponseBytes. */
  limits: DecodeLimits;
  retry: RetryPolicy | false;
  signal?: AbortSignal;
}

/** What an exchange returns: the answer, its body already read (or kept for `takeBody`), and that body decoded. */
export interface Answer {
  response: Response;
  /** Undefined when there was no body, or it was kept. */
  value: unknown;
  /** The body as read; '' when there was none, it was kept, or it was decoded as it arrived. */
  text: string;
  /** The body's size in bytes, as read. */
  bytes: number;
}

/** An answer as a Response for openapi-fetch, whose body has been read and decoded; `json()` returns the decoded value. */
export class DecodedResponse extends Response {
  readonly value: unknown;

  constructor({ response, value, bytes }: Answer) {
    const headers = new Headers(response.headers);
    headers.delete('transfer-encoding');
    headers.set('content-length', value === undefined ? '0' : String(bytes));
    super(null, { status: response.status, statusText: response.statusText, headers });
    this.value = value;
  }

  override json(): Promise<any> {
    return Promise.resolve(this.value);
  }

  override text(): Promise<string> {
    return Promise.resolve(this.value === undefined ? '' : JSON.stringify(this.value));
  }
}

const MAX_REDIRECTS = 5;

/** The schema of the body for this status: documented ones from the spec, EM's `Error` for other failures. */
function schemaFor(operation: OperationDescriptor, status: number): string | null {
  const documented = operation.responses[String(status)] ?? operation.responses['default'];
  if (documented !== undefined) return documented;
  return status >= 400 ? 'Error' : null;
}

// undici's words for a 1xx it cannot read past (RFC 9110 §15.2 would have the client skip it): a known transport limit.
const INTERIM: Record<string, string> = {
  'UND_ERR_SOCKET bad response':
    ' The server sent an answer fetch cannot take: an unsolicited 100 Continue, or an answer with no request waiting (see Transport limits in the README).',
  'UND_ERR_SOCKET bad upgrade': ' The server switched protocols (101) unasked, which fetch cannot read past (see Transport limits in the README).',
};

export function failure(cause: unknown, deadline: AbortSignal, callers: AbortSignal[], origin: string, timeoutMs: number): EmError {
  if (cause instanceof EmError) return cause;
  if (callers.some((s) => s.aborted)) return new EmError('aborted', 'The request was aborted by the caller.', { cause });
  if (deadline.aborted) return new EmError('timeout', `No complete answer from ${origin} within ${timeoutMs} ms.`, { cause });
  const detail = (cause as { cause?: { code?: string; message?: string } })?.cause;
  const reason = detail?.code ?? detail?.message ?? (cause as Error)?.message ?? String(cause);
  const hint = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY/i.test(reason) ? ' Trust the server\'s CA with the `tls: { ca }` option.' : (INTERIM[`${detail?.code} ${detail?.message}`] ?? '');
  return new EmError('network', `Could not complete the request to ${origin}: ${echo(reason)}.${hint}`, { cause });
}

export interface ExchangeInit {
  method: string;
  /** Names in lower case, so that setting one replaces it. */
  headers: Record<string, string>;
  /** The caller's signal for this request, on top of the client's. */
  signal?: AbortSignal;
  /** Replaces the `timeoutMs` deadline: streaming runs its own idle timer instead. */
  deadline?: AbortSignal;
  /** Streaming: a 2xx answer this returns true for keeps its body unread for the caller (the result has no value). */
  takeBody?: (response: Response) => boolean;
  /** Return the body as read (a leading BOM kept), undecoded: for callers that check bodies themselves (raw.ts). */
  raw?: boolean;
}

export async function exchange(options: TransportOptions, url: string, init: ExchangeInit, operation: OperationDescriptor): Promise<Answer> {
  const own = init.deadline ? undefined : options.deadlines.start();
  const deadline = init.deadline ?? own!.signal;
  const callers = [options.signal, init.signal].filter((s): s is AbortSignal => s !== undefined);
  const signal = callers.length === 0 ? deadline : AbortSignal.any([deadline, ...callers]);
  const origin = options.baseUrl.origin;
  const headers = { accept: ACCEPT[options.format], ...init.headers };
  try {
    let target = url;
    let method = init.method;
    let retries = 0;
    for (let hop = 0; ; hop++) {
      const response = await options.fetch(target, { method, headers, redirect: 'manual', signal });
      const delay = retryDelay(options.retry, method, response, retries);
      if (delay !== undefined) {
        await response.body?.cancel().catch(() => {});
        await sleep(delay, signal);
        retries++;
        hop--;
        continue;
      }
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        const next = new URL(location, target);
        if (next.origin !== origin) {
          throw new EmError('cross-origin', `Refused to follow a redirect to ${echo(next.origin)}: the session is only sent to ${origin}.`, {
            status: response.status,
          });
        }
        if (hop >= MAX_REDIRECTS) throw new EmError('network', `More than ${MAX_REDIRECTS} redirects from ${origin}.`, { status: response.status });
        if (response.status === 303) method = 'GET';
        target = next.href;
        continue;
      }
      if (response.ok && init.takeBody?.(response)) return { response, value: undefined, text: '', bytes: 0 };
      const schema = init.raw ? null : schemaFor(operation, response.status);
      const contentType = response.headers.get('content-type');
      const format = formatOf(contentType);
      const incremental =
        schema !== null && format !== undefined ? { from: options.maxResponseBytes * DECODED_AS_IT_ARRIVES, start: () => pieceDecoder(format, schema, options.limits) } : undefined;
      const { text, bytes, decoded } = await readBody(response, options.maxResponseBytes, { keepBom: init.raw === true, ...(incremental ? { incremental } : {}) });
      if (decoded) return { response, value: decoded.value, text, bytes };
      if (text === '' || schema === null) {
        if (text === '' && schema !== null && response.ok) {
          throw new EmError('invalid-body', `Invalid body: status ${response.status} came with an empty body; expected ${schema}.`, {
            status: response.status,
          });
        }
        return { response, value: undefined, text, bytes };
      }
      let value: unknown;
      try {
        value = decodeBody(text, contentType, schema, response.status, options.limits);
      } catch (error) {
        throw withStatus(error, response.status);
      }
      return { response, value, text, bytes };
    }
  } catch (cause) {
    throw failure(cause, deadline, callers, origin, options.timeoutMs);
  } finally {
    own?.end();
  }
}
