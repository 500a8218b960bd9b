// createEmClient: openapi-fetch's typed calls over EM's transport (media negotiation, sessions, bounded decoding).
import createClient, { type Client } from 'openapi-fetch';
import { collectionCalls, type CollectionInit, type CollectionItem, type CollectionPath, type CollectionPathWithoutParams } from './collections.ts';
import { Deadlines } from './deadline.ts';
import type { OperationDescriptor } from './descriptor.ts';
import { echo, EmError, redact } from './errors.ts';
import { operations } from './generated/descriptor.gen.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, limitsFor } from './limits.ts';
import { type Followed, targetOf } from './links.ts';
import type { Format } from './media.ts';
import { checkOptions, DEFAULT_TIMEOUT_MS } from './options.ts';
import { serializePath } from './path.ts';
import { createQueryService } from './query/service.ts';
import type { QueryMethods } from './query/types.ts';
import { DEFAULT_RETRY, type RetryPolicy } from './retry.ts';
import { type Credentials, SessionManager } from './session.ts';
import { type Answer, DecodedResponse, exchange, type ExchangeInit, type TransportOptions } from './transport.ts';
import type { ErrorBody, Link, LogonSession, NormalizedPaths, Ref } from './types.ts';

export interface EmClientOptions {
  /** The API root, such as `https://em.example.com:9398/api`. */
  baseUrl: string;
  /** The media type to ask for (`Accept`); answers are decoded by their Content-Type either way. Default `json`. */
  format?: Format;
  /** An existing session token (the `X-RestSvcSessionId` of a logon). */
  sessionId?: string;
  /** Used to log on when there is no session, and once more when the server rejects it (401). */
  credentials?: Credentials;
  /** Injectable fetch; defaults to the global one (or undici's, when `tls` is set). */
  fetch?: typeof fetch;
  /** Per HTTP exchange, including reading the body; for `iterate` and `iterateRestorePoints`, per wait for the network. Default 30 s. */
  timeoutMs?: number;
  /** `iterate` and `iterateRestorePoints`: all their waits for the network together, not the time between items. Default 10 × `timeoutMs`. */
  streamTimeoutMs?: number;
  /** Larger bodies are refused as soon as they cross this size; it also caps elements at one per 64 bytes. Default 128 MiB. */
  maxResponseBytes?: number;
  /** XML nested deeper is refused (`invalid-body`); EM's answers nest 4 deep. Default 256. */
  maxDepth?: number;
  /** Cancels every request of this client. */
  signal?: AbortSignal;
  /** GETs answered 429 or 503 with a Retry-After of at most `maxDelayMs` are retried; `false` turns this off. Default 2 retries, 5 s. */
  retry?: Partial<RetryPolicy> | false;
  /** Trust EM's self-signed certificate by its CA (PEM) instead of turning verification off. */
  tls?: { ca: string | Buffer | (string | Buffer)[] };
}

/** A streamed collection may take this many `timeoutMs` in all. */
const STREAM_TIMEOUTS = 10;
const TOKEN_HEADER = 'X-RestSvcSessionId';
/** ExchangeInit's header names are lower case. */
const TOKEN_KEY = 'x-restsvcsessionid';

type Method = 'GET' | 'POST' | 'DELETE';
type Core = Client<NormalizedPaths>;

