import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEmClient } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, TOKEN } from '../support/fake-em.ts';
import { xmlExample } from '../support/fixtures.ts';
import { loopback } from '../support/loopback.ts';

let server: Awaited<ReturnType<typeof loopback>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const client = (url: string, options: Partial<Parameters<typeof createEmClient>[0]> = {}) =>
  createEmClient({ baseUrl: url, format: 'xml', sessionId: TOKEN, ...options });

/** A 200 XML answer whose body arrives in these pieces. */
const streamed = (pieces: Uint8Array[]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(piece);
        controller.close();
      },
    }),
    { headers: { 'content-type': 'application/xml' } },
  );

describe('transport limits', () => {
  it('times out a server that sends headers and then stalls, and closes the socket', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.write('<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">');
    });
    const error = await expectEmError(client(server.url, { timeoutMs: 300 }).listRestorePoints(BACKUP), 'timeout', /within 300 ms/);
    expect(error.status).toBeUndefined();
    await vi.waitFor(() => expect(server!.openSockets()).toBe(0), { timeout: 5_000 });
  });

  it('times out a server that never answers', async () => {
    server = await loopback(() => {});
    await expectEmError(client(server.url, { timeoutMs: 200 }).listRestorePoints(BACKUP), 'timeout');
  });

  it('gives a request its whole timeoutMs when it starts after others have come and gone', async () => {
    server = await loopback((req, res) => {
      if (!req.url?.includes('/backups/fast/')) return;
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(xmlExample('RestorePoints'));
    });
    const em = client(server.url, { timeoutMs: 400 });
    await em.listRestorePoints('fast');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const started = performance.now();
    await expectEmError(em.listRestorePoints(BACKUP), 'timeout', /within 400 ms/);
    // The client's one deadline timer was set for the first request; it must not cut the second one short.
    expect(performance.now() - started).toBeGreaterThan(380);
  });

  it('cancels on the caller’s AbortSignal (client-wide and per call)', async () => {
    server = await loopback(() => {});
    const perCall = new AbortController();
    const pending = client(server.url).listRestorePoints(BACKUP, { signal: perCall.signal });
    setTimeout(() => perCall.abort(), 50);
    await expectEmError(pending, 'aborted');
    const wide = new AbortController();
    const pendingWide = client(server.url, { signal: wide.signal }).listRestorePoints(BACKUP);
    setTimeout(() => wide.abort(), 50);
    await expectEmError(pendingWide, 'aborted');
  });

  it('refuses a body announced larger than maxResponseBytes without reading it', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': String(10_000_000) });
      res.write('<');
    });
    const error = await expectEmError(client(server.url, { maxResponseBytes: 1_000 }).listRestorePoints(BACKUP), 'too-large', /1000 bytes/);
    expect(error.status).toBe(200);
  });

  it('stops reading a streamed body as soon as it crosses maxResponseBytes', async () => {
    let written = 0;
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const chunk = Buffer.alloc(16 * 1024, ' ');
      const pump = () => {
        while (written < 1_000_000_000 && res.write(chunk)) written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      res.on('close', () => res.removeAllListeners('drain'));
      pump();
    });
    await expectEmError(client(server.url, { maxResponseBytes: 64 * 1024 }).listRestorePoints(BACKUP), 'too-large');
    await vi.waitFor(() => expect(server!.openSockets()).toBe(0), { timeout: 5_000 });
    expect(written).toBeLessThan(64 * 1024 * 1024);
  });

  it('reports a connection reset mid-body as a network error', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml', 'content-length': '5000' });
      res.write(xmlExample('RestorePoints').slice(0, 200), () => res.socket?.destroy());
    });
    await expectEmError(client(server.url).listRestorePoints(BACKUP), 'network');
  });

  it('reports a refused connection as a network error naming the origin', async () => {
    server = await loopback(() => {});
    const url = server.url;
    await server.close();
    server = undefined;
    await expectEmError(client(url).listRestorePoints(BACKUP), 'network', /ECONNREFUSED/);
  });

  it('rejects invalid UTF-8', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      res.end(Buffer.concat([Buffer.from('<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"><Ref UID="'), Buffer.from([0xc3, 0x28]), Buffer.from('"/></EntityReferences>')]));
    });
    await expectEmError(client(server.url).listRestorePoints(BACKUP), 'invalid-body', /not valid UTF-8/);
  });

  it('reads a body that arrives in pieces, a character split between two of them', async () => {
    const text = xmlExample('RestorePoints').replace('Jan 17 2019  5:21PM', 'bäckup ☃ 𝒳');
    const bytes = Buffer.from(text);
    const at = bytes.indexOf(Buffer.from('𝒳')) + 2; // inside the four bytes of 𝒳
    const pieces = [bytes.subarray(0, 10), bytes.subarray(10, at), bytes.subarray(at)];
    const refs = await client('http://em.test/api', { fetch: async () => streamed(pieces) }).listRestorePoints(BACKUP);
    expect(refs[0]!.Name).toBe('bäckup ☃ 𝒳');
  });

  it('rejects invalid UTF-8 in a later piece as it arrives, without waiting for the rest', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(Buffer.from('<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">'));
        controller.enqueue(Buffer.from([0x3c, 0xc3, 0x28])); // then nothing more: the body never ends
      },
      cancel() {
        cancelled = true;
      },
    });
    const response = new Response(body, { headers: { 'content-type': 'application/xml' } });
    await expectEmError(client('http://em.test/api', { fetch: async () => response, timeoutMs: 10_000 }).listRestorePoints(BACKUP), 'invalid-body', /not valid UTF-8/);
    expect(cancelled).toBe(true);
  });

  it('reads a real XML answer over HTTP, BOM and all', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
      res.end(`\uFEFF${xmlExample('RestorePoints')}`);
    });
    const refs = await client(server.url).listRestorePoints(BACKUP);
    expect(refs[0]!.Links.map((l) => l.Rel)).toEqual(['Up', 'Up', 'Alternate', 'Down', 'Related']);
  });
});
