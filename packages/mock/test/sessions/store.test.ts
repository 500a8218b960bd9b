// The session store alone, on a clock the test moves.
import { describe, expect, it } from 'vitest';
import { Sessions } from '../../src/sessions.ts';

describe('Sessions', () => {
  const clocked = (idleMs: number) => {
    let now = 1_000;
    return { sessions: new Sessions(idleMs, () => now), advance: (ms: number) => (now += ms) };
  };

  it('opens sessions with EM-shaped tokens (16 random bytes, base64) and UUID SessionIds, never the same twice', () => {
    const { sessions } = clocked(60_000);
    const a = sessions.open();
    const b = sessions.open();
    expect(Buffer.from(a.token, 'base64')).toHaveLength(16);
    expect(a.token).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(a.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(b.token).not.toBe(a.token);
    expect(b.id).not.toBe(a.id);
  });

  it('takes a live token, refuses an unknown or missing one', () => {
    const { sessions } = clocked(60_000);
    const { token } = sessions.open();
    expect(sessions.touch(token)).toBe(true);
    expect(sessions.touch('O9Msj3rq7EGUhtSMBQx+mw==')).toBe(false);
    expect(sessions.touch(undefined)).toBe(false);
  });

  it('ends a session idle for the whole idle time; every use restarts it', () => {
    const { sessions, advance } = clocked(1_000);
    const { token } = sessions.open();
    advance(999);
    expect(sessions.touch(token)).toBe(true);
    advance(999);
    expect(sessions.touch(token)).toBe(true);
    advance(1_000);
    expect(sessions.touch(token)).toBe(false);
    advance(-5_000); // an ended session stays ended
    expect(sessions.touch(token)).toBe(false);
  });

  it('closes a session by its SessionId and its own token, once', () => {
    const { sessions } = clocked(60_000);
    const kept = sessions.open();
    const closed = sessions.open();
    expect(sessions.close(closed.id, closed.token)).toBe('closed');
    expect(sessions.touch(closed.token)).toBe(false);
    expect(sessions.close(closed.id, closed.token)).toBe('unknown');
    expect(sessions.touch(kept.token)).toBe(true);
  });

  it('refuses to close a session with another session’s token, and leaves it alive', () => {
    const { sessions } = clocked(60_000);
    const mine = sessions.open();
    const theirs = sessions.open();
    expect(sessions.close(theirs.id, mine.token)).toBe('not-yours');
    expect(sessions.close(theirs.id, undefined)).toBe('not-yours');
    expect(sessions.touch(theirs.token)).toBe(true);
    expect(sessions.touch(mine.token)).toBe(true);
  });

  it('ends the longest idle session when the live ones reach the cap', () => {
    let now = 0;
    const sessions = new Sessions(60_000, () => now, 3);
    const [a, b, c] = [sessions.open(), sessions.open(), sessions.open()];
    now += 10;
    expect(sessions.touch(a.token)).toBe(true); // b is now the longest idle
    sessions.open();
    expect(sessions.size).toBe(3);
    expect(sessions.touch(b.token)).toBe(false);
    expect(sessions.touch(a.token)).toBe(true);
    expect(sessions.touch(c.token)).toBe(true);
  });

  it('forgets every expired session at a logon, keeping the live ones', () => {
    const { sessions, advance } = clocked(1_000);
    for (let i = 0; i < 50; i++) sessions.open();
    advance(500);
    const live = sessions.open();
    advance(600); // the 50 are expired now, the last one is not
    sessions.open();
    expect(sessions.size).toBe(2);
    expect(sessions.touch(live.token)).toBe(true);
  });

  it('forgets expired sessions at the next logon', () => {
    const { sessions, advance } = clocked(1_000);
    const expired = sessions.open();
    advance(1_000);
    sessions.open();
    advance(-1_000); // were it still stored, the expired session would now look idle for 0 ms
    expect(sessions.touch(expired.token)).toBe(false);
  });

  it('does not close an expired session (there is none left to end)', () => {
    const { sessions, advance } = clocked(1_000);
    const { id, token } = sessions.open();
    advance(1_000);
    expect(sessions.close(id, token)).toBe('unknown');
  });
});
