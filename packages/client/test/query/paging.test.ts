// iterateQuery and query against an EM query service on node:http whose pages are written by hand in both media types.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmClient, type Format } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { emPages, type PagesOptions, restorePointUid, vmRestorePointUid } from './em-pages.ts';

const TOKEN = 'O9Msj3rq7EGUhtSMBQx+mw==';
let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function setUp(format: Format, options: PagesOptions) {
  const server = await emPages(options);
  close = server.close;
  const em = createEmClient({ baseUrl: server.url, format, sessionId: TOKEN, timeoutMs: 5_000 });
  return { em, server, pages: () => server.requests.map((r) => Number(new URL(r, 'http://x').searchParams.get('page'))) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe.each<Format>(['xml', 'json'])('query paging in %s', (format) => {
  it('an empty result: no items, one request, PagesCount 0', async () => {
    const { em, server } = await setUp(format, { total: 0 });
    expect(await collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 10 }))).toEqual([]);
    const page = await em.query({ type: 'RestorePoint', pageSize: 10 });
    expect(page.items).toEqual([]);
    expect(page.PagingInfo).toMatchObject({ PageNum: 1, PageSize: 10, PagesCount: 0 });
    expect(server.requests).toHaveLength(2);
  });

  it('exactly one page: every item, one request', async () => {
    const { em, pages } = await setUp(format, { total: 10 });
    const items = await collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 10 }));
    expect(items.map((ref) => ref.UID)).toEqual(Array.from({ length: 10 }, (_, i) => restorePointUid(i + 1)));
    expect(pages()).toEqual([1]);
  });

  it('the last page partly full: every item once, in order, by Next links asked of the client origin', async () => {
    const { em, server, pages } = await setUp(format, { total: 25, publicOrigin: 'https://em-appliance.corp.example:9398' });
    const items = await collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 10, sort: { desc: 'CreationTime' }, filter: 'BackupName=="Backup Job 1"' }));
    expect(items.map((ref) => ref.UID)).toEqual(Array.from({ length: 25 }, (_, i) => restorePointUid(i + 1)));
    expect(pages()).toEqual([1, 2, 3]);
    // The Next link's query, on the client's own origin: filter, sort and size kept.
    for (const request of server.requests) {
      const params = new URL(request, 'http://x').searchParams;
      expect(params.get('filter')).toBe('BackupName=="Backup Job 1"');
      expect(params.get('sortDesc')).toBe('CreationTime');
      expect(params.get('pageSize')).toBe('10');
    }
    expect(server.requests[0]).toBe('/api/query?type=RestorePoint&filter=BackupName%3D%3D%22Backup%20Job%201%22&sortDesc=CreationTime&pageSize=10&page=1');
  });

  it('a page beyond the end: an empty page from query, nothing from iterateQuery', async () => {
    const { em, server } = await setUp(format, { total: 25 });
    const page = await em.query({ type: 'RestorePoint', pageSize: 10, page: 9 });
    expect(page.items).toEqual([]);
    expect(page.PagingInfo).toMatchObject({ PageNum: 9, PagesCount: 3 });
    expect(page.PagingInfo.Links.find((l) => l.Rel === 'Next')).toBeUndefined();
    expect(await collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 10, page: 9 }))).toEqual([]);
    expect(server.requests).toHaveLength(2);
  });

  it('entities with format Entities: VmRestorePoint entities from Entities.VmRestorePoints', async () => {
    const { em, pages } = await setUp(format, { total: 5 });
    const items = await collect(em.iterateQuery({ type: 'VmRestorePoint', format: 'Entities', pageSize: 2 }));
    expect(items.map((vm) => vm.UID)).toEqual([1, 2, 3, 4, 5].map(vmRestorePointUid));
    expect(items[0]).toMatchObject({ VmDisplayName: 'winsrv01', Algorithm: 'Incremental', PointType: 'Increment', CreationTimeUTC: '2019-01-17T16:21:04.000Z' });
    expect(pages()).toEqual([1, 2, 3]);
  });

  it('a server that answers page 1 again: invalid-paging after page 1, no third request', async () => {
    const { em, pages } = await setUp(format, { total: 30, repeatFirstPage: true });
    const seen: string[] = [];
    const error = await expectEmError(
      (async () => {
        for await (const ref of em.iterateQuery({ type: 'RestorePoint', pageSize: 10 })) seen.push(ref.UID);
      })(),
      'invalid-paging',
      /^Page 1 came after page 1: the server repeated or went back a page\. Reading stopped rather than loop\.$/,
    );
    expect(error.status).toBeUndefined();
    expect(seen).toHaveLength(10);
    expect(pages()).toEqual([1, 2]);
  });

  it('a server that numbers the pages on but sends the same items: invalid-paging', async () => {
    const { em, pages } = await setUp(format, { total: 30, repeatItems: true });
    await expectEmError(collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 10 })), 'invalid-paging', /^Page 2 holds the same items as page 1 \(both begin with https:/);
    expect(pages()).toEqual([1, 2]);
  });

  it('a Next link past the last page: the empty page ends in invalid-paging, not in endless empty pages', async () => {
    const { em, pages } = await setUp(format, { total: 20, nextPastEnd: true });
    const seen: string[] = [];
    await expectEmError(
      (async () => {
        for await (const ref of em.iterateQuery({ type: 'RestorePoint', pageSize: 10 })) seen.push(ref.UID);
      })(),
      'invalid-paging',
      /^Page 3 holds no items but links to a next page\./,
    );
    expect(seen).toHaveLength(20);
    expect(pages()).toEqual([1, 2, 3]);
  });

  it('leaving the loop mid-way stops fetching: no page after the one in hand', async () => {
    const { em, pages } = await setUp(format, { total: 100 });
    let count = 0;
    for await (const _ of em.iterateQuery({ type: 'RestorePoint', pageSize: 10 })) if (++count === 15) break;
    expect(pages()).toEqual([1, 2]);
  });

  it('an AbortSignal fired between pages: aborted, and the next page is never answered', async () => {
    const { em, pages } = await setUp(format, { total: 100 });
    const controller = new AbortController();
    let count = 0;
    await expectEmError(
      (async () => {
        for await (const _ of em.iterateQuery({ type: 'RestorePoint', pageSize: 10, signal: controller.signal })) if (++count === 10) controller.abort();
      })(),
      'aborted',
    );
    expect(count).toBe(10);
    expect(pages()).toEqual([1]);
  });

  it('an AbortSignal fired while a page is on its way: aborted at once', async () => {
    const { em, server, pages } = await setUp(format, { total: 100, holdPage: 2 });
    const controller = new AbortController();
    const started = performance.now();
    await expectEmError(
      (async () => {
        for await (const _ of em.iterateQuery({ type: 'RestorePoint', pageSize: 10, signal: controller.signal })) setTimeout(() => controller.abort(), 50);
      })(),
      'aborted',
    );
    expect(performance.now() - started).toBeLessThan(4_000);
    expect(pages()).toEqual([1, 2]);
    server.release();
  });
});
