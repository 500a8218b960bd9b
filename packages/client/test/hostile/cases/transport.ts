import type { ServerResponse } from 'node:http';
import type { HostileCase } from '../case.ts';
import { iterate } from '../acts.ts';
import { EXAMPLE_REFS, EXAMPLE_XML } from '../payloads.ts';
import { send, XML } from '../respond.ts';

/** Sends a comment a byte every 200 ms for 8 s, then the example: valid and complete, but only for a client that waits. */
function trickle(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': XML });
  const [declaration, rest] = [EXAMPLE_XML.slice(0, EXAMPLE_XML.indexOf('\n') + 1), EXAMPLE_XML.slice(EXAMPLE_XML.indexOf('\n') + 1)];
  res.write(`${declaration}<!--`);
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed) clearInterval(timer);
    else if (++sent < 40) res.write('.');
    else {
      clearInterval(timer);
      res.end(`-->${rest}`);
    }
  }, 200);
  res.on('close', () => clearInterval(timer));
}

export const transport: HostileCase[] = [
  {
    id: 'trickle-streamed',
    group: 'transport',
    server: 'sends the answer to `iterateRestorePoints` a byte every 200 ms (8 s in all), `timeoutMs` 1 s, `streamTimeoutMs` 2 s',
    client: 'stops at `streamTimeoutMs` with `timeout`, though no single wait reached `timeoutMs`, and closes the socket',
    options: { timeoutMs: 1_000, streamTimeoutMs: 2_000 },
    act: iterate,
    serve: (_, res) => trickle(res),
    outcome: { kind: 'timeout', message: /took longer than streamTimeoutMs \(2000 ms\)/ },
    check: async ({ server }, { expect, waitFor }) => {
      await waitFor(() => expect(server.openSockets()).toBe(0), { timeout: 5_000 });
    },
  },
  {
    id: 'trickle',
    group: 'transport',
    server: 'sends the answer a byte every 200 ms (8 s in all), `timeoutMs` 1 s',
    client: 'stops at `timeoutMs` with `timeout`: it bounds the whole exchange',
    options: { timeoutMs: 1_000 },
    serve: (_, res) => trickle(res),
    outcome: { kind: 'timeout', message: /within 1000 ms/ },
  },
  {
    id: 'interim-100-continue',
    group: 'transport',
    server: 'sends `100 Continue` unasked, then the answer',
    client: 'reports `network`: fetch (undici) cannot skip it, a known transport limit (see Transport limits)',
    serve: (_, res) => {
      res.writeContinue();
      send(res, 200, XML, EXAMPLE_XML);
    },
    outcome: { kind: 'network', message: /unsolicited 100 Continue/ },
  },
  {
    id: 'interim-101-switching',
    group: 'transport',
    server: 'sends `101 Switching Protocols` (with `Upgrade`) unasked, then the answer',
    client: 'reports `network`: fetch (undici) cannot read past it, a known transport limit (see Transport limits)',
    serve: (_, res) => {
      res.socket!.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n');
      send(res, 200, XML, EXAMPLE_XML);
    },
    outcome: { kind: 'network', message: /switched protocols \(101\) unasked/ },
  },
  {
    id: 'interim-103-early-hints',
    group: 'transport',
    server: 'sends `103 Early Hints`, then the answer',
    client: 'skips the interim answer and reads the refs',
    serve: (_, res) => {
      res.writeEarlyHints({ link: '</api/backups>; rel=preload' });
      send(res, 200, XML, EXAMPLE_XML);
    },
    outcome: { value: EXAMPLE_REFS },
  },
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
