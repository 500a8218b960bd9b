import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { createEmClient, type EmClientOptions, encodeXml, type Ref } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, BASE, fakeEm, json, TOKEN, xml } from '../support/fake-em.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';
import { loopback } from '../support/loopback.ts';

const FORMATS = ['xml', 'json'] as const;
type Format = (typeof FORMATS)[number];
const TYPES = { xml: 'application/xml; charset=utf-8', json: 'application/json; charset=utf-8' };

/** `n` restore points like the spec example, each with its own id and a name with a double space. */
const makeRefs = (n: number): Ref[] =>
  Array.from({ length: n }, (_, i) => ({
    UID: `urn:veeam:RestorePoint:${i}`,
    Name: `Jan ${String((i % 28) + 1).padStart(2)} 2019  5:21PM`,
    Href: `https://em/api/restorePoints/${i}`,
    Type: 'RestorePointReference',
    Links: [
      { Rel: 'Up', Href: 'https://em/api/backups/1', Name: 'Backup Job 1', Type: 'BackupReference' },
      { Rel: 'Alternate', Href: `https://em/api/restorePoints/${i}?format=Entity`, Type: 'RestorePoint' },
    ],
  }));
// EM's JSON puts Links first; the decoders do not care about order.
const body = (format: Format, refs: Ref[]): string =>
  format === 'xml' ? encodeXml('EntityReferences', { Refs: refs }) : JSON.stringify({ Refs: refs.map(({ Links, ...rest }) => ({ Links, ...rest })) });

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};
/** Collects until the iterator throws; returns what came before, and the error. */
async function collectUntilError<T>(items: AsyncIterable<T>): Promise<{ got: T[]; error: unknown }> {
  const got: T[] = [];
  try {
    for await (const item of items) got.push(item);
  } catch (error) {
    return { got, error };
  }
  throw new Error(`expected the iteration to fail; it yielded ${got.length} items and ended`);
}

/** A body served in pieces: each piece is one chunk on the wire. */
const chunked = (pieces: string[], contentType: string, status = 200) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
        controller.close();
      },
    }),
    { status, headers: { 'content-type': contentType } },
  );
const client = (format: Format, fetch: typeof globalThis.fetch, options: Partial<EmClientOptions> = {}) =>
  createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch, ...options });

let server: Awaited<ReturnType<typeof loopback>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('iterateRestorePoints yields what listRestorePoints returns', () => {
  it.each(FORMATS)('for the spec example and 200 generated refs, cut into 7-byte chunks (%s)', async (format) => {
    for (const text of [format === 'xml' ? xmlExample('RestorePoints') : JSON.stringify(jsonExample('RestorePoints')), body(format, makeRefs(200))]) {
      const pieces = text.match(/[\s\S]{1,7}/g)!;
      const { fetch } = fakeEm(() => chunked(pieces, TYPES[format]));
      const listed = await client(format, fetch).listRestorePoints(BACKUP);
      const streamed = await collect(client(format, fetch).iterateRestorePoints(BACKUP));
      expect(listed.length).toBeGreaterThan(0);
      expect(streamed).toEqual(listed);
    }
    expectTypeOf(client(format, fetch).iterateRestorePoints(BACKUP)).toEqualTypeOf<AsyncIterable<Ref>>();
  });

  it('splits a multi-byte character across chunks without harm', async () => {
    const refs = makeRefs(2).map((ref) => ({ ...ref, Name: 'Überprüfung  😀' }));
    for (const format of FORMATS) {
      const bytes = new TextEncoder().encode(body(format, refs));
      const cut = bytes.indexOf(0xf0) + 2; // inside the emoji
      const { fetch } = fakeEm(
        () =>
          new Response(
            new ReadableStream({
              start(c) {
                c.enqueue(bytes.slice(0, cut));
                c.enqueue(bytes.slice(cut));
                c.close();
              },
            }),
            { headers: { 'content-type': TYPES[format] } },
          ),
      );
      expect((await collect(client(format, fetch).iterateRestorePoints(BACKUP))).map((r) => r.Name)).toEqual(['Überprüfung  😀', 'Überprüfung  😀']);
    }
  });

  it.each([
    ['null', '{"Refs":null}', 0],
    ['missing', '{"Other":1}', 0],
    ['a lone object', JSON.stringify({ Refs: makeRefs(1)[0] }), 1],
    ['unknown keys and __proto__', `{"__proto__":{"x":1},"Refs":[${JSON.stringify({ ...makeRefs(1)[0], Extra: { deep: [1] } })}],"After":[1,2]}`, 1],
  ])('reads a JSON collection that is %s like decodeJson does', async (_, text, count) => {
    const { fetch } = fakeEm(() => json(text));
    const streamed = await collect(client('json', fetch).iterateRestorePoints(BACKUP));
    expect(streamed).toEqual(await client('json', fetch).listRestorePoints(BACKUP));
    expect(streamed).toHaveLength(count);
  });

  it('logs on, and on a 401 logs on again once, as every request does', async () => {
    let issued = 0;
    const { fetch, calls } = fakeEm((request) => {
      if (request.method === 'POST') return xml(xmlExample('LogonSession'), 201, { 'X-RestSvcSessionId': `token-${++issued}` });
      return request.headers.get('x-restsvcsessionid') === 'token-2' ? xml(xmlExample('RestorePoints')) : xml(xmlExample('ErrorUnauthorized'), 401);
    });
    const em = createEmClient({ baseUrl: BASE, format: 'xml', credentials: { username: 'u', password: 'p' }, fetch });
    expect(await collect(em.iterateRestorePoints(BACKUP))).toHaveLength(1);
    expect(calls.map((c) => `${c.method} ${c.headers.get('x-restsvcsessionid') ?? '-'}`)).toEqual(['POST -', 'GET token-1', 'POST -', 'GET token-2']);
  });
});

