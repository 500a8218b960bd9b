// Bodies past a quarter of maxResponseBytes are decoded as their text arrives, never held whole as text and value at
// once (the memory bound, measured in `pnpm bench`): the same values and the same refusals as bodies read whole, in both
// media types, for any schema.
import type { ServerResponse } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmClient } from '../../src/index.ts';
import { EXAMPLE_JSON, EXAMPLE_REFS, EXAMPLE_XML } from '../hostile/payloads.ts';
import { emPages, restorePointUid } from '../query/em-pages.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, TOKEN } from '../support/fake-em.ts';
import { loopback } from '../support/loopback.ts';

let server: { close: () => Promise<void> } | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const MAX = 1024 * 1024;
const REPEAT = 400;
// The spec's example collection with its refs repeated: about 400 KB, past a quarter of MAX and within it, and larger
// than what the JSON decoder parses whole (256K characters), so that its collection is read item by item.
const inner = EXAMPLE_XML.slice(EXAMPLE_XML.indexOf('>', EXAMPLE_XML.indexOf('<EntityReferences')) + 1, EXAMPLE_XML.lastIndexOf('</EntityReferences>'));
const LARGE = {
  xml: `${EXAMPLE_XML.slice(0, EXAMPLE_XML.lastIndexOf('</EntityReferences>') - inner.length)}${inner.repeat(REPEAT)}</EntityReferences>`,
  json: JSON.stringify({ Refs: Array.from({ length: REPEAT }, () => (JSON.parse(EXAMPLE_JSON) as { Refs: unknown[] }).Refs).flat() }),
};
const EXPECTED = Array.from({ length: REPEAT }, () => EXAMPLE_REFS).flat();
const TYPE = { xml: 'application/xml; charset=utf-8', json: 'application/json; charset=utf-8' };

/** Writes `body` in pieces of `size` bytes, one per event-loop turn; with `length`, under a Content-Length. */
async function inPieces(res: ServerResponse, type: string, body: Buffer, size: number, length: boolean): Promise<void> {
  res.writeHead(200, { 'content-type': type, ...(length ? { 'content-length': body.length } : {}) });
  for (let at = 0; at < body.length; at += size) {
    res.write(body.subarray(at, at + size));
    await new Promise((resolve) => setImmediate(resolve));
  }
  res.end();
}

const serve = async (format: 'xml' | 'json', body: string | Buffer, length = false) => {
  const started = await loopback((_, res) => void inPieces(res, TYPE[format], Buffer.from(body), 1_000, length));
  server = started;
  return createEmClient({ baseUrl: started.url, format, sessionId: TOKEN, maxResponseBytes: MAX });
};

describe.each(['xml', 'json'] as const)('a %s body past a quarter of maxResponseBytes', (format) => {
  it('is large enough to be decoded as it arrives, and within the limit', () => {
    expect(Buffer.byteLength(LARGE[format])).toBeGreaterThan(MAX / 4);
    expect(Buffer.byteLength(LARGE[format])).toBeLessThan(MAX);
  });

  it.each([false, true])('reads to the same refs as the example (Content-Length sent: %s)', async (length) => {
    const em = await serve(format, LARGE[format], length);
    expect(await em.listRestorePoints(BACKUP)).toEqual(EXPECTED);
  });

  it('reads a query page (a collection two levels down, any schema goes)', async () => {
    const pages = await emPages({ total: 400 });
    server = pages;
    const em = createEmClient({ baseUrl: pages.url, format, sessionId: TOKEN, maxResponseBytes: 256 * 1024 });
    const page = await em.query({ type: 'RestorePoint', pageSize: 400 });
    expect(page.items).toHaveLength(400);
    expect(page.items.at(-1)?.UID).toBe(restorePointUid(400));
  });

  it('refuses a body broken after the threshold at once, without waiting for the rest of it', async () => {
    // Cut between two refs, then a wrong end: the whole body would have to arrive before a whole-text decoder saw it.
    const broken = format === 'xml' ? `${LARGE.xml.slice(0, LARGE.xml.indexOf('<Ref ', 300_000))}</Nope>` : `${LARGE.json.slice(0, LARGE.json.indexOf('},{', 300_000) + 1)}]]`;
    const stalled = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': TYPE[format] });
      res.write(broken); // and never ends
    });
    server = stalled;
    const em = createEmClient({ baseUrl: stalled.url, format, sessionId: TOKEN, maxResponseBytes: MAX, timeoutMs: 30_000 });
    const error = await expectEmError(em.listRestorePoints(BACKUP), 'invalid-body', format === 'xml' ? /^Invalid XML body: the end tag <\/Nope>/ : /^Invalid JSON body: .*Expected a EntityReferences object\.$/);
    expect(error.status).toBe(200);
  });

  it('refuses invalid UTF-8 in the middle', async () => {
    const text = LARGE[format];
    const bytes = Buffer.concat([Buffer.from(text.slice(0, 20_000)), Buffer.from([0xff]), Buffer.from(text.slice(20_000))]);
    const em = await serve(format, bytes);
    const error = await expectEmError(em.listRestorePoints(BACKUP), 'invalid-body', /^Invalid body: it is not valid UTF-8\.$/);
    expect(error.status).toBe(200);
  });

  it('refuses a body that ends early', async () => {
    const em = await serve(format, LARGE[format].slice(0, 300_000));
    await expectEmError(em.listRestorePoints(BACKUP), 'invalid-body', format === 'xml' ? /^Invalid XML body: the document ends/ : /^Invalid JSON body: the body ended before the JSON value did\./);
  });

  it('holds the node limit (one per 64 bytes of maxResponseBytes) over the whole body', async () => {
    const flood = format === 'xml' ? `<EntityReferences xmlns="http://www.veeam.com/ent/v1.0">${'<a/>'.repeat(70_000)}</EntityReferences>` : `{"Refs":[],"x":[${'[],'.repeat(70_000)}[]]}`;
    const em = await serve(format, flood);
    await expectEmError(em.listRestorePoints(BACKUP), 'invalid-body', format === 'xml' ? /more than 16384 elements \(the node limit/ : /more than 16384 objects and arrays \(the node limit/);
  });
});

describe('a JSON body past a quarter of maxResponseBytes', () => {
  it('refuses content after the JSON value, as JSON.parse does', async () => {
    const em = await serve('json', `${LARGE.json} {}`);
    await expectEmError(em.listRestorePoints(BACKUP), 'invalid-body', /^Invalid JSON body: content after the JSON value at character \d+\. Expected a EntityReferences object\.$/);
  });

  it('keeps a `__proto__` key a plain key', async () => {
    const em = await serve('json', LARGE.json.replace('{"Refs":', '{"__proto__":{"polluted":true},"Refs":'));
    expect(await em.listRestorePoints(BACKUP)).toEqual(EXPECTED);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
