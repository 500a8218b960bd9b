// The EM fidelity layer: a node:http front that checks every request, forwards it to Prism and fixes what Prism answers unlike EM.
import { Agent, createServer, type IncomingHttpHeaders, type IncomingMessage, request, type Server } from 'node:http';
import { connectionGate, holdBack } from './backpressure.ts';
import { BodyTooLarge, declaredTooLarge, readBody } from './body.ts';
import { corsHeaders, isCorsHeader, isPreflight, preflightHeaders } from './cors.ts';
import { versionRefusal } from './api-version.ts';
import { documentedAnswer } from './documented.ts';
import { emError } from './em-error.ts';
import { Gate, GateRefused } from './gate.ts';
import { withSessionId } from './logon-body.ts';
import { type Format, MEDIA_TYPE, negotiate } from './negotiate.ts';
import { findOperation, isAuthorized, isLogoff, isLogon, methodsOf, sessionHeader, sessionHeaderSpelled, standInCredentials, toPrismPath, tokenHeaderOf } from './operations.ts';
import { adoptCookie, sessionCookie } from './session-cookie.ts';
import { hostRefusal } from './host-check.ts';
import { hrefBase, rewriteHrefs } from './hrefs.ts';
import { formatPrefer, isDynamic, parsePrefer } from './prefer.ts';
import { isTargetError, parseTarget } from './request-path.ts';
import type { InventoryServer } from './inventory/serve.ts';
import type { Sessions } from './sessions.ts';
import { transcode } from './transcode.ts';

export interface LayerOptions {
  /** Where Prism is: its base URL, such as `http://127.0.0.1:38211`, or `undefined` while it is away (being restarted). */
  prism: { readonly url: string | undefined };
  /** Whether Prism runs with `--dynamic`. */
  dynamic: boolean;
  /** Keeps logon sessions as EM does (fresh tokens, refused once logged off or idle); without it any token is taken. */
  sessions?: Sessions;
  /** Request bodies larger than this are refused with 413. */
  maxBodyBytes: number;
  /** Bounds the requests in flight to Prism. */
  gate: Gate;
  /** The one origin (or `*`) answered with CORS headers; none without it, as EM sends none. */
  cors?: string;
  /** Gives up on an answer from Prism after this long (default 30 s). */
  upstreamTimeoutMs?: number;
  /** The API root written into Hrefs; without it, the origin each request came to. */
  publicUrl?: string;
  /** The Host names answered (others get 400); undefined answers any. */
  allowedHosts?: ReadonlySet<string>;
  /** Receives one line per answered request. */
  log?: (line: string) => void;
  /** Answers /query and GETs of inventory resources from one generated inventory instead of Prism's examples. */
  inventory?: InventoryServer;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** Close the connection after this answer (the rest of the request was not read). */
  close?: boolean;
  /** Its Hrefs already name the mock (the inventory's pages are written so): no rewriting. */
  rebased?: boolean;
}

// Per connection, not per message; Node sets its own.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'content-length', 'date', 'host']);
const EMPTY = Buffer.alloc(0);
const PRISM_VIOLATIONS = 'sl-violations';
// Seconds a client should wait: Prism restarts in a few seconds, a full queue drains in about one.
const RETRY_RESTARTING = '2';
const RETRY_BUSY = '1';

const readAll = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

function forward(agent: Agent, url: string, method: string, headers: Record<string, string | string[]>, body: Buffer, timeoutMs: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = request(url, { method, headers, agent, timeout: timeoutMs }, (response) => {
      readAll(response).then((data) => resolve({ status: response.statusCode ?? 503, headers: response.headers, body: data }), reject);
    });
    upstream.on('timeout', () => upstream.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    upstream.on('error', reject);
    upstream.end(body);
  });
}

const tooLarge = (maxBytes: number, format: Format): Answer => ({ ...emError(413, new BodyTooLarge(maxBytes).message, format), close: true });

/**
 * What EM answers where the spec documents no operation, in the negotiated type (never Prism's problem+json): it checks
 * the session first (401), then the method (405 with Allow), then the path (404).
 */
function unknownRoute(method: string, path: string, req: IncomingMessage, options: LayerOptions, format: Format): Answer {
  return { ...refuseUnknown(method, path, req, options, format), close: hasBody(req) };
}

/** A refusal answered before the body is read leaves it unread, so the connection closes after the answer. */
const hasBody = (req: IncomingMessage): boolean =>
  (req.headers['content-length'] !== undefined && req.headers['content-length'] !== '0') || req.headers['transfer-encoding'] !== undefined;

