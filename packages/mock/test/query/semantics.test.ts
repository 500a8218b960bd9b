// Filter and sort semantics of GET /query, judged against the entities the mock serves, read by a plain reference in
// this test (dates by instant, enums by their position in the spec's x-em-query-fields).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';
import { queryFields } from '../support/spec-query.ts';

const SESSION = { 'X-RestSvcSessionId': 'token', Accept: 'application/json' };
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: 400, seed: 'semantics' });
});
afterAll(() => mock?.stop());

type Entity = Record<string, unknown> & { UID: string; Links: { Rel: string; Type?: string; Name?: string; Href: string }[] };
async function entities(type: string, list: string, extra = ''): Promise<Entity[]> {
  const answer = await send(`${mock.url}/query?type=${type}&format=Entities${extra}`, 'GET', SESSION);
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  return JSON.parse(answer.text).Entities[list][list] as Entity[];
}

describe('GET /query semantics', () => {
  it('query-AC-30 a date filter keeps exactly the points at or after the date', async () => {
    const all = await entities('VmRestorePoint', 'VmRestorePoints');
    const times = all.map((e) => Date.parse(String(e['CreationTimeUTC']))).sort((a, b) => a - b);
    const cut = times[Math.floor(times.length / 2)]!;
    const iso = new Date(cut).toISOString();
    const expected = all.filter((e) => Date.parse(String(e['CreationTimeUTC'])) >= cut).map((e) => e.UID).sort();
    const got = await entities('VmRestorePoint', 'VmRestorePoints', `&filter=${encodeURIComponent(`CreationTime>="${iso}"`)}`);
    expect(got.map((e) => e.UID).sort()).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it('query-AC-31 sortDesc=CreationTime is newest first', async () => {
    const got = await entities('RestorePoint', 'RestorePoints', '&sortDesc=CreationTime&pageSize=100');
    const times = got.map((e) => Date.parse(String(e['BackupDateUTC'])));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('query-AC-32 an enum sorts and compares by its position in the spec list, not alphabetically', async () => {
    const order = queryFields['VmRestorePoint']!['Algorithm']!.enum!;
    const got = await entities('VmRestorePoint', 'VmRestorePoints', '&sortAsc=Algorithm');
    const positions = got.map((e) => order.indexOf(String(e['Algorithm'])));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const above = await entities('VmRestorePoint', 'VmRestorePoints', '&filter=Algorithm%3EReversedIncremental');
    expect(new Set(above.map((e) => e['Algorithm']))).toEqual(new Set(['Incremental', 'SyntheticFull'].filter((v) => got.some((e) => e['Algorithm'] === v))));
  });

  it('query-AC-33 AND, OR and groups over fields of the entity it belongs to (BackupName via its Up link)', async () => {
    const points = await entities('RestorePoint', 'RestorePoints');
    const backupOf = (e: Entity) => e.Links.find((l) => l.Rel === 'Up' && l.Type === 'BackupReference')!.Name!;
    const [a, b] = [...new Set(points.map(backupOf))].slice(0, 2) as [string, string];
    const cut = Date.parse(String(points[0]!['BackupDateUTC']));
    const filter = `(BackupName=="${a}",BackupName=="${b}");CreationTime>"${new Date(cut).toISOString()}"`;
    const got = await entities('RestorePoint', 'RestorePoints', `&filter=${encodeURIComponent(filter)}`);
    const expected = points.filter((e) => [a, b].includes(backupOf(e)) && Date.parse(String(e['BackupDateUTC'])) > cut).map((e) => e.UID).sort();
    expect(got.map((e) => e.UID).sort()).toEqual(expected);
  });

  it('query-AC-34 answers each type of the spec with its own entity list', async () => {
    for (const type of Object.keys(queryFields)) {
      const answer = await send(`${mock.url}/query?type=${type}&format=Entities&pageSize=2`, 'GET', SESSION);
      expect(answer.status, type).toBe(200);
      const lists = JSON.parse(answer.text).Entities as Record<string, unknown>;
      const filled = Object.entries(lists).filter(([, v]) => v !== null).map(([k]) => k);
      expect(filled, type).toEqual([`${type}s`]);
    }
  });
});
