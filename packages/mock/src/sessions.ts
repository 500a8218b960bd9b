// Logon sessions as EM keeps them (opt-in, `sessions`): a fresh token per logon, refused once logged off or idle too long.
import { randomBytes, randomUUID } from 'node:crypto';

/** EM ends a session after 15 minutes without requests. */
export const EM_IDLE_MS = 15 * 60_000;

/** Live sessions kept at most; past it the longest idle one ends (a bound on memory, not an EM rule). */
export const MAX_SESSIONS = 100_000;

interface Session {
  token: string;
  id: string;
  lastUsed: number;
}

/** What a logoff did: ended the caller's session, found no such live session, or found another caller's. */
export type Logoff = 'closed' | 'unknown' | 'not-yours';

export class Sessions {
  // Insertion order is least recently used first (every touch moves a session to the end), so expiry looks at the front only.
  readonly #byToken = new Map<string, Session>();
  readonly #byId = new Map<string, Session>();
  readonly #idleMs: number;
  readonly #now: () => number;
  readonly #max: number;

  constructor(idleMs: number = EM_IDLE_MS, now: () => number = Date.now, max: number = MAX_SESSIONS) {
    this.#idleMs = idleMs;
    this.#now = now;
    this.#max = max;
  }

  /** Live sessions held now (expired ones may linger until the next logon). */
  get size(): number {
    return this.#byToken.size;
  }

  /** A new session: an opaque token shaped like EM's (16 random bytes, base64) and a SessionId (a UUID). */
  open(): { token: string; id: string } {
    this.#sweep();
    if (this.#byToken.size >= this.#max) this.#drop(this.#byToken.values().next().value!);
    const session = { token: randomBytes(16).toString('base64'), id: randomUUID(), lastUsed: this.#now() };
    this.#byToken.set(session.token, session);
    this.#byId.set(session.id, session);
    return { token: session.token, id: session.id };
  }

  /** Whether `token` names a live session; using it restarts its idle time. */
  touch(token: string | undefined): boolean {
    const session = token === undefined ? undefined : this.#byToken.get(token);
    if (!session) return false;
    if (this.#expired(session)) {
      this.#drop(session);
      return false;
    }
    session.lastUsed = this.#now();
    this.#byToken.delete(session.token);
    this.#byToken.set(session.token, session);
    return true;
  }

  /** Ends the session whose SessionId is `id` when `token` is that session's own token. */
  close(id: string, token: string | undefined): Logoff {
    const session = this.#byId.get(id);
    if (!session || this.#expired(session)) {
      if (session) this.#drop(session);
      return 'unknown';
    }
    if (session.token !== token) return 'not-yours';
    this.#drop(session);
    return 'closed';
  }

  #expired(session: Session): boolean {
    return this.#now() - session.lastUsed >= this.#idleMs;
  }

  #drop(session: Session): void {
    this.#byToken.delete(session.token);
    this.#byId.delete(session.id);
  }

  /** Forgets expired sessions from the least recently used end: amortised O(1) per logon. */
  #sweep(): void {
    for (const session of this.#byToken.values()) {
      if (!this.#expired(session)) return;
      this.#drop(session);
    }
  }
}