function refuseUnknown(method: string, path: string, req: IncomingMessage, options: LayerOptions, format: Format): Answer {
  const token = sessionHeader === undefined ? undefined : req.headers[sessionHeader];
  const authorised = typeof token === 'string' && token.trim() !== '' && (!options.sessions || options.sessions.touch(token));
  if (!authorised) return emError(401, 'The session is missing or has expired; log on (POST /api/sessionMngr/) and send its X-RestSvcSessionId.', format);
  const pathname = path.split('?')[0]!;
  const allowed = methodsOf(path);
  if (allowed.length > 0) return emError(405, `The method ${method} is not allowed on ${pathname}; it takes ${allowed.join(', ')}.`, format, { allow: allowed.join(', ') });
  return emError(404, `Nothing is found at ${pathname}: the API describes no such resource.`, format);
}

async function answer(req: IncomingMessage, gone: AbortSignal, options: LayerOptions, agent: Agent, format: Format): Promise<Answer> {
  const method = req.method ?? 'GET';
  const target = parseTarget(req.url ?? '/');
  if (isTargetError(target)) return emError(400, target.error, format);
  const strangeHost = hostRefusal(req.headers.host, options.allowedHosts);
  if (strangeHost !== undefined) return { ...emError(400, strangeHost, format), close: hasBody(req) };
  if (options.cors !== undefined && isPreflight(method, req.headers)) {
    return { status: 204, headers: preflightHeaders(corsHeaders(options.cors, req.headers)), body: EMPTY };
  }
  const path = toPrismPath(`${target.path}${target.search}`);
  adoptCookie(req.headers);
  const operation = findOperation(method, path);
  if (declaredTooLarge(req, options.maxBodyBytes)) return tooLarge(options.maxBodyBytes, format);
  if (!operation) return unknownRoute(method, path, req, options, format);
  const preferences = parsePrefer(req.headers.prefer);

  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'accept' && name !== 'prefer') headers[name] = value;
  }
  const { sessions } = options;
  const tokenHeader = tokenHeaderOf(operation);
  const token = tokenHeader === undefined ? undefined : String(req.headers[tokenHeader] ?? '');
  if (!isAuthorized(operation, req.headers) || (sessions && tokenHeader !== undefined && !sessions.touch(token))) {
    // EM checks the session before the parameters; Prism would validate them first. Generated bodies stay Prism's.
    const unauthorised = isDynamic(preferences, options.dynamic) ? undefined : documentedAnswer(operation, 401, format);
    if (unauthorised) return { ...unauthorised, close: hasBody(req) };
    // Prism would answer its 401 in the first listed media type; asking for the 401 with stand-in credentials negotiates it.
    preferences.set('code', '401');
    preferences.delete('example');
    Object.assign(headers, standInCredentials(operation));
  } else {
    const oldVersion = versionRefusal(target.search);
    if (oldVersion !== undefined) return { ...emError(400, oldVersion, format), close: hasBody(req) };
    if (sessions && isLogoff(operation)) {
      const id = target.segments.at(-1)!;
      // Another caller's session is as unknown to this one as a SessionId that names none (see the README).
      if (sessions.close(id, token) !== 'closed') return emError(404, `Logon session [${id.slice(0, 64)}] was not found.`, format);
    }
  }
  // Prism's controls (a forced status, a named example) and the 401 above go to Prism; the rest of an inventory GET does not.
  if (options.inventory && !preferences.has('code') && !preferences.has('example') && options.inventory.serves(operation, isDynamic(preferences, options.dynamic))) {
    const served = options.inventory.answer(operation, target.segments, target.search, format, hrefBase(req, options.publicUrl));
    if (served) return served;
  }
  // Prism answers a resource's first example; `?format=Entity` asks EM for the entity, so the layer names that example.
  if (operation.entityExample && !preferences.has('example') && !preferences.has('code') && /(?:^|[?&])format=entity(?:&|$)/i.test(target.search)) {
    preferences.set('example', operation.entityExample);
  }
  const dynamic = isDynamic(preferences, options.dynamic);
  // Generated XML from Prism is an `<xml>` wrapper that ignores the spec's `xml` objects: take JSON and encode it here.
  headers['accept'] = MEDIA_TYPE[dynamic ? 'json' : format];
  if (preferences.size > 0) headers['prefer'] = formatPrefer(preferences);

  let leave: () => void;
  try {
    const leaveConnection = await connectionGate(req.socket, options.gate.limits.queueTimeoutMs).enter(gone);
    try {
      const leaveShared = await options.gate.enter(gone);
      leave = () => {
        leaveShared();
        leaveConnection();
      };
    } catch (error) {
      leaveConnection();
      throw error;
    }
  } catch (error) {
    if (error instanceof GateRefused) return emError(503, error.message, format, { 'retry-after': RETRY_BUSY });
    throw error;
  }
  let upstream: Answer;
  try {
    let body: Buffer;
    try {
      body = await readBody(req, options.maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLarge) return tooLarge(options.maxBodyBytes, format);
      throw error;
    }
    if (body.length > 0) headers['content-length'] = String(body.length);
    const prismUrl = options.prism.url;
    if (prismUrl === undefined) return emError(503, 'Prism, behind the EM mock, is restarting; try again in a moment.', format, { 'retry-after': RETRY_RESTARTING });
    try {
      upstream = await forward(agent, `${prismUrl}${path}`, method, headers, body, options.upstreamTimeoutMs ?? 30_000);
    } catch (error) {
      return emError(503, `Prism, behind the EM mock, gave no answer (${(error as Error).message}); try again in a moment.`, format, {
        'retry-after': RETRY_RESTARTING,
      });
    }
  } finally {
    leave();
  }
  // Prism's own CORS headers reflect any origin; EM sends none, and the layer adds its own when asked to.
  // Nor does EM send Prism's findings about its own answers (`sl-violations`).
  for (const name of Object.keys(upstream.headers)) if (isCorsHeader(name) || name === PRISM_VIOLATIONS) delete upstream.headers[name];
  const text = upstream.body.toString('utf8');
  const replaced = transcode(operation, upstream.status, { contentType: upstream.headers['content-type'], text }, format, dynamic);
  const answered = replaced
    ? { ...upstream, headers: { ...upstream.headers, 'content-type': replaced.contentType }, body: Buffer.from(replaced.text, 'utf8') }
    : upstream;
  if (!sessions || !operation || !isLogon(operation) || answered.status !== 201) return answered;
  // A logon opens a session of its own: a fresh token in the header, its SessionId in the body.
  const opened = sessions.open();
  const renamed = withSessionId(answered.body.toString('utf8'), format, opened.id);
  return { ...answered, headers: { ...answered.headers, 'x-restsvcsessionid': opened.token }, body: Buffer.from(renamed, 'utf8') };
}

