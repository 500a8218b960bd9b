// Raw exchanges for tools that read bodies themselves (vbem-check): the client's transport without its decoding.
import { type EmClientOptions, makeFetch } from './client.ts';
import { Deadlines } from './deadline.ts';
import { echo, EmError, redact } from './errors.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, limitsFor } from './limits.ts';
import { checkOptions, DEFAULT_TIMEOUT_MS } from './options.ts';
import { exchange, type TransportOptions } from './transport.ts';

export interface RawExchangeOptions extends Pick<EmClientOptions, 'baseUrl' | 'fetch' | 'timeoutMs' | 'maxResponseBytes' | 'signal' | 'tls'> {
  /** Called before every HTTP request sent, redirects included: a budget counts here, and refuses by throwing. */
  onRequest?: (url: string, method: string) => void;
}

/** An answer as the server sent it: status, headers, and the body as UTF-8 text (a leading BOM kept). */
export interface RawAnswer {
  status: number;
  headers: Headers;
  text: string;
}

export interface RawExchange {
  /**
   * Sends one request to a URL under `baseUrl` with the client's transport: `timeoutMs` for the whole exchange, bodies
   * past `maxResponseBytes` refused, only same-origin redirects followed, no retries; failures are `EmError`s.
   */
  send(url: string, init: { method: 'GET' | 'POST' | 'DELETE'; headers: Record<string, string> }): Promise<RawAnswer>;
  /** Adds a secret (a password, a token) that never appears in an error of this exchange. */
  keepSecret(secret: string): void;
}

// No operation: the body is not decoded, so no schema is looked up.
const UNDECODED = { method: 'GET', path: '', auth: 'none', responses: {} } as const;

export function createRawExchange(options: RawExchangeOptions): RawExchange {
  const baseUrl = checkOptions(options);
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const fetch = makeFetch(options);
  const transport: TransportOptions = {
    baseUrl,
    fetch: (input, init) => {
      options.onRequest?.(input, init.method ?? 'GET');
      return fetch(input, init);
    },
    format: 'xml',
    timeoutMs,
    streamTimeoutMs: timeoutMs,
    deadlines: new Deadlines(timeoutMs),
    maxResponseBytes,
    limits: limitsFor(maxResponseBytes),
    retry: false,
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const secrets = new Set<string>();
  const basePath = baseUrl.pathname.replace(/\/+$/, '');

  async function send(url: string, init: { method: 'GET' | 'POST' | 'DELETE'; headers: Record<string, string> }): Promise<RawAnswer> {
    const target = new URL(url, `${baseUrl.href}/`);
    if (target.origin !== baseUrl.origin || !(target.pathname === basePath || target.pathname.startsWith(`${basePath}/`))) {
      throw new EmError('cross-origin', `Refused to send to ${echo(`${target.origin}${target.pathname}`)}: it is outside ${baseUrl.href}, and the session is only sent there.`);
    }
    const headers = Object.fromEntries(Object.entries(init.headers).map(([name, value]) => [name.toLowerCase(), value]));
    const { response, text } = await exchange(transport, target.href, { method: init.method, headers, raw: true }, UNDECODED);
    return { status: response.status, headers: response.headers, text };
  }

  return {
    send: (url, init) =>
      send(url, init).catch((error: unknown) => {
        throw error instanceof EmError ? redact(error, [...secrets]) : error;
      }),
    keepSecret: (secret) => {
      if (secret.length > 0) secrets.add(secret);
    },
  };
}
