// Requests in flight to Prism are bounded: the rest queue, and past the queue (or its timeout) get EM's 503 with Retry-After.
import { once } from 'node:events';
import { createServer, type ServerResponse, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Gate } from '../../src/gate.ts';
import { createLayer } from '../../src/server.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';

const PATH = '/api/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
const SESSION = { 'X-RestSvcSessionId': 't' };

// A Prism stand-in that holds every answer until told to release, and counts its open connections.
let upstream: Server;
let layer: Server;
let url: string;
let held: ServerResponse[];
let connections: number;
let maxConnections: number;
let seen: number;

async function start(limits: { maxInFlight: number; maxQueued: number; queueTimeoutMs: number }) {
  held = [];
  connections = 0;
  maxConnections = 0;
  seen = 0;
  upstream = createServer((_req, res) => held.push(res));
  upstream.on('connection', (socket) => {
    maxConnections = Math.max(maxConnections, ++connections);
    socket.on('close', () => connections--);
  });
  upstream.listen(0, '127.0.0.1');
  await once(upstream, 'listening');
  const prism = { url: `http://127.0.0.1:${(upstream.address() as AddressInfo).port}` };
  layer = createLayer({ prism, dynamic: false, maxBodyBytes: 1024, gate: new Gate(limits) });
  layer.on('request', () => seen++);
  layer.listen(0, '127.0.0.1');
  await once(layer, 'listening');
  url = `http://127.0.0.1:${(layer.address() as AddressInfo).port}`;
}
const release = () => {
  for (const res of held.splice(0)) res.writeHead(200, { 'content-type': 'application/xml' }).end('<x/>');
};
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((resolve) => setTimeout(resolve, 10));
};

afterEach(() => {
  release();
  upstream?.closeAllConnections();
  upstream?.close();
  layer?.closeAllConnections();
  layer?.close();
});

describe('the gate to Prism', () => {
  beforeEach(() => start({ maxInFlight: 2, maxQueued: 2, queueTimeoutMs: 60_000 }));

  it('forwards at most maxInFlight at once over as many sockets, queues maxQueued, and refuses the next with 503 + Retry-After', async () => {
    const answers = [1, 2, 3, 4].map(() => send(`${url}${PATH}`, 'GET', SESSION));
    await until(() => held.length === 2 && seen === 4);
    const refused = await send(`${url}${PATH}`, 'GET', { ...SESSION, accept: 'application/json' });
    await expectEmError(refused, 503, /^The EM mock has 2 requests in flight to Prism and 2 waiting; try again later\.$/, 'json');
    expect(refused.headers['retry-after']).toBe('1');
    expect(held).toHaveLength(2);
    while ((await Promise.race([Promise.all(answers).then(() => 'done'), new Promise((r) => setTimeout(() => r('wait'), 20))])) === 'wait') release();
    expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(maxConnections).toBe(2);
  });

  it('lets a queued request go when its client leaves', async () => {
    const first = [1, 2].map(() => send(`${url}${PATH}`, 'GET', SESSION));
    await until(() => held.length === 2);
    const { port } = new URL(url);
    const leaving = connect(Number(port), '127.0.0.1');
    leaving.write(`GET ${PATH} HTTP/1.1\r\nHost: localhost\r\nX-RestSvcSessionId: t\r\n\r\n`);
    await until(() => seen === 3);
    leaving.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Were the leaver still queued, this one would be third in line and the queue (2) would still take it; fill it to check.
    const queued = [1, 2].map(() => send(`${url}${PATH}`, 'GET', SESSION));
    await until(() => seen === 5);
    const refused = await send(`${url}${PATH}`, 'GET', SESSION);
    expect(refused.status).toBe(503);
    release();
    await until(() => held.length === 2);
    release();
    expect((await Promise.all([...first, ...queued])).map((a) => a.status)).toEqual([200, 200, 200, 200]);
  });
});

describe('a request that waits too long for its turn', () => {
  beforeEach(() => start({ maxInFlight: 1, maxQueued: 10, queueTimeoutMs: 300 }));

  it('gets 503 with Retry-After after queueTimeoutMs', async () => {
    const first = send(`${url}${PATH}`, 'GET', SESSION);
    await until(() => held.length === 1);
    const waited = await send(`${url}${PATH}`, 'GET', SESSION);
    await expectEmError(waited, 503, /^The request waited 300 ms for one of the 1 turns to Prism; try again later\.$/);
    expect(waited.headers['retry-after']).toBe('1');
    release();
    expect((await first).status).toBe(200);
  });
});
