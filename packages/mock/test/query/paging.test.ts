// Paging of GET /query over a generated inventory, checked by following the links the mock gives (in both media
// types) and by the numbers the request implies; EM's PagingInfo as the spec describes it (PagingInfo.yaml).
import { decodeXml } from '@vbem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const SESSION = { 'X-RestSvcSessionId': 'token' };
const RESTORE_POINTS = 1_234;
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: RESTORE_POINTS, seed: 'paging' });
});
afterAll(() => mock?.stop());

interface Link { Rel: string; Href: string }
interface Page {
  Refs?: { Refs: { UID: string; Name: string }[] } | null;
  Entities?: Record<string, Record<string, Record<string, unknown>[]> | null> | null;
  PagingInfo: { PageNum: number; PageSize: number; PagesCount: number; Links?: Link[] | null };
}

async function get(url: string, format: 'xml' | 'json'): Promise<{ page: Page; text: string }> {
  const answer = await send(url, 'GET', format === 'json' ? { ...SESSION, Accept: 'application/json' } : SESSION);
  expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  expect(answer.headers['content-type']).toBe(format === 'json' ? 'application/json' : 'application/xml');
  const page = (format === 'json' ? JSON.parse(answer.text) : await decodeXml(answer.text, 'QueryResult')) as Page;
  return { page, text: answer.text };
}

const rels = (page: Page) => (page.PagingInfo.Links ?? []).map((l) => l.Rel);
const link = (page: Page, rel: string) => (page.PagingInfo.Links ?? []).find((l) => l.Rel === rel)?.Href;
const refs = (page: Page) => page.Refs?.Refs ?? [];

describe.each(['xml', 'json'] as const)('GET /query paging (%s)', (format) => {
  const url = (search: string) => `${mock.url}/query?${search}`;

  it('query-AC-20 an empty result: no items, 0 pages, no links', async () => {
    const { page } = await get(url('type=RestorePoint&filter=Name%3D%3D%22no%20such%20point%22&pageSize=10'), format);
    expect(refs(page)).toEqual([]);
    expect(page.PagingInfo).toMatchObject({ PageNum: 1, PageSize: 10, PagesCount: 0 });
    expect(rels(page)).toEqual([]);
  });

  it('query-AC-21 exactly one page: First and Last, both page 1', async () => {
    const { page } = await get(url('type=RestorePoint&filter=BackupName%3D%3DWindowsFileLevelRestoreFromCatalog&pageSize=1'), format);
    expect(refs(page).map((r) => r.UID)).toEqual(['urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6']);
    expect(page.PagingInfo).toMatchObject({ PageNum: 1, PageSize: 1, PagesCount: 1 });
    expect(rels(page)).toEqual(['First', 'Last']);
    expect(link(page, 'First')).toMatch(/[?&]page=1$/);
  });

  it('query-AC-22 the last page partly full, and a page beyond the end empty', async () => {
    const pages = Math.ceil(RESTORE_POINTS / 100);
    const { page: last, text } = await get(url(`type=RestorePoint&sortAsc=CreationTime&pageSize=100&page=${pages}`), format);
    expect(refs(last)).toHaveLength(RESTORE_POINTS - (pages - 1) * 100);
    expect(last.PagingInfo).toMatchObject({ PageNum: pages, PageSize: 100, PagesCount: pages });
    expect(rels(last)).toEqual(['First', 'Previous', 'Last']);
    expect(link(last, 'Previous')).toBe(`${mock.url}/query?type=RestorePoint&sortAsc=CreationTime&pageSize=100&page=${pages - 1}`);
    // In XML the query's `&` is written `&amp;` inside the Href attribute.
    if (format === 'xml') expect(text).toContain('sortAsc=CreationTime&amp;pageSize=100&amp;page=');
    const { page: beyond } = await get(url(`type=RestorePoint&sortAsc=CreationTime&pageSize=100&page=${pages + 5}`), format);
    expect(refs(beyond)).toEqual([]);
    expect(beyond.PagingInfo).toMatchObject({ PageNum: pages + 5, PagesCount: pages });
    expect(rels(beyond)).not.toContain('Next');
  });

  it('query-AC-23 following Next from page 1 reads every restore point exactly once', async () => {
    const seen: string[] = [];
    let next: string | undefined = url('type=RestorePoint&pageSize=300');
    let hops = 0;
    while (next !== undefined && hops++ < 20) {
      const { page } = await get(next, format);
      seen.push(...refs(page).map((r) => r.UID));
      next = link(page, 'Next');
    }
    expect(hops).toBe(Math.ceil(RESTORE_POINTS / 300));
    expect(seen).toHaveLength(RESTORE_POINTS);
    expect(new Set(seen).size).toBe(RESTORE_POINTS);
  });

  it('query-AC-24 without pageSize every item comes on one page', async () => {
    const { page } = await get(url('type=Backup'), format);
    expect(page.PagingInfo.PagesCount).toBe(1);
    expect(refs(page).length).toBe(page.PagingInfo.PageSize);
    expect(refs(page).length).toBeGreaterThan(1);
  });
});
