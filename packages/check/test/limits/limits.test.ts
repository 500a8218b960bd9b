// The request budget and the concurrency limit hold, counted where they matter: at the server.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/index.ts';
import { PASSWORD, startEmulator, USER } from '../support/em-emulator.ts';

describe('limits that protect a production server', () => {
  it('--max-requests: the server sees no more requests than the budget, the logoffs included', async () => {
    const em = await startEmulator();
    try {
      const result = await runCheck({ url: em.url, user: USER, password: PASSWORD, maxRequests: 12 });
      expect(em.requests.length).toBeLessThanOrEqual(12);
      expect(result.requests).toBe(em.requests.length);
      // The budget kept back what the two logoffs need: both sessions were ended.
      expect(em.requests.filter((r) => r.method === 'DELETE')).toHaveLength(2);
      expect(result.reason).toMatch(/^the request budget \(--max-requests 12\) ran out with \d+ links unvisited$/);
      expect(result.coverage.unvisited).toBeGreaterThan(0);
      // Out of budget is a partial check, not a failed one: what was checked is reported.
      expect(result.outcome).not.toBe('could-not-run');
    } finally {
      await em.close();
    }
  });

  it('a budget too small for the root, the logons and the logoffs is refused before anything is sent', async () => {
    await expect(runCheck({ url: 'http://127.0.0.1:9/api', user: USER, password: PASSWORD, maxRequests: 5 })).rejects.toThrow(
      'maxRequests is 5; expected at least 6 (the root, two logons and two logoffs in both media types).',
    );
  });

  it.each([1, 3])('--concurrency %i: never more requests in flight at once', async (concurrency) => {
    const em = await startEmulator({ delayMs: 40 });
    try {
      await runCheck({ url: em.url, user: USER, password: PASSWORD, concurrency });
      expect(em.maxInFlight).toBeLessThanOrEqual(concurrency);
      // The limit is what bounds it: with room for several, several run.
      if (concurrency > 1) expect(em.maxInFlight).toBeGreaterThan(1);
    } finally {
      await em.close();
    }
  });
});
