// A client that pipelines thousands of requests and reads no answer: the layer stops reading its connection instead of
// taking every request in (the RSS this bounds is measured in the bench, bench/src/mock-soak.ts).
import { once } from 'node:events';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PENDING_PER_CONNECTION, PAUSE_AT } from '../../src/backpressure.ts';
import { Gate } from '../../src/gate.ts';
import { createLayer } from '../../src/server.ts';

const REQUEST = 'GET /api/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints HTTP/1.1\r\nHost: localhost\r\nX-RestSvcSessionId: t\r\n\r\n';
const PIPELINED = 20_000;

let upstream: Server;
let layer: Server;
let port: number;
const held: ServerResponse[] = [];
let holding = true;
const gate = new Gate({ maxInFlight: 4, maxQueued: 100_000, queueTimeoutMs: 60_000 });
let seen = 0;
let pending = 0;
let maxPending = 0;
beforeAll(async () => {
  // Prism stand-in: holds every answer, so that every request the layer takes in stays pending.
  upstream = createServer((_req, res) => (holding ? held.push(res) : res.writeHead(200, { 'content-type': 'application/xml' }).end('<x/>'))).listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const prism = { url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` };
  layer = createLayer({ prism, dynamic: false, maxBodyBytes: 1024, gate });
  layer.on('request', (_req, res) => {
    seen++;
    maxPending = Math.max(maxPending, ++pending);
    res.once('close', () => pending--);
  });
  layer.listen(0, '127.0.0.1');
  await once(layer, 'listening');
  port = (layer.address() as AddressInfo).port;
});
afterAll(() => {
  for (const res of held) res.destroy();
  upstream?.closeAllConnections();
  upstream?.close();
  layer?.closeAllConnections();
  layer?.close();
});

describe('a connection pipelining 20,000 requests without reading answers', () => {
  it('holds at most one read’s worth of its requests, lets 16 of them queue for Prism, and is read again once they are answered', async () => {
    const socket = connect(port, '127.0.0.1');
    socket.on('error', () => {});
    await once(socket, 'connect');
    const all = Buffer.from(REQUEST.repeat(PIPELINED));
    socket.write(all);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    // Node parses what one read brought in before the pause takes hold: at most a 64 KiB chunk's worth of requests.
    const perChunk = Math.ceil((64 * 1024) / REQUEST.length);
    expect(seen).toBeGreaterThanOrEqual(PAUSE_AT);
    expect(maxPending).toBeLessThanOrEqual(PAUSE_AT + perChunk);
    // Only MAX_PENDING_PER_CONNECTION of them reached the queue for Prism (which holds 4); the rest wait their connection's turn.
    expect(held).toHaveLength(4);
    expect(gate.inFlight + gate.queued).toBe(MAX_PENDING_PER_CONNECTION);
    const before = seen;
    // Answer everything held so far, and what follows at once: the connection is read again.
    holding = false;
    for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'application/xml' }).end('<x/>');
    socket.resume();
    const deadline = Date.now() + 20_000;
    while (seen < PIPELINED && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
    socket.destroy();
    expect(seen).toBeGreaterThan(before);
    expect(seen).toBe(PIPELINED);
  }, 40_000);
});

describe('a pipelining connection whose first answer is slow while the later ones are quick', () => {
  it('stays paused: later answers waiting behind the first do not let Node read it on', async () => {
    let first: ServerResponse | undefined;
    const quick = createServer((_req, res) => {
      if (!first) first = res;
      else res.writeHead(200, { 'content-type': 'application/xml' }).end('<x/>');
    }).listen(0, '127.0.0.1');
    await once(quick, 'listening');
    const prism = { url: `http://127.0.0.1:${(quick.address() as AddressInfo).port}` };
    const front = createLayer({ prism, dynamic: false, maxBodyBytes: 1024, gate: new Gate({ maxInFlight: 4, maxQueued: 100_000, queueTimeoutMs: 60_000 }) });
    let count = 0;
    front.on('request', () => count++);
    front.listen(0, '127.0.0.1');
    await once(front, 'listening');
    const socket = connect((front.address() as AddressInfo).port, '127.0.0.1');
    socket.on('error', () => {});
    try {
      await once(socket, 'connect');
      socket.write(REQUEST.repeat(PIPELINED));
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      expect(count).toBeLessThanOrEqual(PAUSE_AT + Math.ceil((64 * 1024) / REQUEST.length));
    } finally {
      socket.destroy();
      first?.destroy();
      quick.closeAllConnections();
      quick.close();
      front.closeAllConnections();
      front.close();
    }
  });
});
