// The logon session: one logon shared by concurrent callers, renewed at most once per rejected token, ended by logout.
import { EmError } from './errors.ts';
import type { LogonSession } from './types.ts';

export interface Credentials {
  username: string;
  password: string;
}

export interface LogonResult {
  token: string;
  session: LogonSession;
}

export class SessionManager {
  #token: string | undefined;
  #session: LogonSession | undefined;
  #pending: Promise<string> | undefined;
  readonly #logon: (() => Promise<LogonResult>) | undefined;

  constructor(token: string | undefined, logon: (() => Promise<LogonResult>) | undefined) {
    this.#token = token;
    this.#logon = logon;
  }

  /** The token to send, logging on first when there is none. */
  token(): Promise<string> {
    if (this.#token !== undefined) return Promise.resolve(this.#token);
    return this.logon();
  }

  /** Logs on (once, however many callers ask at the same time). */
  logon(): Promise<string> {
    if (!this.#logon) {
      return Promise.reject(
        new EmError('unauthorized', 'No session: pass `sessionId` or `credentials` to createEmClient so requests can be authorised.'),
      );
    }
    this.#pending ??= this.#logon()
      .then(({ token, session }) => {
        this.#token = token;
        this.#session = session;
        return token;
      })
      .finally(() => {
        this.#pending = undefined;
      });
    return this.#pending;
  }

  /** After a 401 with `stale`: a fresh token if the client can log on, else undefined. Never more than one logon per stale token. */
  async renew(stale: string): Promise<string | undefined> {
    if (!this.#logon) return undefined;
    if (this.#token !== undefined && this.#token !== stale) return this.#token;
    if (this.#token === stale) this.#token = undefined;
    return this.logon();
  }

  /** The session this client created, for logoff; forgets it. */
  take(): { token: string; session: LogonSession } | undefined {
    const token = this.#token;
    const session = this.#session;
    if (token === undefined || session === undefined) return undefined;
    this.#token = undefined;
    this.#session = undefined;
    return { token, session };
  }

  /** The logon session this client created, if any. */
  get current(): LogonSession | undefined {
    return this.#session;
  }

  /** Secrets that must never appear in a message. */
  get secrets(): string[] {
    return this.#token === undefined ? [] : [this.#token];
  }
}