describe('iterateRestorePoints fails as listRestorePoints does', () => {
  it.each(FORMATS)('throws an http EmError with EM’s Error body (%s)', async (format) => {
    const { fetch } = fakeEm(() => (format === 'xml' ? xml(xmlExample('ErrorNotFound'), 404) : json(jsonExample('ErrorNotFound'), 404)));
    const error = await expectEmError(collect(client(format, fetch).iterateRestorePoints(BACKUP)), 'http', /answered 404: Backup with id/);
    expect(error.status).toBe(404);
    expect(error.body).toEqual({ Message: `Backup with id [${BACKUP}] was not found.`, StatusCode: 404 });
  });

  it('throws unauthorized for a rejected session it cannot renew', async () => {
    const { fetch } = fakeEm(() => xml(xmlExample('ErrorUnauthorized'), 401));
    const error = await expectEmError(collect(client('xml', fetch).iterateRestorePoints(BACKUP)), 'unauthorized');
    expect(error.status).toBe(401);
  });

  it('refuses a body that is neither XML nor JSON', async () => {
    const { fetch } = fakeEm(() => new Response('<html>502</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    await expectEmError(collect(client('xml', fetch).iterateRestorePoints(BACKUP)), 'unexpected-media-type');
  });

  it.each([
    ['xml', '<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"><Ref UID="u" Name="n" Type="t"/></EntityReferences>', /Refs\[0\]\.Href: expected a required attribute/],
    ['xml', '<!DOCTYPE x><EntityReferences/>', /DOCTYPE is not accepted/],
    ['xml', '<html><body>Bad gateway</body></html>', /root element is <html>/],
    ['xml', '', /empty/],
    ['json', '{"Refs":[{"UID":"u","Name":"n","Type":"t"}]}', /Refs\[0\]\.Href: expected a required string, got nothing/],
    ['json', '[]', /expected an object \(EntityReferences\)/],
    ['json', '{"Refs":[],"Refs":[]}', /appears twice/],
    ['json', '{"Refs":[]} {}', /content after the JSON value/],
    ['json', '{"Refs":[}', /unexpected/],
    ['json', '', /empty/],
  ] as const)('throws invalid-body for %s %j', async (format, text, message) => {
    const { fetch } = fakeEm(() => new Response(text, { headers: { 'content-type': TYPES[format] } }));
    const error = await expectEmError(collect(client(format, fetch).iterateRestorePoints(BACKUP)), 'invalid-body', message);
    expect(error.status).toBe(200);
  });

  it.each(FORMATS)('throws on a truncated body after the items that were whole, which stay yielded (%s)', async (format) => {
    const text = body(format, makeRefs(3));
    const starts = [...text.matchAll(format === 'xml' ? /<Ref /g : /\{"Links"/g)].map((match) => match.index);
    const { fetch } = fakeEm(() => chunked([text.slice(0, starts[2]! + 20)], TYPES[format])); // cut inside the third ref
    const { got, error } = await collectUntilError(client(format, fetch).iterateRestorePoints(BACKUP));
    expect(got.map((r) => r.UID)).toEqual(['urn:veeam:RestorePoint:0', 'urn:veeam:RestorePoint:1']);
    expect(error).toMatchObject({ kind: 'invalid-body', status: 200 });
  });

  it.each(FORMATS)('bounds one item, not the whole answer, by maxResponseBytes (%s)', async (format) => {
    const many = body(format, makeRefs(100)); // ≈ 40 KB in all, ≈ 400 bytes an item
    const pieces = many.match(/[\s\S]{1,256}/g)!;
    const { fetch } = fakeEm(() => chunked(pieces, TYPES[format]));
    expect(await collect(client(format, fetch, { maxResponseBytes: 4096 }).iterateRestorePoints(BACKUP))).toHaveLength(100);
    const huge = body(format, [{ ...makeRefs(1)[0]!, Name: 'x'.repeat(20_000) }]);
    const { fetch: hugeFetch } = fakeEm(() => chunked(huge.match(/[\s\S]{1,256}/g)!, TYPES[format]));
    const error = await expectEmError(collect(client(format, hugeFetch, { maxResponseBytes: 4096 }).iterateRestorePoints(BACKUP)), 'too-large', /4096 bytes/);
    expect(error.status).toBe(200);
  });
});

describe('iterateRestorePoints over HTTP', () => {
  /** Serves `text` in two halves; the second half only after `release()`. */
  async function twoHalves(format: Format, text: string, cut: number) {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    server = await loopback((_, res) => {
      res.writeHead(200, { 'content-type': TYPES[format] });
      res.write(text.slice(0, cut));
      void released.then(() => res.end(text.slice(cut)));
    });
    return { url: server.url, release };
  }

  it.each(FORMATS)('yields the first ref before the server has sent the rest (%s)', async (format) => {
    const refs = makeRefs(4);
    const text = body(format, refs);
    const { url, release } = await twoHalves(format, text, Math.floor(text.length / 2));
    const iterator = createEmClient({ baseUrl: url, format, sessionId: TOKEN }).iterateRestorePoints(BACKUP)[Symbol.asyncIterator]();
    const first = await iterator.next(); // would wait forever if the client waited for the whole body
    expect(first.value).toEqual(refs[0]);
    release();
    const rest: Ref[] = [];
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) rest.push(next.value);
    expect([first.value, ...rest]).toEqual(refs);
  });

  it.each(FORMATS)('times out a server that stalls mid-body, after the refs that came (%s)', async (format) => {
    const text = body(format, makeRefs(4));
    await twoHalves(format, text, Math.floor(text.length / 2)); // never released
    const { got, error } = await collectUntilError(createEmClient({ baseUrl: server!.url, format, sessionId: TOKEN, timeoutMs: 300 }).iterateRestorePoints(BACKUP));
    expect(got.length).toBeGreaterThan(0);
    expect(error).toMatchObject({ kind: 'timeout', message: expect.stringMatching(/stalled/) });
    await vi.waitFor(() => expect(server!.openSockets()).toBe(0), { timeout: 5_000 });
  });

  it.each(FORMATS)('does not count the time the caller spends between refs towards streamTimeoutMs (%s)', async (format) => {
    const refs = makeRefs(4);
    const text = body(format, refs);
    const { url, release } = await twoHalves(format, text, Math.floor(text.length / 2));
    const got: Ref[] = [];
    for await (const ref of createEmClient({ baseUrl: url, format, sessionId: TOKEN, streamTimeoutMs: 300 }).iterateRestorePoints(BACKUP)) {
      got.push(ref);
      if (got.length === 1) {
        await new Promise((resolve) => setTimeout(resolve, 600)); // twice streamTimeoutMs, with the generator paused
        release();
      }
    }
    expect(got).toEqual(refs);
  });

  it.each(FORMATS)('stops on the caller’s AbortSignal, and a break closes the connection (%s)', async (format) => {
    const text = body(format, makeRefs(4));
    await twoHalves(format, text, Math.floor(text.length / 2));
    const controller = new AbortController();
    const em = createEmClient({ baseUrl: server!.url, format, sessionId: TOKEN });
    const { got, error } = await collectUntilError(
      (async function* () {
        for await (const ref of em.iterateRestorePoints(BACKUP, { signal: controller.signal })) {
          controller.abort();
          yield ref;
        }
      })(),
    );
    expect(got).toHaveLength(1);
    expect(error).toMatchObject({ kind: 'aborted' });
    await vi.waitFor(() => expect(server!.openSockets()).toBe(0), { timeout: 5_000 });

    await server!.close();
    const again = await twoHalves(format, text, Math.floor(text.length / 2));
    for await (const ref of createEmClient({ baseUrl: again.url, format, sessionId: TOKEN }).iterateRestorePoints(BACKUP)) {
      expect(ref.UID).toBe('urn:veeam:RestorePoint:0');
      break;
    }
    await vi.waitFor(() => expect(server!.openSockets()).toBe(0), { timeout: 5_000 });
  });
});
