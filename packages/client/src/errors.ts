// EmError: every failure the client reports, with a kind to branch on and, where there is one, the HTTP status.
import type { ErrorBody } from './types.ts';

export type EmErrorKind =
  /** The server answered with an HTTP error and EM's `Error` body (see `body`). */
  | 'http'
  /** A body that does not decode to its schema: malformed or truncated XML/JSON, invalid UTF-8, a missing field, past a decoding limit (limits.ts), or not decompressing. */
  | 'invalid-body'
  /** A Content-Type the client cannot decode, such as a proxy's HTML page. */
  | 'unexpected-media-type'
  /** The body is larger than `maxResponseBytes`; reading stopped there. */
  | 'too-large'
  /** No complete answer within `timeoutMs` (streaming: no data for `timeoutMs`, or not all of it within `streamTimeoutMs`). */
  | 'timeout'
  /** The caller's `AbortSignal` fired. */
  | 'aborted'
  /** The connection failed or broke (DNS, TLS, reset, an unsolicited 1xx that fetch cannot read past). */
  | 'network'
  /** A redirect or `follow()` target outside `baseUrl`: refused so the session token stays with EM. */
  | 'cross-origin'
  /** The logon did not produce a session (bad credentials, no `X-RestSvcSessionId` header). */
  | 'logon-failed'
  /** No session to send: neither `sessionId` nor `credentials` were given, or the server rejected the session. */
  | 'unauthorized'
  /** A request argument that cannot be sent as given (an `ID` of `..`, say). */
  | 'invalid-argument'
  /** `iterateQuery`: the pages do not advance (a page repeated or gone back, an empty page with a `Next` link); reading stopped rather than loop. */
  | 'invalid-paging';

export interface EmErrorOptions {
  status?: number;
  body?: ErrorBody;
  cause?: unknown;
  /** The part of the request the server named as wrong, see `EmError.offending`. */
  offending?: string;
  /** The error this one restates with the same message (adding a status, say): its echoed text stays marked as echoed. */
  restates?: EmError;
}

// Private-use characters: they bracket echoed text inside a message until the constructor takes them out.
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKS = /[\uE000\uE001]/g;

/**
 * Marks text that came from outside the client (a body, a header, a URL, a parser's complaint about them) where it is put
 * into a message: a secret can only appear there, so redaction looks there and nowhere else.
 */
export const echo = (text: string): string => `${OPEN}${text.replace(MARKS, '')}${CLOSE}`;

type Span = readonly [start: number, end: number];
const echoedSpans = new WeakMap<EmError, readonly Span[]>();

/** The message without marks, and where its echoed text is. */
function unmark(marked: string): { message: string; spans: Span[] } {
  let message = '';
  const spans: Span[] = [];
  let start = -1;
  for (let i = 0; i < marked.length; i++) {
    const char = marked[i]!;
    if (char === OPEN) {
      start = message.length;
    } else if (char === CLOSE) {
      // An echoed sentence's own full stop right before the message's: one period, not two.
      if (marked[i + 1] === '.') while (message.length > start && message.endsWith('.')) message = message.slice(0, -1);
      spans.push([start, message.length]);
      start = -1;
    } else {
      message += char;
    }
  }
  return { message, spans };
}

export class EmError extends Error {
  override readonly name = 'EmError';
  readonly kind: EmErrorKind;
  /** HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** EM's decoded `Error` body, for `kind: 'http'`. */
  readonly body?: ErrorBody;
  /** A refused query: the part of it the server's message names (a field, the query type, the filter from a position). */
  readonly offending?: string;

  constructor(kind: EmErrorKind, message: string, options: EmErrorOptions = {}) {
    const unmarked = unmark(message);
    super(unmarked.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.body !== undefined) this.body = options.body;
    if (options.offending !== undefined) this.offending = options.offending;
    const restated = options.restates && options.restates.message === unmarked.message ? echoedSpans.get(options.restates) : undefined;
    echoedSpans.set(this, [...unmarked.spans, ...(restated ?? [])]);
  }
}

const REDACTED = '[redacted]';
const WORD = /[\p{L}\p{N}_]/u;
// Long enough that no message template holds one as a word: session tokens (24 characters) are looked for everywhere.
const LONG_SECRET = 16;

/** Where `secret` occurs in `text` between `from` and `to` as a whole token: not inside a longer word. */
function wholeTokens(text: string, secret: string, from: number, to: number): Span[] {
  const found: Span[] = [];
  const wordStart = WORD.test(secret[0]!);
  const wordEnd = WORD.test(secret[secret.length - 1]!);
  for (let at = text.indexOf(secret, from); at !== -1 && at + secret.length <= to; at = text.indexOf(secret, at + 1)) {
    const end = at + secret.length;
    const before = at === 0 || !wordStart || !WORD.test(text[at - 1]!);
    const after = end === text.length || !wordEnd || !WORD.test(text[end]!);
    if (before && after) found.push([at, end]);
  }
  return found;
}

/** The forms a secret takes in echoed text: as it is, URL-encoded, JSON-escaped. */
const forms = (secrets: readonly string[]): string[] =>
  [...new Set(secrets.flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]))].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);

/** `text` with every whole-token occurrence of a secret inside `spans` replaced; longer secrets first, no overlaps. */
function redactText(text: string, secrets: readonly string[], spans: readonly Span[]): string {
  const cuts: Span[] = [];
  const free = ([start, end]: Span) => cuts.every(([s, e]) => end <= s || start >= e);
  for (const secret of forms(secrets)) {
    const where = secret.length >= LONG_SECRET ? [[0, text.length] as Span] : spans;
    for (const [from, to] of where) for (const cut of wholeTokens(text, secret, from, to)) if (free(cut)) cuts.push(cut);
  }
  if (cuts.length === 0) return text;
  cuts.sort((a, b) => a[0] - b[0]);
  let out = '';
  let last = 0;
  for (const [start, end] of cuts) {
    out += text.slice(last, start) + REDACTED;
    last = end;
  }
  return out + text.slice(last);
}

/**
 * The error with `secrets` (token, password) taken out of its echoed text and of EM's `Error` body; the message the client
 * wrote itself is left whole, so a short or common-word secret cannot garble it. The same error when there is nothing to take out.
 */
export function redact(error: EmError, secrets: readonly string[]): EmError {
  const message = redactText(error.message, secrets, echoedSpans.get(error) ?? []);
  let body: ErrorBody | undefined;
  if (error.body) {
    const entries = Object.entries(error.body).map(([key, value]) => [key, typeof value === 'string' ? redactText(value, secrets, [[0, value.length]]) : value]);
    body = Object.fromEntries(entries) as ErrorBody;
    if (entries.every(([key, value]) => (error.body as Record<string, unknown>)[key as string] === value)) body = error.body;
  }
  const offending = error.offending === undefined ? undefined : redactText(error.offending, secrets, [[0, error.offending.length]]);
  if (message === error.message && body === error.body && offending === error.offending) return error;
  // No cause: it may hold the secret in its own message.
  return new EmError(error.kind, message, {
    ...(error.status !== undefined ? { status: error.status } : {}),
    ...(body ? { body } : {}),
    ...(offending !== undefined ? { offending } : {}),
  });
}

export const isEmError = (value: unknown): value is EmError => value instanceof EmError;

/** A decoder's error (decoders do not know the status) restated with the answer's status; any other error as it is. */
export const withStatus = (error: unknown, status: number): unknown =>
  error instanceof EmError && error.status === undefined ? new EmError(error.kind, error.message, { status, cause: error.cause, restates: error }) : error;
