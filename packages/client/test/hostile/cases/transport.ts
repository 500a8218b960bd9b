import type { HostileCase } from '../case.ts';
import { EXAMPLE_XML } from '../payloads.ts';
import { XML } from '../respond.ts';

export const transport: HostileCase[] = [
  {
    id: 'reset-mid-body',
    group: 'transport',
    server: 'sends headers and half the body, then resets the connection',
    client: 'reports a network error, returns nothing',
    serve: (_, res) => {
      res.writeHead(200, { 'content-type': XML, 'content-length': String(EXAMPLE_XML.length) });
      res.write(EXAMPLE_XML.slice(0, 300), () => res.socket?.resetAndDestroy());
    },
    outcome: { kind: 'network' },
  },
  {
    id: 'hang-up-before-answer',
    group: 'transport',
    server: 'closes the connection without answering',
    client: 'reports a network error',
    serve: (req) => req.socket.destroy(),
    outcome: { kind: 'network' },
  },
  {
    id: 'stall-after-headers',
    group: 'transport',
    server: 'sends headers, a few bytes, then stalls',
    client: 'times out at `timeoutMs` and closes the socket',
    options: { timeoutMs: 300 },
    serve: (_, res) => {
      res.writeHead(200, { 'content-type': XML });
      res.write(EXAMPLE_XML.slice(0, 100));
    },
    outcome: { kind: 'timeout', message: /within 300 ms/ },
    check: async ({ server }, { expect, waitFor }) => {
      await waitFor(() => expect(server.openSockets()).toBe(0), { timeout: 5_000 });
    },
  },
  {
    id: 'never-answers',
    group: 'transport',
    server: 'accepts the request and never answers',
    client: 'times out at `timeoutMs`',
    options: { timeoutMs: 300 },
    serve: () => {},
    outcome: { kind: 'timeout' },
  },
  {
    id: 'caller-aborts',
    group: 'transport',
    server: 'never answers; the caller aborts after 50 ms',
    client: 'stops at once with `aborted`',
    serve: () => {},
    act: (em) => {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      return em.listRestorePoints('7b6a400c-452c-41d1-bb81-ea682e89492d', { signal: controller.signal });
    },
    outcome: { kind: 'aborted' },
  },
];
