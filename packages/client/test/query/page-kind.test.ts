// The spec's own QueryResult examples, both media types: read as the page the query asked for, refused as another kind.
import { describe, expect, it } from 'vitest';
import { createEmClient, type Format } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BASE, fakeEm, json, TOKEN, xml } from '../support/fake-em.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

const answering = (format: Format, example: string) => {
  const em = fakeEm(() => (format === 'xml' ? xml(xmlExample(example)) : json(jsonExample(example))));
  return createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: em.fetch });
};

describe.each<Format>(['xml', 'json'])('QueryResult examples in %s', (format) => {
  it('QueryRestorePointRefs is a page of one Ref, with its PagingInfo', async () => {
    const page = await answering(format, 'QueryRestorePointRefs').query({ type: 'RestorePoint', pageSize: 100 });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ UID: 'urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6', Name: 'Jan 17 2019  5:21PM', Type: 'RestorePointReference' });
    expect(page.items[0]!.Links.map((link) => link.Rel)).toEqual(['Up', 'Up', 'Alternate', 'Down', 'Related']);
    expect(page.PagingInfo).toMatchObject({ PageNum: 1, PageSize: 100, PagesCount: 1 });
    expect(page.PagingInfo.Links.map((link) => link.Rel)).toEqual(['First', 'Last']);
    // XML escapes & as &amp;: the reader gives back the plain URL.
    expect(page.PagingInfo.Links[0]!.Href).toBe('https://localhost:9398/api/query?type=RestorePoint&filter=BackupName==WindowsFileLevelRestoreFromCatalog&sortDesc=CreationTime&pageSize=100&page=1');
  });

  it('QueryVmRestorePointEntities is a page of one VmRestorePoint entity', async () => {
    const page = await answering(format, 'QueryVmRestorePointEntities').query({ type: 'VmRestorePoint', format: 'Entities' });
    expect(page.items).toHaveLength(1);
    expect(page.items[0]).toMatchObject({ VmDisplayName: 'winsrv01', CreationTimeUTC: '2019-01-17T17:21:04.333Z', Algorithm: 'Full', PointType: 'Full', VmName: 'winsrv01' });
  });

  it('references answered to an entities query are invalid-body', async () => {
    await expectEmError(answering(format, 'QueryRestorePointRefs').query({ type: 'RestorePoint', format: 'Entities' }), 'invalid-body', /^Invalid body: a RestorePoint query with format Entities should answer entities; the page holds references \(Refs\)\.$/);
  });

  it('entities answered to a references query are invalid-body', async () => {
    await expectEmError(answering(format, 'QueryVmRestorePointEntities').query({ type: 'VmRestorePoint' }), 'invalid-body', /^Invalid body: a VmRestorePoint query without a format should answer references \(Refs\); the page holds entities\.$/);
  });

  it('the entities of another type are invalid-body', async () => {
    await expectEmError(answering(format, 'QueryVmRestorePointEntities').query({ type: 'BackupFile', format: 'Entities' }), 'invalid-body', /^Invalid body: a BackupFile query should answer Entities\.BackupFiles; the page holds Entities\.VmRestorePoints\.$/);
  });
});
