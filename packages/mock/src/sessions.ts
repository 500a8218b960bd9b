// Logon sessions as EM keeps them (opt-in, `sessions`): a fresh token per logon, refused once logged off or idle too long.
import { randomBytes, randomUUID } from 'node:crypto';

/** EM ends a session after 15 minutes without requests. */
export const EM_IDLE_MS = 15 * 60_000;

interface Session {
  token: string;
  id: string;
  lastUsed: number;
}

export class Sessions {
  readonly #byToken = new Map<string, Session>();
  readonly #idleMs: number;
  readonly #now: () => number;

  constructor(idleMs: number = EM_IDLE_MS, now: () => number = Date.now) {
    this.#idleMs = idleMs;
    this.#now = now;
  }

  /** A new session: an opaque token shaped like EM's (16 random bytes, base64) and a SessionId (a UUID). */
  open(): { token: string; id: string } {
    // Sessions nobody touches again would otherwise stay in memory: a long-running mock sees many logons.
    for (const old of this.#byToken.values()) if (this.#now() - old.lastUsed >= this.#idleMs) this.#byToken.delete(old.token);
    const session = { token: randomBytes(16).toString('base64'), id: randomUUID(), lastUsed: this.#now() };
    this.#byToken.set(session.token, session);
    return { token: session.token, id: session.id };
  }

  /** Whether `token` names a live session; using it restarts its idle time. */
  touch(token: string | undefined): boolean {
    const session = token === undefined ? undefined : this.#byToken.get(token);
    if (!session) return false;
    if (this.#now() - session.lastUsed >= this.#idleMs) {
      this.#byToken.delete(session.token);
      return false;
    }
    session.lastUsed = this.#now();
    return true;
  }

  /** Ends the session whose SessionId is `id`; false when there is no such live session. */
  close(id: string): boolean {
    for (const session of this.#byToken.values()) {
      if (session.id !== id) continue;
      this.#byToken.delete(session.token);
      return this.#now() - session.lastUsed < this.#idleMs;
    }
    return false;
  }
}
