// Client ⇄ live mock, both media types: query and iterateQuery over the mock's generated inventory, held to what the
// inventory's resources answer (each backup's /restorePoints) and to the page metadata, never to the client itself.
import { and, createEmClient, type Format, type QueryEntity, where } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const RESTORE_POINTS = 600;
let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: RESTORE_POINTS, seed: 'query-client' });
});
afterAll(() => mock?.stop());

const idOf = (uid: string) => uid.slice(uid.lastIndexOf(':') + 1);
const client = (format: Format) => createEmClient({ baseUrl: mock.url, format, sessionId: 'query-client-token' });

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

describe.each<Format>(['xml', 'json'])('query service against the mock (%s)', (format) => {
  it('iterateQuery reads every restore point once across pages: the union of every backup’s restore points', async () => {
    const em = client(format);
    const first = await em.query({ type: 'RestorePoint', pageSize: 70 });
    expect(first.PagingInfo).toMatchObject({ PageNum: 1, PageSize: 70, PagesCount: Math.ceil(RESTORE_POINTS / 70) });
    const all = await collect(em.iterateQuery({ type: 'RestorePoint', pageSize: 70 }));
    expect(all).toHaveLength(RESTORE_POINTS);
    expect(new Set(all.map((ref) => ref.UID)).size).toBe(RESTORE_POINTS);
    // The referee: GET /backups/{ID}/restorePoints of every backup, another path through the mock.
    const backups = await collect(em.iterateQuery({ type: 'Backup', pageSize: 7 }));
    const viaBackups = (await Promise.all(backups.map((backup) => em.listRestorePoints(idOf(backup.UID))))).flat();
    expect(new Set(viaBackups.map((ref) => ref.UID))).toEqual(new Set(all.map((ref) => ref.UID)));
  });

  it('a typed filter and sort: the restore points of one backup since a date, newest first, as entities', async () => {
    const em = client(format);
    const [backup] = (await em.query({ type: 'Backup', sort: { asc: 'Name' }, pageSize: 1 })).items;
    expect(backup).toBeDefined();
    const own = new Set((await em.listRestorePoints(idOf(backup!.UID))).map((ref) => ref.UID));
    const everything = await collect(em.iterateQuery({ type: 'RestorePoint', format: 'Entities', pageSize: 200 }));
    const dates = everything.filter((point) => own.has(point.UID)).map((point) => Date.parse(point.BackupDateUTC)).sort((a, b) => a - b);
    const since = new Date(dates[Math.floor(dates.length / 2)]!);
    const points = where('RestorePoint');
    const found = await collect(
      em.iterateQuery({ type: 'RestorePoint', format: 'Entities', filter: and(points.field('BackupUid').eq(backup!.UID), points.field('CreationTime').gte(since)), sort: { desc: 'CreationTime' }, pageSize: 5 }),
    );
    const expected = everything.filter((point) => own.has(point.UID) && Date.parse(point.BackupDateUTC) >= since.getTime());
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found.map((point) => point.UID))).toEqual(new Set(expected.map((point) => point.UID)));
    const times = found.map((point) => Date.parse(point.BackupDateUTC));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('VM restore points as entities: typed fields, enum filter by EM order, one page at a time', async () => {
    const em = client(format);
    const vms = where('VmRestorePoint');
    const page = await em.query({ type: 'VmRestorePoint', format: 'Entities', filter: vms.field('Algorithm').gt('Full'), pageSize: 50 });
    expect(page.items.length).toBeGreaterThan(0);
    const vm: QueryEntity<'VmRestorePoint'> = page.items[0]!;
    expect(vm.Type).toBe('VmRestorePoint');
    // Full is first in EM's order: everything greater is another algorithm.
    expect(page.items.every((item) => item.Algorithm !== 'Full')).toBe(true);
    expect(page.items.every((item) => typeof item.CreationTimeUTC === 'string')).toBe(true);
  });

  it('past the last page: an empty page', async () => {
    const page = await client(format).query({ type: 'BackupServer', pageSize: 1000, page: 5 });
    expect(page.items).toEqual([]);
    expect(page.PagingInfo.PageNum).toBe(5);
  });

  it('a filter the mock refuses: EmError with its message and the offending field', async () => {
    const error = await client(format)
      .query({ type: 'RestorePoint', filter: 'BackupDate>="2019-01-01T00:00:00Z"' })
      .then(
        () => undefined,
        (e: unknown) => e as { kind: string; status: number; offending?: string; message: string },
      );
    expect(error).toMatchObject({ kind: 'http', status: 400, offending: 'BackupDate' });
    expect(error!.message).toMatch(/^The RestorePoint query was refused with status 400: .*BackupDate/);
  });
});

it('both media types give the same items, page for page', async () => {
  const options = { type: 'VmRestorePoint', format: 'Entities', sort: { desc: 'CreationTime' }, pageSize: 40, page: 3 } as const;
  const [xml, json] = await Promise.all([client('xml').query(options), client('json').query(options)]);
  expect(xml.items.length).toBe(40);
  expect(json.items).toEqual(xml.items);
  expect(json.PagingInfo).toEqual(xml.PagingInfo);
});