export interface EmClient extends Pick<Core, 'GET' | 'POST' | 'DELETE'>, QueryMethods {
  /** The restore points of a backup; throws `EmError` on any failure. */
  listRestorePoints(backupId: string, init?: { signal?: AbortSignal }): Promise<Ref[]>;
  /** The same restore points, yielded as the answer arrives: memory stays flat however many there are (see README). */
  iterateRestorePoints(backupId: string, init?: { signal?: AbortSignal }): AsyncIterable<Ref>;
  /** Logs on now (otherwise the first request does); returns the logon session. */
  logon(): Promise<LogonSession>;
  /** Ends the logon session this client created; does nothing when there is none. */
  logout(): Promise<void>;
  /** Every item of the collection the spec documents at `path` (`Ref`s, or entities with `format=Entity`); throws `EmError` on any failure. */
  list<P extends CollectionPath, const I extends CollectionInit<P>>(path: P, init: I): Promise<CollectionItem<P, I>[]>;
  list<P extends CollectionPathWithoutParams>(path: P): Promise<CollectionItem<P>[]>;
  /** The same items, yielded as the answer arrives, as `iterateRestorePoints` does. */
  iterate<P extends CollectionPath, const I extends CollectionInit<P>>(path: P, init: I): AsyncIterable<CollectionItem<P, I>>;
  iterate<P extends CollectionPathWithoutParams>(path: P): AsyncIterable<CollectionItem<P>>;
  /**
   * GETs a server-given `Href` under `baseUrl`, decoded by the spec operation that serves it. A link whose `Type` the spec
   * shows is read as what that type leads to, and typed so (`RestorePoint` → the RestorePoint entity); others are `unknown`.
   */
  follow<const L extends Pick<Link, 'Href'> & { Type?: string }>(link: L): Promise<Followed<L>>;
  [Symbol.asyncDispose](): Promise<void>;
}

function operationFor(method: string, template: string): OperationDescriptor {
  const operation = (operations as Record<string, OperationDescriptor>)[`${method} ${template}`];
  if (!operation) throw new EmError('invalid-argument', `The spec has no operation ${method} ${template}.`);
  return operation;
}

/** Finds the spec operation whose path template matches `path` (relative to the API root). */
function operationForPath(method: string, path: string): OperationDescriptor | undefined {
  return Object.values(operations as Record<string, OperationDescriptor>).find(
    (op) =>
      op.method === method &&
      new RegExp(`^${op.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^{}]+\}/g, '[^/]+')}$`).test(path),
  );
}

export function makeFetch(options: Pick<EmClientOptions, 'fetch' | 'tls'>): TransportOptions['fetch'] {
  if (options.fetch) return options.fetch;
  const { tls } = options;
  if (tls) {
    // Loaded on first request: importing the client, or a client without `tls`, never loads undici.
    let undici: Promise<{ fetch: typeof import('undici').fetch; dispatcher: import('undici').Agent }> | undefined;
    return async (input, init) => {
      undici ??= import('undici').then(({ Agent, fetch }) => ({ fetch, dispatcher: new Agent({ connect: { ca: tls.ca } }) }));
      const { fetch, dispatcher } = await undici;
      return fetch(input, { ...(init as object), dispatcher }) as unknown as Promise<Response>;
    };
  }
  return (input, init) => fetch(input, init);
}

