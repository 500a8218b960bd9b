// Options a query cannot be sent with are refused before any request, naming what is wrong and what was expected.
import { describe, expect, it } from 'vitest';
import { createEmClient, where } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BASE, fakeEm, TOKEN } from '../support/fake-em.ts';

function client() {
  const em = fakeEm(() => {
    throw new Error('no request may be sent');
  });
  return { em: createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }), calls: em.calls };
}

// Each as a JavaScript caller could pass it: the compiler refuses most of these (see types.test.ts).
const cases: [string, Record<string, unknown>, RegExp][] = [
  ['pageSize 0', { type: 'RestorePoint', pageSize: 0 }, /^pageSize is 0; expected a whole number from 1 to 2147483647\.$/],
  ['pageSize -5', { type: 'RestorePoint', pageSize: -5 }, /^pageSize is -5; expected a whole number/],
  ['pageSize 2.5', { type: 'RestorePoint', pageSize: 2.5 }, /^pageSize is 2\.5; expected a whole number/],
  ['pageSize past int32', { type: 'RestorePoint', pageSize: 2 ** 31 }, /^pageSize is 2147483648; expected/],
  ['pageSize as text', { type: 'RestorePoint', pageSize: '10' }, /^pageSize is "10"; expected a whole number/],
  ['page 0', { type: 'RestorePoint', page: 0 }, /^page is 0; expected a whole number from 1/],
  ['page NaN', { type: 'RestorePoint', page: Number.NaN }, /^page is NaN; expected/],
  ['an unknown type', { type: 'RestorePoints' }, /^type is "RestorePoints"; expected one of RestorePoint, VmRestorePoint, VAppRestorePoint, Backup, BackupServer, BackupFile\.$/],
  ['no type', {}, /^type is undefined; expected one of RestorePoint/],
  ['an unknown format', { type: 'RestorePoint', format: 'Entity' }, /^format is "Entity"; expected 'Entities', or no format for references\.$/],
  ['an empty filter', { type: 'RestorePoint', filter: '  ' }, /^filter is "  "; expected a filter such as/],
  ['a filter of another kind', { type: 'RestorePoint', filter: 42 }, /^filter is 42; expected a filter built with where\('RestorePoint'\), or an EM filter string\.$/],
  ['a filter built for another type', { type: 'RestorePoint', filter: where('VmRestorePoint').field('VmDisplayName').eq('winsrv01') }, /^The filter was built for VmRestorePoint, not for type RestorePoint; build it with where\('RestorePoint'\)\.$/],
  ['sort by an unknown field', { type: 'RestorePoint', sort: { desc: 'BackupDate' } }, /^sort\.desc is "BackupDate"; expected a field of RestorePoint: UID, Name, CreationTime, BackupUid, BackupName, BackupServerUid, BackupServerName\.$/],
  ['sort both ways', { type: 'RestorePoint', sort: { asc: 'Name', desc: 'Name' } }, /^sort is object; expected \{ asc: field \} or \{ desc: field \}\.$/],
  ['sort as text', { type: 'RestorePoint', sort: 'Name' }, /^sort is "Name"; expected/],
];

describe('query options', () => {
  it.each(cases)('%s is invalid-argument before any request (query and iterateQuery)', async (_, options, message) => {
    const { em, calls } = client();
    await expectEmError(em.query(options as never), 'invalid-argument', message);
    await expectEmError(em.iterateQuery(options as never).next(), 'invalid-argument', message);
    expect(calls).toHaveLength(0);
  });

  it('sends the parameters in the spec order, percent-encoded (space as %20), with pageSize 1000 when none is given', async () => {
    const em = fakeEm(() => {
      throw new Error('stop here');
    });
    const client = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch, retry: false });
    const filter = where('BackupFile').field('BackupName').eq('Backup "Job" 1').and(where('BackupFile').field('CompressRatio').gt(1.5));
    await client.query({ type: 'BackupFile', format: 'Entities', filter, sort: { asc: 'CreationTimeUTC' } }).catch(() => {});
    expect(em.calls[0]!.url.href).toBe(
      `${BASE}/query?type=BackupFile&format=Entities&filter=BackupName%3D%3D%22Backup%20%22%22Job%22%22%201%22%3BCompressRatio%3E%221.5%22&sortAsc=CreationTimeUTC&pageSize=1000&page=1`,
    );
    expect(em.calls[0]!.headers.get('x-restsvcsessionid')).toBe(TOKEN);
  });
});
