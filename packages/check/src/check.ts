// runCheck: log on, crawl from GET /api/ in both media types within a request budget, log off, and say what differs.
import { createRawExchange, type EmError, isEmError, type RawAnswer } from '@vbem/client';
import { createCodec, type OpenApiDocument } from '@vbem/codec';
import { compare } from './compare.ts';
import { fails, type Finding, Findings, type Row } from './findings.ts';
import { type Format, inspect, MEDIA_TYPE } from './inspect.ts';
import { linksOf } from './links.ts';
import { Scrubber } from './scrub.ts';
import { type Operation, operationFor, operations, spec } from './spec.ts';

export const VERSION = '0.1.0';
export const USER_AGENT = `vbem-check/${VERSION}`;
export const DEFAULT_MAX_REQUESTS = 300;
export const DEFAULT_CONCURRENCY = 2;
/** Items of a collection whose links are followed. */
export const DEFAULT_SAMPLE = 3;
/** Failed answers in a row (network, timeout, 5xx) after which the crawl stops, to spare a struggling server. */
const FAILURES_IN_A_ROW = 10;
/** Requests kept back for each logoff. */
const LOGOFF_REQUESTS = 1;
/** Root (2) and logon (2) and logoff (2) at least. */
export const MIN_REQUESTS = 6;

export interface CheckOptions {
  /** The API root, such as `https://em.example.com:9398/api`. */
  url: string;
  user: string;
  password: string;
  /** PEM of the CA that signed EM's certificate. */
  ca?: string | Buffer;
  maxRequests?: number;
  concurrency?: number;
  /** Items per collection whose links are followed (default 3). */
  sample?: number;
  /** Per exchange, body included (default 30 s). */
  timeoutMs?: number;
  /** Larger bodies are not read (default 32 MiB). */
  maxResponseBytes?: number;
  /** After every request: how many were sent, of how many allowed. */
  onProgress?: (sent: number, budget: number) => void;
}

export interface Coverage {
  /** Operations that answered at least once. */
  reached: string[];
  /** Operations of the spec the crawl did not reach from the root. */
  notReached: string[];
  /** Linked paths the spec describes no operation for (IDs as `{ID}`), with how many links led there. */
  undescribed: { path: string; links: number }[];
  /** Links not followed though the spec knows the path: another method only (read-only), or outside the API root. */
  notFollowed: { path: string; reason: string; links: number }[];
  /** Links left unvisited when the crawl stopped (budget, failures). */
  unvisited: number;
}

export interface CheckResult {
  url: string;
  /** The spec's `info.version`. */
  spec: string;
  outcome: 'clean' | 'differs' | 'could-not-run';
  /** Why the check could not run, or why the crawl stopped early. */
  reason?: string;
  requests: number;
  budget: number;
  rows: Row[];
  findings: Finding[];
  coverage: Coverage;
}

const codec = createCodec(spec as unknown as OpenApiDocument);
const TOKEN_HEADER = 'x-restsvcsessionid';

class Stop extends Error {}

