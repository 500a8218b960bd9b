// The inventory behind /query and the resources: seeded (the same seed, the same inventory), one consistent graph
// (every link of a generated member resolves and points back), and the spec's own examples are members of it.
import { decodeXml } from '@vbem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';
import { specExample } from '../support/spec-query.ts';

const SESSION = { 'X-RestSvcSessionId': 'token' };
const JSON_SESSION = { ...SESSION, Accept: 'application/json' };
const SPEC_ROOT = 'https://localhost:9398/api';
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: 300, seed: 'one' });
});
afterAll(() => mock?.stop());

/** The body another mock (started, asked, stopped) answers, with its origin written as `mock`'s. */
async function fromAnother(seed: string, path: string, headers: Record<string, string>): Promise<string> {
  const another = await startMock({ port: 0, restorePoints: 300, seed });
  try {
    return (await send(`${another.url}${path}`, 'GET', headers)).text.replaceAll(another.url, mock.url);
  } finally {
    await another.stop();
  }
}

const getJson = async (url: string): Promise<Record<string, unknown>> => {
  const answer = await send(url, 'GET', JSON_SESSION);
  expect(answer.status, `${url}: ${answer.text.slice(0, 200)}`).toBe(200);
  return JSON.parse(answer.text) as Record<string, unknown>;
};
type Link = { Rel: string; Href: string; Type?: string; Name?: string };
const linksOf = (value: Record<string, unknown>) => (value['Links'] ?? []) as Link[];

describe('the inventory', () => {
  it('inventory-AC-1 the same seed gives the same inventory; another seed another', { timeout: 180_000 }, async () => {
    const search = '/query?type=VmRestorePoint&format=Entities&sortAsc=CreationTime';
    const mine = await send(`${mock.url}${search}`, 'GET', SESSION);
    expect(mine.status).toBe(200);
    expect(await fromAnother('one', search, SESSION)).toBe(mine.text);
    expect(await fromAnother('two', search, SESSION)).not.toBe(mine.text);
    const backups = (await send(`${mock.url}/backups?format=Entity`, 'GET', JSON_SESSION)).text;
    expect(await fromAnother('one', '/backups?format=Entity', JSON_SESSION)).toBe(backups);
  });

  it('inventory-AC-2 holds the number of restore points asked for, the example one included', async () => {
    const page = await getJson(`${mock.url}/query?type=RestorePoint&pageSize=1`);
    expect((page['PagingInfo'] as { PagesCount: number }).PagesCount).toBe(300);
    const all = await getJson(`${mock.url}/restorePoints`);
    expect((all['Refs'] as unknown[]).length).toBe(300);
  });

  it('inventory-AC-3 the spec example members are in it, answered as the examples show them', async () => {
    const id = '3c7d1f2e-8a4b-4c5d-9e6f-0a1b2c3d4e5f';
    const entity = await getJson(`${mock.url}/vmRestorePoints/${id}?format=Entity`);
    const example = JSON.parse(JSON.stringify(specExample('VmRestorePointJson')).replaceAll(SPEC_ROOT, mock.url));
    expect(entity).toEqual(example);
    const points = await getJson(`${mock.url}/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints`);
    expect((points['Refs'] as { UID: string }[]).map((r) => r.UID)).toEqual(['urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6']);
  });

  it('inventory-AC-4 every link of generated members resolves, and children point back at their parent', async () => {
    const page = await getJson(`${mock.url}/query?type=RestorePoint&format=Entities&sortDesc=CreationTime&pageSize=3`);
    const points = (page['Entities'] as { RestorePoints: { RestorePoints: Record<string, unknown>[] } }).RestorePoints.RestorePoints;
    expect(points).toHaveLength(3);
    for (const point of points) {
      const self = String(point['Href']).split('?')[0]!;
      for (const link of linksOf(point)) {
        expect(link.Href.startsWith(mock.url), link.Href).toBe(true);
        const target = await getJson(link.Href);
        if (link.Rel === 'Up' && link.Type === 'BackupReference') {
          expect(target['Name']).toBe(link.Name);
          const siblings = await getJson(`${link.Href}/restorePoints`);
          expect((siblings['Refs'] as { Href: string }[]).map((r) => r.Href)).toContain(self);
        }
      }
      const vms = await getJson(`${self}/vmRestorePoints?format=Entity`);
      const list = vms['VmRestorePoints'] as Record<string, unknown>[];
      expect(list.length).toBeGreaterThan(0);
      for (const vm of list) {
        const up = linksOf(vm).filter((l) => l.Rel === 'Up');
        expect(up.find((l) => l.Type === 'RestorePointReference')?.Href).toBe(self);
        expect(vm['CreationTimeUTC']).toBe(point['BackupDateUTC']);
        const file = up.find((l) => l.Type === 'BackupFileReference')!;
        const files = await getJson(`${self}/backupFiles`);
        expect((files['Refs'] as { Href: string }[]).map((r) => r.Href)).toContain(file.Href);
        await getJson(String(vm['Href']));
      }
    }
  });

  it('inventory-AC-5 an ID the inventory does not hold is 404, in both media types', async () => {
    const missing = '00000000-0000-4000-8000-000000000000';
    await expectEmError(await send(`${mock.url}/restorePoints/${missing}`, 'GET', SESSION), 404, /RestorePoint \[0{8}-.*\] was not found\./);
    await expectEmError(await send(`${mock.url}/backups/${missing}/restorePoints`, 'GET', JSON_SESSION), 404, /Backup \[.*\] was not found\./, 'json');
  });

  it('inventory-AC-6 answers the resources in XML as EM does (the spec\'s roots), Prefer still reaches Prism', async () => {
    const refs = await send(`${mock.url}/backups`, 'GET', SESSION);
    expect(refs.text).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\s*<EntityReferences xmlns="http:\/\/www.veeam.com\/ent\/v1.0">/);
    expect(refs.text.match(/<Ref /g)!.length).toBe(7); // 300 restore points: ceil(299 / 50) backups and the example one.
    const prism = await send(`${mock.url}/backups`, 'GET', { ...SESSION, Prefer: 'code=404' });
    expect(prism.status).toBe(404);
  });

  it('inventory-AC-7 a query page and the resources serve the same members, field for field, in both media types', async () => {
    for (const [type, path, list, schema] of [['VmRestorePoint', 'vmRestorePoints', 'VmRestorePoints', 'VmRestorePoint'], ['BackupFile', 'backupFiles', 'BackupFiles', 'BackupFile'], ['Backup', 'backups', 'Backups', 'Backup']] as const) {
      const page = await getJson(`${mock.url}/query?type=${type}&format=Entities&sortDesc=Name&pageSize=4`);
      const items = (page['Entities'] as Record<string, Record<string, Record<string, unknown>[]>>)[list]![list]!;
      expect(items).toHaveLength(4);
      const xmlPage = await send(`${mock.url}/query?type=${type}&format=Entities&sortDesc=Name&pageSize=4`, 'GET', SESSION);
      const xmlItems = ((await decodeXml(xmlPage.text, 'QueryResult')) as { Entities: Record<string, Record<string, unknown[]>> }).Entities[list]![list]!;
      for (const [i, item] of items.entries()) {
        const id = String(item['UID']).split(':').pop();
        expect(await getJson(`${mock.url}/${path}/${id}?format=Entity`)).toEqual(item);
        const xml = await send(`${mock.url}/${path}/${id}?format=Entity`, 'GET', SESSION);
        expect(await decodeXml(xml.text, schema)).toEqual(xmlItems[i]);
      }
    }
  });
});
