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
  | 'invalid-argument';

export interface EmErrorOptions {
  status?: number;
  body?: ErrorBody;
  cause?: unknown;
}

export class EmError extends Error {
  override readonly name = 'EmError';
  readonly kind: EmErrorKind;
  /** HTTP status of the answer, when there was one. */
  readonly status?: number;
  /** EM's decoded `Error` body, for `kind: 'http'`. */
  readonly body?: ErrorBody;

  constructor(kind: EmErrorKind, message: string, options: EmErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.kind = kind;
    if (options.status !== undefined) this.status = options.status;
    if (options.body !== undefined) this.body = options.body;
  }
}

export const isEmError = (value: unknown): value is EmError => value instanceof EmError;