export async function runCheck(options: CheckOptions): Promise<CheckResult> {
  const base = new URL(options.url.replace(/\/+$/, ''));
  const basePath = base.pathname.replace(/\/+$/, '');
  const root = `${base.origin}${basePath}`;
  const budget = options.maxRequests ?? DEFAULT_MAX_REQUESTS;
  const concurrency = options.concurrency ?? DEFAULT_CONCURRENCY;
  if (!Number.isSafeInteger(budget) || budget < MIN_REQUESTS) {
    throw new RangeError(`maxRequests is ${budget}; expected at least ${MIN_REQUESTS} (the root, two logons and two logoffs in both media types).`);
  }
  if (!Number.isSafeInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency is ${concurrency}; expected a whole number of at least 1.`);
  const sample = options.sample ?? DEFAULT_SAMPLE;
  const scrub = new Scrubber(base.origin);
  const basic = Buffer.from(`${options.user}:${options.password}`, 'utf8').toString('base64');
  scrub.keep(options.password);
  scrub.keep(basic);
  const findings = new Findings();
  const inspector = { findings, scrub, codec };
  const reached = new Set<string>();
  const undescribed = new Map<string, number>();
  const notFollowed = new Map<string, { path: string; reason: string; links: number }>();

  const pathOf = (url: URL): string => url.pathname.slice(basePath.length) || '/';

  let sent = 0;
  // The crawl may use the budget up to what the logoffs need; the logoffs the rest.
  let ceiling = budget;
  const raw = createRawExchange({
    baseUrl: root,
    timeoutMs: options.timeoutMs ?? 30_000,
    maxResponseBytes: options.maxResponseBytes ?? 32 * 1024 * 1024,
    ...(options.ca ? { tls: { ca: options.ca } } : {}),
    onRequest: (url, method) => {
      // Read-only, on every hop (a redirected logon included): GETs, the logon's POST and the logoff's DELETE, nothing else.
      const path = pathOf(new URL(url));
      const allowed = method === 'GET' || (method === 'POST' && path === '/sessionMngr/') || (method === 'DELETE' && path.startsWith('/logonSessions/'));
      if (!allowed) throw new Error(`vbem-check never sends ${method} ${path}`);
      // A redirect hop counts too: past the budget it is not sent, and the exchange fails.
      if (sent >= ceiling) throw new Error(`the request budget (${budget}) is spent`);
      sent++;
      options.onProgress?.(sent, budget);
    },
  });
  raw.keepSecret(options.password);
  raw.keepSecret(basic);

  const send = (url: string, method: 'GET' | 'POST' | 'DELETE', format: Format, token?: string): Promise<RawAnswer> => {
    if (sent >= ceiling) return Promise.reject(new Stop(`The request budget (${budget}) is spent.`));
    return raw.send(url, {
      method,
      headers: {
        accept: MEDIA_TYPE[format],
        'user-agent': USER_AGENT,
        ...(method === 'POST' ? { authorization: `Basic ${basic}` } : {}),
        ...(token ? { [TOKEN_HEADER]: token } : {}),
      },
    });
  };

  /** Why an exchange failed, scrubbed; the client's hint names its option, where the flag does that job here. */
  const why = (error: unknown): string =>
    scrub.text(String((error as Error)?.message ?? error).replace('the `tls: { ca }` option', '--ca FILE').replace(/\.$/, ''));

  /** An exchange that failed before an answer could be checked, as a finding. */
  const failed = (operation: Operation, format: Format, url: URL, error: unknown): void => {
    if (error instanceof Stop) throw error;
    findings.add({ operation: operation.key, media: format, kind: 'unchecked', where: '', message: `no answer: ${why(error)}`, resource: scrub.text(pathOf(url)) });
    findings.count(operation.key, format, false);
  };

  let failuresInARow = 0;
  let lastFailure = '';
  const tally = (ok: boolean, what: string): void => {
    failuresInARow = ok ? 0 : failuresInARow + 1;
    if (!ok) lastFailure = what;
  };

  /** Both media types of one resource: each checked, then the two values compared; returns the values read. */
  async function visit(url: URL, operation: Operation, token?: string): Promise<{ answered: boolean; values: unknown[] }> {
    let answered = false;
    const values = new Map<Format, unknown>();
    reached.add(operation.key);
    for (const format of ['xml', 'json'] as const) {
      let answer: RawAnswer;
      try {
        answer = await send(url.href, 'GET', format, token);
      } catch (error) {
        failed(operation, format, url, error);
        const kind = isEmError(error) ? (error as EmError).kind : 'network';
        tally(kind !== 'network' && kind !== 'timeout', `${format.toUpperCase()} ${pathOf(url)}: ${why(error)}`);
        continue;
      }
      answered = true;
      tally(answer.status < 500, `${format.toUpperCase()} ${pathOf(url)} answered ${answer.status}`);
      const inspection = inspect(inspector, operation, format, answer, scrub.text(pathOf(url)));
      findings.count(operation.key, format, inspection.passed);
      if (inspection.value !== undefined) values.set(format, inspection.value);
    }
    if (values.has('xml') && values.has('json')) {
      const differences = compare(values.get('xml'), values.get('json'));
      for (const d of differences) {
        findings.add({
          operation: operation.key,
          media: 'both',
          kind: 'xml-json',
          where: d.pointer,
          message: 'the XML and the JSON answer read as different values',
          sample: `XML ${scrub.sample(d.xml)} · JSON ${scrub.sample(d.json)}`,
          resource: scrub.text(pathOf(url)),
        });
      }
      findings.count(operation.key, 'both', differences.length === 0);
    }
    return { answered, values: [...values.values()] };
  }

  // The crawl's frontier: each URL once, whatever the order or number of links that lead to it.
  const queue: { url: URL; operation: Operation }[] = [];
  const seen = new Set<string>();
  const keyOf = (url: URL): string => {
    const params = [...url.searchParams].sort(([a], [b]) => a.localeCompare(b));
    return `${url.pathname.replace(/\/+$/, '')}?${new URLSearchParams(params)}`;
  };
  const generalize = (path: string): string =>
    path
      .split('/')
      .map((segment) => (/\d/.test(segment) && /^[\w.:-]+$/.test(segment) ? '{ID}' : segment))
      .join('/');

  function enqueue(href: string): void {
    let url: URL;
    try {
      url = new URL(href, `${root}/`);
    } catch {
      return;
    }
    url.hash = '';
    const inside = url.origin === base.origin && (url.pathname === basePath || url.pathname.startsWith(`${basePath}/`));
    if (!inside) {
      const where = scrub.text(`${url.origin}${generalize(url.pathname)}`);
      const entry = notFollowed.get(where) ?? { path: where, reason: 'outside the API root', links: 0 };
      entry.links++;
      notFollowed.set(where, entry);
      return;
    }
    // `/backups/` is `/backups`: EM takes either, and the spec writes one.
    const path = pathOf(url);
    const operation = operationFor('GET', path) ?? operationFor('GET', path.replace(/(.)\/+$/, '$1'));
    if (!operation) {
      const other = operations.find((op) => op.matches(path));
      if (other) {
        const entry = notFollowed.get(other.key) ?? { path: other.key, reason: `${other.method} only: the check is read-only`, links: 0 };
        entry.links++;
        notFollowed.set(other.key, entry);
      } else {
        const where = generalize(path);
        undescribed.set(where, (undescribed.get(where) ?? 0) + 1);
      }
      return;
    }
    const key = keyOf(url);
    if (seen.has(key)) return;
    seen.add(key);
    queue.push({ url, operation });
  }

  const result = (outcome: CheckResult['outcome'] | undefined, reason?: string): CheckResult => {
    const list = findings.list;
    const described = operations.filter((op) => op.method === 'GET' || op.key === 'POST /sessionMngr/' || op.key === 'DELETE /logonSessions/{ID}');
    return {
      url: root,
      spec: spec.info.version,
      outcome: outcome ?? (list.some((f) => fails(f.kind)) ? 'differs' : 'clean'),
      ...(reason ? { reason: scrub.text(reason) } : {}),
      requests: sent,
      budget,
      rows: findings.rows,
      findings: list,
      coverage: {
        reached: described.filter((op) => reached.has(op.key)).map((op) => op.key),
        notReached: described.filter((op) => !reached.has(op.key)).map((op) => op.key),
        undescribed: [...undescribed].map(([path, links]) => ({ path, links })).sort((a, b) => a.path.localeCompare(b.path)),
        notFollowed: [...notFollowed.values()].sort((a, b) => a.path.localeCompare(b.path)),
        unvisited: queue.length,
      },
    };
  };

  try {
    // 1. The root, without a session.
    const rootUrl = new URL(`${root}/`);
    const rootOperation = operationFor('GET', '/')!;
    seen.add(keyOf(rootUrl));
    const rootVisit = await visit(rootUrl, rootOperation);
    if (!rootVisit.answered) return result('could-not-run', `${rootUrl.href} did not answer: ${lastFailure}.`);
    for (const value of rootVisit.values) for (const link of linksOf(value, sample)) enqueue(link.href);

    // 2. The logon, once per media type: each answer checked, each session logged off at the end.
    const logon = operationFor('POST', '/sessionMngr/')!;
    const logonUrl = new URL(`${root}/sessionMngr/?v=latest`);
    const sessions: { token: string; sessionId: string | undefined }[] = [];
    const logons: string[] = [];
    for (const format of ['xml', 'json'] as const) {
      reached.add(logon.key);
      let answer: RawAnswer;
      try {
        answer = await send(logonUrl.href, 'POST', format);
      } catch (error) {
        failed(logon, format, logonUrl, error);
        logons.push(`${format.toUpperCase()}: ${why(error)}`);
        continue;
      }
      const token = answer.headers.get(TOKEN_HEADER);
      if (token) {
        raw.keepSecret(token);
        scrub.keep(token);
      }
      const inspection = inspect(inspector, logon, format, answer, '/sessionMngr/');
      findings.count(logon.key, format, inspection.passed);
      const value = inspection.value as { SessionId?: string; Href?: string } | undefined;
      if (answer.status >= 200 && answer.status < 300 && token) {
        const sessionId = value?.SessionId ?? value?.Href?.split('/').pop();
        sessions.push({ token, sessionId });
        for (const link of linksOf(value, sample)) enqueue(link.href);
      } else {
        const type = answer.headers.get('content-type') ?? '(no Content-Type)';
        logons.push(`${format.toUpperCase()}: answered ${answer.status} (${type})${token ? '' : ' without an X-RestSvcSessionId header'}`);
      }
    }
    const session = sessions[0];
    if (!session) return result('could-not-run', `the logon gave no session (${logons.join('; ')}); check --user and the password, and that --url is Enterprise Manager's API root.`);

    // 3. The crawl, within the budget minus what the logoffs need.
    ceiling = budget - sessions.length * LOGOFF_REQUESTS;
    let planned = sent;
    let stopped: { by: 'budget' | 'failures'; reason: string } | undefined;
    let active = 0;
    const waiting: (() => void)[] = [];
    const wake = () => waiting.splice(0).forEach((resume) => resume());
    const stop = (by: 'budget' | 'failures'): void => {
      stopped ??= {
        by,
        reason:
          by === 'budget'
            ? `the request budget (--max-requests ${budget}) ran out with ${queue.length} links unvisited`
            : `stopped after ${failuresInARow} failed answers in a row (the last: ${lastFailure}); the server may be failing`,
      };
      wake();
    };
    const worker = async (): Promise<void> => {
      for (;;) {
        if (stopped) return;
        if (failuresInARow >= FAILURES_IN_A_ROW) return stop('failures');
        if (queue.length > 0 && planned + 2 > ceiling) return stop('budget');
        const item = queue.shift();
        if (!item) {
          if (active === 0) return wake();
          await new Promise<void>((resume) => waiting.push(resume));
          continue;
        }
        active++;
        planned = Math.max(planned, sent) + 2;
        try {
          const { values } = await visit(item.url, item.operation, session.token);
          for (const value of values) for (const link of linksOf(value, sample)) enqueue(link.href);
        } catch (error) {
          if (!(error instanceof Stop)) throw error;
          stop('budget');
        } finally {
          active--;
          wake();
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    // 4. Logoff: every session this check opened.
    ceiling = budget;
    const logoff = operationFor('DELETE', '/logonSessions/{ID}')!;
    for (const [i, { token, sessionId }] of sessions.entries()) {
      if (!sessionId) continue;
      const url = new URL(`${root}/logonSessions/${encodeURIComponent(sessionId)}`);
      const format = i === 0 ? 'xml' : 'json';
      reached.add(logoff.key);
      try {
        const answer = await send(url.href, 'DELETE', format, token);
        findings.count(logoff.key, format, inspect(inspector, logoff, format, answer, '/logonSessions/{ID}').passed);
      } catch (error) {
        failed(logoff, format, url, error);
      }
    }
    // Out of budget is a partial check, reported as such; a failing server is one the check could not run against.
    return result(stopped?.by === 'failures' ? 'could-not-run' : undefined, stopped?.reason);
  } catch (error) {
    if (error instanceof Stop) return result('could-not-run', `the request budget (--max-requests ${budget}) is too small to check anything`);
    throw error;
  }
}
