// list(path) and iterate(path) serve every collection the spec documents, in both forms (references, and entities with
// format=Entity) and both media types, with no code per operation: each is fed the spec's own 200 examples.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type CollectionPath, createEmClient, descriptorOperations, type Normalized, type components } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BASE, fakeEm, json, TOKEN, xml } from '../support/fake-em.ts';
import { okExamples } from '../support/spec-examples.ts';

const ID = '7b6a400c-452c-41d1-bb81-ea682e89492d';
const FORMATS = ['xml', 'json'] as const;
type Schemas = components['schemas'];
type Form = { schema: string; property: string; item: string; reference: boolean };

const collections = Object.values(descriptorOperations).filter((op): op is typeof op & { collection: readonly Form[] } => 'collection' in op);

/** Every collection × each of its 200 examples: the form the example is, and what to ask for it. */
const cases = collections.flatMap(({ path, collection }) =>
  okExamples(path, 'application/json').map(({ name, value }) => {
    const form = collection.find((f) => f.property in (value as object));
    if (!form) throw new Error(`GET ${path} example ${name} is none of the forms ${collection.map((f) => f.property).join(', ')}`);
    const entity = !form.reference && collection.some((f) => f.reference);
    const items = (value as Record<string, unknown[]>)[form.property] ?? [];
    return { path, example: name, form: form.schema, entity, items: items as { Href: string }[] };
  }),
);

const bodyOf = (path: string, example: string, format: 'xml' | 'json') => {
  const found = okExamples(path, format === 'xml' ? 'application/xml' : 'application/json').find((e) => e.name === example)!;
  return format === 'xml' ? (found.value as string) : JSON.stringify(found.value);
};

/** A body in 7-byte chunks, so that the root element or the array key arrives split. */
const chunked = (text: string, contentType: string) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < text.length; i += 7) controller.enqueue(new TextEncoder().encode(text.slice(i, i + 7)));
        controller.close();
      },
    }),
    { headers: { 'content-type': contentType } },
  );

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
};

describe('the collections come from the spec', () => {
  it('are the GETs whose 200 answer is a collection of references or of entities, and no others', () => {
    const paths = collections.map((op) => op.path);
    expect(paths).toEqual(expect.arrayContaining(['/backups/{ID}/restorePoints', '/backups', '/backupServers', '/restorePoints/{ID}/vmRestorePoints', '/restorePoints/{ID}/backupFiles', '/logonSessions']));
    expect(paths).not.toContain('/backups/{ID}');
    expect(paths).not.toContain('/query');
    expect(cases.length).toBeGreaterThanOrEqual(paths.length);
  });
});

describe.each(cases)('GET $path, example $example ($form)', ({ path, example, entity, items }) => {
  const params = { path: Object.fromEntries([...path.matchAll(/\{([^{}]+)\}/g)].map((m) => [m[1]!, ID])), ...(entity ? { query: { format: 'Entity' } } : {}) };
  const requested = `/api${path.replace(/\{[^{}]+\}/g, ID)}`;

  it.each(FORMATS)('list() reads every item, and iterate() yields the same as they arrive (%s)', async (format) => {
    const text = bodyOf(path, example, format);
    const contentType = format === 'xml' ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
    const em = fakeEm((request) => {
      expect(request.url.pathname).toBe(requested);
      expect(request.url.searchParams.get('format')).toBe(entity ? 'Entity' : null);
      return request.headers.get('x-restsvcsessionid') === TOKEN ? chunked(text, contentType) : json({ StatusCode: 401, Message: 'No session.' }, 401);
    });
    const client = createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: em.fetch });
    const listed = (await client.list(path as CollectionPath, { params } as never)) as { Href: string }[];
    expect(listed.map((item) => item.Href)).toEqual(items.map((item) => item.Href));
    expect(await collect(client.iterate(path as CollectionPath, { params } as never))).toEqual(listed);
  });

  it('reads the same items from XML as from JSON', async () => {
    const [fromXml, fromJson] = await Promise.all(
      FORMATS.map((format) => {
        const em = fakeEm(() => (format === 'xml' ? xml : json)(bodyOf(path, example, format)));
        return createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: em.fetch }).list(path as CollectionPath, { params } as never);
      }),
    );
    expect(fromXml).toEqual(fromJson);
  });
});

describe('list() and iterate() refuse what the spec does not document as a collection', () => {
  const em = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: fakeEm(() => json({})).fetch });

  it('a path that is not a collection', async () => {
    await expectEmError(em.list('/backups/{ID}' as CollectionPath, { params: { path: { ID } } } as never), 'invalid-argument', /no collection at GET \/backups\/\{ID\}/);
    await expectEmError(collect(em.iterate('/nowhere' as CollectionPath, {} as never)), 'invalid-argument', /no collection at GET \/nowhere/);
  });

  it('a missing path parameter', async () => {
    await expectEmError(em.list('/backups/{ID}/restorePoints', { params: { path: {} } } as never), 'invalid-argument', /Path parameter ID must be a string/);
  });

  it('an Error answer, as an EmError with its status', async () => {
    const failing = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: fakeEm(() => json({ StatusCode: 404, Message: 'Backup not found.' }, 404)).fetch });
    await expectEmError(failing.list('/backups'), 'http', /^Could not list \/backups: the server answered 404: Backup not found\.$/);
    await expectEmError(collect(failing.iterate('/backups')), 'http', /^Could not list \/backups: the server answered 404/);
  });
});

describe('an answer that is none of the forms is refused by list() and iterate() alike', () => {
  it.each([
    ['xml', xml('<Backup xmlns="http://www.veeam.com/ent/v1.0" Name="x"/>')],
    ['json', json({})],
    ['json', json({ Others: [] })],
  ] as const)('%s %#', async (format, answer) => {
    const body = await answer.text();
    const type = answer.headers.get('content-type')!;
    const em = createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: fakeEm(() => new Response(body, { headers: { 'content-type': type } })).fetch });
    await expectEmError(em.list('/backups'), 'invalid-body');
    await expectEmError(collect(em.iterate('/backups')), 'invalid-body');
  });
});

describe('types follow the path and the format asked for', () => {
  const em = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: fakeEm(() => json({ Refs: [] })).fetch });

  it('references by default, entities with format=Entity', () => {
    expectTypeOf(() => em.list('/restorePoints/{ID}/vmRestorePoints', { params: { path: { ID } } })).returns.resolves.toEqualTypeOf<Normalized<Schemas['Ref']>[]>();
    expectTypeOf(() => em.list('/restorePoints/{ID}/vmRestorePoints', { params: { path: { ID }, query: { format: 'Entity' } } })).returns.resolves.toEqualTypeOf<
      Normalized<Schemas['VmRestorePoint']>[]
    >();
    expectTypeOf(() => em.iterate('/backups', { params: { query: { format: 'Entity' } } })).returns.toEqualTypeOf<AsyncIterable<Normalized<Schemas['Backup']>>>();
    // A collection of one form answers it whatever is asked.
    expectTypeOf(() => em.list('/logonSessions')).returns.resolves.toEqualTypeOf<Normalized<Schemas['LogonSession']>[]>();
  });

  it('parameters are required where the path has them, and only collections are accepted', () => {
    expectTypeOf(() => em.list('/backups')).returns.toBeObject();
    // @ts-expect-error the path's ID is required
    expectTypeOf(() => em.list('/backups/{ID}/restorePoints')).toBeFunction();
    // @ts-expect-error GET /backups/{ID} answers one backup, not a collection
    expectTypeOf(() => em.list('/backups/{ID}', { params: { path: { ID } } })).toBeFunction();
  });
});
