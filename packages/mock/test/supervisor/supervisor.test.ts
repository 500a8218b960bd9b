// Prism killed outright: the layer answers EM's 503 with Retry-After meanwhile, restarts it, logs one line, and serves again.
import { describe, expect, it } from 'vitest';
import { startMock } from '../../src/index.ts';
import { type Prism, startPrism } from '../../src/prism.ts';
import { specPath } from '../../src/spec.ts';
import { Supervisor } from '../../src/supervisor.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';

const PATH = '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
const SESSION = { 'X-RestSvcSessionId': 't' };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('a mock whose Prism is killed with SIGKILL', () => {
  it('answers 503 with an EM Error and Retry-After, then 200 from a new Prism, with one log line for the restart', async () => {
    const lines: string[] = [];
    const fatal: Error[] = [];
    const mock = await startMock({ log: (line) => lines.push(line), onFatal: (error) => fatal.push(error) });
    try {
      const first = mock.prismPid;
      expect((await send(`${mock.url}${PATH}`, 'GET', SESSION)).status).toBe(200);
      process.kill(first, 'SIGKILL');
      await sleep(100);
      const away = await send(`${mock.url}${PATH}`, 'GET', SESSION);
      // Before the layer has seen the exit, the request finds Prism's socket dead; after, the layer knows it is restarting.
      await expectEmError(away, 503, /^Prism, behind the EM mock, (is restarting|gave no answer \(.+\)); try again in a moment\.$/);
      expect(away.headers['retry-after']).toBe('2');
      const statuses = new Set<number>();
      let status = 503;
      while (status !== 200) {
        await sleep(200);
        status = (await send(`${mock.url}${PATH}`, 'GET', SESSION)).status;
        statuses.add(status);
      }
      expect([...statuses].filter((s) => s !== 503 && s !== 200)).toEqual([]);
      expect(mock.prismPid).not.toBe(first);
      const restarts = lines.filter((line) => line.startsWith('Prism '));
      expect(restarts).toHaveLength(1);
      expect(restarts[0]).toMatch(new RegExp(`^Prism \\(pid ${first}\\) exited with SIGKILL; restarted it \\(restart 1, pid ${mock.prismPid}, http://127\\.0\\.0\\.1:\\d+\\) in \\d+ ms\\.$`));
      expect(fatal).toEqual([]);
    } finally {
      await mock.stop();
    }
  });
});

describe('a Prism that keeps failing', () => {
  it('is given up after 5 failures in a row, with a clear reason', async () => {
    let starts = 0;
    const lines: string[] = [];
    const gaveUp = new Promise<Error>((resolve) => {
      void Supervisor.start({
        // The first start is real; every restart points Prism at a spec that is not there, so it cannot start.
        start: (): Promise<Prism> => startPrism({ specPath: starts++ === 0 ? specPath : '/nonexistent/openapi.yaml', dynamic: false }),
        log: (line) => lines.push(line),
        onGiveUp: resolve,
      }).then((supervisor) => process.kill(supervisor.prism.pid, 'SIGKILL'));
    });
    const error = await gaveUp;
    expect(error.message).toMatch(/^Prism failed 5 times in a row \(last: Prism did not start: .*\); the EM mock cannot serve without it and stops\.$/);
    expect(starts).toBe(5);
    expect(lines).toHaveLength(4);
    for (const line of lines) expect(line).toMatch(/restarting it failed: Prism did not start/);
  }, 90_000);
});