export function createLayer(options: LayerOptions): Server {
  // Keep-alive sockets to Prism, no more than the requests allowed in flight.
  const agent = new Agent({ keepAlive: true, maxSockets: options.gate.limits.maxInFlight });
  const server = createServer((req, res) => {
    holdBack(req, res);
    const format = negotiate(req.headers.accept);
    const client = new AbortController();
    res.once('close', () => client.abort());
    // A pipelined request's answer is not yet tied to the connection, so only its request tells that the client left.
    req.once('close', () => {
      if (req.socket.destroyed) client.abort();
    });
    answer(req, client.signal, options, agent, format)
      .catch((error: unknown): Answer => emError(500, `The EM mock failed on this request: ${(error as Error).message}`, format))
      .then(({ status, headers, body: raw, close, rebased }) => {
        if (res.destroyed) return;
        const body = rebased ? raw : rewriteHrefs(raw, headers['content-type'], hrefBase(req, options.publicUrl));
        for (const [name, value] of Object.entries(headers)) {
          // EM's spelling of its session header (Node hands header names over lower-cased).
          if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name === sessionHeader && sessionHeaderSpelled ? sessionHeaderSpelled : name, value);
        }
        // A logon sets the session cookie too, as EM does.
        const token = sessionHeader === undefined ? undefined : headers[sessionHeader];
        const cookie = status === 201 && typeof token === 'string' ? sessionCookie(token) : undefined;
        if (cookie) res.appendHeader('set-cookie', cookie);
        for (const [name, value] of Object.entries(corsHeaders(options.cors, req.headers))) res.setHeader(name, value);
        if (close) res.setHeader('connection', 'close');
        const bodyless = status === 204 || status === 304 || req.method === 'HEAD';
        if (!bodyless) res.setHeader('content-length', body.length);
        res.writeHead(status);
        res.end(bodyless ? undefined : body);
        options.log?.(`${req.method} ${req.url} → ${status}${headers['content-type'] ? ` ${headers['content-type']}` : ''}`);
      });
  });
  server.once('close', () => agent.destroy());
  return server;
}