export function createEmClient(options: EmClientOptions): EmClient {
  const baseUrl = checkOptions(options);
  const root = baseUrl.href.replace(/\/+$/, '');
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const transport: TransportOptions = {
    baseUrl,
    fetch: makeFetch(options),
    format: options.format ?? 'json',
    timeoutMs,
    streamTimeoutMs: options.streamTimeoutMs ?? STREAM_TIMEOUTS * timeoutMs,
    deadlines: new Deadlines(timeoutMs),
    maxResponseBytes,
    limits: limitsFor(maxResponseBytes, options.maxDepth),
    retry: options.retry === false ? false : { ...DEFAULT_RETRY, ...options.retry },
    ...(options.signal ? { signal: options.signal } : {}),
  };
  const secrets = (): string[] => {
    const own = options.credentials ? [options.credentials.password, basic(options.credentials)] : [];
    return [...own, ...(options.sessionId ? [options.sessionId] : []), ...session.secrets].filter((s) => s.length > 0);
  };
  /** The token and password never leave in a message, whatever a server echoed back. */
  const scrub = (error: unknown): never => {
    throw error instanceof EmError ? redact(error, secrets()) : error;
  };

  async function sendWithSession(url: string, init: ExchangeInit, operation: OperationDescriptor): Promise<Answer> {
    const token = await session.token();
    init.headers[TOKEN_KEY] = token;
    const answer = await exchange(transport, url, init, operation);
    if (answer.response.status !== 401) return answer;
    const renewed = await session.renew(token);
    if (renewed === undefined) return answer;
    init.headers[TOKEN_KEY] = renewed;
    return exchange(transport, url, init, operation);
  }

  const core: Core = createClient<NormalizedPaths>({
    baseUrl: root,
    pathSerializer: (pathname, params) => serializePath(pathname, params),
  });

  const request = async (method: Method, template: string, request: Request, signal: AbortSignal | undefined): Promise<Response> => {
    const operation = operationFor(method, template);
    // Headers iterate with lower-case names, as ExchangeInit wants them.
    const init: ExchangeInit = { method, headers: Object.fromEntries(request.headers), ...(signal ? { signal } : {}) };
    if (operation.auth === 'session') return new DecodedResponse(await sendWithSession(request.url, init, operation));
    if (operation.auth === 'basic') {
      if (!options.credentials) throw new EmError('unauthorized', `${method} ${template} needs \`credentials\`.`);
      init.headers['authorization'] = `Basic ${basic(options.credentials)}`;
    }
    return new DecodedResponse(await exchange(transport, request.url, init, operation));
  };

  const typed =
    (method: Method) =>
    (template: string, init?: Record<string, unknown>): Promise<unknown> =>
      core
        .request(method.toLowerCase() as 'get', template as never, {
          ...(init ?? {}),
          // The caller's own signal, if any: openapi-fetch's Request always carries one, which would cost an AbortSignal.any per call.
          fetch: (req: Request) => request(method, template, req, (init as { signal?: AbortSignal } | undefined)?.signal),
        } as never)
        .catch(scrub);

  const session = new SessionManager(
    options.sessionId,
    options.credentials
      ? async () => {
          const { data, error, response } = await (typed('POST') as Core['POST'])('/sessionMngr/', { params: { query: { v: 'latest' } } });
          const token = response.headers.get(TOKEN_HEADER);
          if (error !== undefined || !response.ok) {
            const hint = response.status === 401 ? '; check the user name and password' : '';
            throw new EmError('logon-failed', `Logon was refused with status ${response.status}${messageOf(error)}${hint}.`, {
              status: response.status,
              ...(error ? { body: error as ErrorBody } : {}),
            });
          }
          if (!token) {
            throw new EmError('logon-failed', `Logon answered ${response.status} without an ${TOKEN_HEADER} header; expected Enterprise Manager at baseUrl.`, {
              status: response.status,
            });
          }
          return { token, session: data as LogonSession };
        }
      : undefined,
  );

  // Straight to the transport, as em.GET would answer but without openapi-fetch's Request and Response copies.
  const collections = collectionCalls({ root, transport, send: sendWithSession, httpError });
  const RESTORE_POINTS = '/backups/{ID}/restorePoints';
  const restorePointsOf = (backupId: string, init: { signal?: AbortSignal } | undefined) => ({ params: { path: { ID: backupId } }, ...(init?.signal ? { signal: init.signal } : {}) });

  async function* iterate(path: string, init: Parameters<typeof collections.iterate>[1], what?: string): AsyncGenerator<Record<string, unknown>> {
    try {
      yield* collections.iterate(path, init, what);
    } catch (error) {
      scrub(error);
    }
  }

  async function logout(): Promise<void> {
    const owned = session.take();
    if (!owned) return;
    const url = `${root}${serializePath('/logonSessions/{ID}', { ID: owned.session.SessionId })}`;
    const init = { method: 'DELETE', headers: { [TOKEN_KEY]: owned.token } };
    const { response, value } = await exchange(transport, url, init, operationFor('DELETE', '/logonSessions/{ID}'));
    // 401 and 404: the session had already ended, which is what logout wants.
    if (!response.ok && response.status !== 401 && response.status !== 404) {
      throw httpError('log out', response, value);
    }
  }

  async function follow<T>(link: Pick<Link, 'Href'> & { Type?: string }): Promise<T> {
    let target: URL;
    try {
      target = new URL(link.Href, `${root}/`);
    } catch (cause) {
      throw new EmError('invalid-argument', `Href ${echo(JSON.stringify(link.Href))} is not a URL.`, { cause });
    }
    const basePath = baseUrl.pathname.replace(/\/+$/, '');
    if (target.origin !== baseUrl.origin || !target.pathname.startsWith(`${basePath}/`)) {
      throw new EmError('cross-origin', `Refused to follow ${echo(`${target.origin}${target.pathname}`)}: it is outside ${root}, and the session is only sent there.`);
    }
    const path = target.pathname.slice(basePath.length);
    const served = operationForPath('GET', path);
    if (!served) {
      throw new EmError('invalid-argument', `The spec documents no GET ${echo(path)}, so its answer cannot be decoded; follow() serves documented resources only.`);
    }
    // A Type the spec shows names the one answer its link leads to: read as that, the value is what follow()'s type says.
    const target200 = targetOf(link.Type);
    const operation = target200 ? { ...served, responses: { ...served.responses, '200': target200 } } : served;
    const { response, value } = await sendWithSession(target.href, { method: 'GET', headers: {} }, operation);
    if (!response.ok) throw httpError(`follow ${echo(path)}`, response, value);
    return value as T;
  }

  const queries = createQueryService({ root, operation: operationFor('GET', '/query'), send: sendWithSession, httpError, scrub });

  // Every public method's failures pass through scrub on their way out.
  const em: EmClient = {
    ...queries,
    GET: typed('GET') as Core['GET'],
    POST: typed('POST') as Core['POST'],
    DELETE: typed('DELETE') as Core['DELETE'],
    list: ((path: string, init?: Parameters<typeof collections.list>[1]) => collections.list(path, init).catch(scrub)) as EmClient['list'],
    iterate: ((path: string, init?: Parameters<typeof collections.iterate>[1]) => iterate(path, init)) as EmClient['iterate'],
    listRestorePoints: (backupId, init) => collections.list(RESTORE_POINTS, restorePointsOf(backupId, init), 'list restore points').then((refs) => refs as Ref[], scrub),
    iterateRestorePoints: (backupId, init) => iterate(RESTORE_POINTS, restorePointsOf(backupId, init), 'list restore points') as AsyncGenerator<Ref>,
    logon: () => session.logon().then(() => session.current!, scrub),
    logout: () => logout().catch(scrub),
    follow: (<L extends Pick<Link, 'Href'> & { Type?: string }>(link: L) => follow<Followed<L>>(link).catch(scrub)) as EmClient['follow'],
    [Symbol.asyncDispose]: () => logout().catch(scrub),
  };
  return em;
}

const basic = ({ username, password }: Credentials): string => Buffer.from(`${username}:${password}`, 'utf8').toString('base64');

/** EM's own message, as a clause of ours: its final period would double ours. */
const messageOf = (error: unknown): string =>
  typeof error === 'object' && error !== null && typeof (error as ErrorBody).Message === 'string' ? `: ${echo((error as ErrorBody).Message.replace(/[\s.]+$/, ''))}` : '';

function httpError(what: string, response: Response, error: unknown): EmError {
  const body = typeof error === 'object' && error !== null ? (error as ErrorBody) : undefined;
  const kind = response.status === 401 ? 'unauthorized' : 'http';
  const hint = kind === 'unauthorized' ? ' The session is missing, unknown or expired; give credentials to let the client log on again.' : '';
  return new EmError(kind, `Could not ${what}: the server answered ${response.status}${messageOf(body)}.${hint}`, {
    status: response.status,
    ...(body ? { body } : {}),
  });
}
