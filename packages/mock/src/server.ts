// The EM fidelity layer: a node:http front that forwards to Prism and fixes what Prism alone answers unlike EM.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, request, type Server } from 'node:http';
import { MEDIA_TYPE, negotiate } from './negotiate.ts';
import { withSessionId } from './logon-body.ts';
import { findOperation, isAuthorized, isLogoff, isLogon, standInCredentials, toPrismPath, tokenHeaderOf } from './operations.ts';
import { hrefBase, rewriteHrefs } from './hrefs.ts';
import { formatPrefer, isDynamic, parsePrefer } from './prefer.ts';
import type { Sessions } from './sessions.ts';
import { transcode } from './transcode.ts';

export interface LayerOptions {
  /** Prism's base URL, such as `http://127.0.0.1:38211`. */
  prismUrl: string;
  /** Whether Prism runs with `--dynamic`. */
  dynamic: boolean;
  /** Keeps logon sessions as EM does (fresh tokens, refused once logged off or idle); without it any token is taken. */
  sessions?: Sessions;
  /** The API root written into Hrefs; without it, the origin each request came to. */
  publicUrl?: string;
  /** Receives one line per answered request. */
  log?: (line: string) => void;
}

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

// Per connection, not per message; Node sets its own.
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'content-length', 'date', 'host']);

const readAll = async (stream: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

function forward(url: string, method: string, headers: Record<string, string | string[]>, body: Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const upstream = request(url, { method, headers }, (response) => {
      readAll(response).then((data) => resolve({ status: response.statusCode ?? 502, headers: response.headers, body: data }), reject);
    });
    upstream.on('error', reject);
    upstream.end(body);
  });
}

async function answer(req: IncomingMessage, options: LayerOptions): Promise<Answer> {
  const method = req.method ?? 'GET';
  const path = toPrismPath(req.url ?? '/');
  const operation = findOperation(method, path);
  const format = negotiate(req.headers.accept);
  const preferences = parsePrefer(req.headers.prefer);

  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name) && name !== 'accept' && name !== 'prefer') headers[name] = value;
  }
  const { sessions } = options;
  const tokenHeader = operation && tokenHeaderOf(operation);
  const token = tokenHeader === undefined ? undefined : String(req.headers[tokenHeader] ?? '');
  if (operation && (!isAuthorized(operation, req.headers) || (sessions && tokenHeader !== undefined && !sessions.touch(token)))) {
    // Prism would answer its 401 in the first listed media type; asking for the 401 with stand-in credentials negotiates it.
    preferences.set('code', '401');
    preferences.delete('example');
    Object.assign(headers, standInCredentials(operation));
  } else if (operation && sessions && isLogoff(operation) && !sessions.close(decodeURIComponent(path.split('?')[0]!.split('/').pop()!))) {
    // A SessionId that names no live session: EM's 404.
    preferences.set('code', '404');
    preferences.delete('example');
  }
  const dynamic = isDynamic(preferences, options.dynamic);
  // Generated XML from Prism is an `<xml>` wrapper that ignores the spec's `xml` objects: take JSON and encode it here.
  headers['accept'] = MEDIA_TYPE[dynamic ? 'json' : format];
  if (preferences.size > 0) headers['prefer'] = formatPrefer(preferences);
  const body = await readAll(req);
  if (body.length > 0) headers['content-length'] = String(body.length);

  const upstream = await forward(`${options.prismUrl}${path}`, method, headers, body);
  const text = upstream.body.toString('utf8');
  const replaced = await transcode(operation, upstream.status, { contentType: upstream.headers['content-type'], text }, format, dynamic);
  const answered = replaced
    ? { ...upstream, headers: { ...upstream.headers, 'content-type': replaced.contentType }, body: Buffer.from(replaced.text, 'utf8') }
    : upstream;
  if (!sessions || !operation || !isLogon(operation) || answered.status !== 201) return answered;
  // A logon opens a session of its own: a fresh token in the header, its SessionId in the body.
  const opened = sessions.open();
  const renamed = await withSessionId(answered.body.toString('utf8'), format, opened.id);
  return { ...answered, headers: { ...answered.headers, 'x-restsvcsessionid': opened.token }, body: Buffer.from(renamed, 'utf8') };
}

export function createLayer(options: LayerOptions): Server {
  return createServer((req, res) => {
    answer(req, options)
      .catch((error: unknown): Answer => ({
        status: 502,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
        body: Buffer.from(`The EM mock could not get an answer from Prism at ${options.prismUrl}: ${(error as Error).message}\n`),
      }))
      .then(({ status, headers, body: raw }) => {
        const body = rewriteHrefs(raw, headers['content-type'], hrefBase(req, options.publicUrl));
        for (const [name, value] of Object.entries(headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) res.setHeader(name, value);
        const bodyless = status === 204 || status === 304 || req.method === 'HEAD';
        if (!bodyless) res.setHeader('content-length', body.length);
        res.writeHead(status);
        res.end(bodyless ? undefined : body);
        options.log?.(`${req.method} ${req.url} → ${status}${headers['content-type'] ? ` ${headers['content-type']}` : ''}`);
      });
  });
}
