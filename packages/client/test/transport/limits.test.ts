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

  it('reads a real XML answer over HTTP, BOM and all', async () => {
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
      res.end(`\uFEFF${xmlExample('RestorePoints')}`);
    });
    const refs = await client(server.url).listRestorePoints(BACKUP);
    expect(refs[0]!.Links.map((l) => l.Rel)).toEqual(['Up', 'Up', 'Alternate', 'Down', 'Related']);
  });
});
