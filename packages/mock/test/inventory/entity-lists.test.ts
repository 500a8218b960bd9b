// A generated member's lists with `?format=Entity` are entity lists in XML as in JSON (`<VmRestorePoints>` holding as many
// `<VmRestorePoint>` as JSON has items), never an empty `<EntityReferences/>`: a list fits both forms of the oneOf.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const SESSION = { 'x-restsvcsessionid': 't' };
let mock: Mock;
let restorePoint: string;

beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: 120, seed: 'entity-lists' });
  const page = JSON.parse((await send(`${mock.url}/query?type=RestorePoint&pageSize=1&page=100`, 'GET', { ...SESSION, accept: 'application/json' })).text);
  restorePoint = page.Refs.Refs[0].Href;
});
afterAll(() => mock?.stop());

const cases = [
  { what: 'VM restore points', href: () => `${restorePoint}/vmRestorePoints?format=Entity`, list: 'VmRestorePoints', item: 'VmRestorePoint' },
  { what: 'backup files', href: () => `${restorePoint}/backupFiles?format=Entity`, list: 'BackupFiles', item: 'BackupFile' },
  { what: 'every backup', href: () => `${mock.url}/backups?format=Entity`, list: 'Backups', item: 'Backup' },
];

describe('entity lists of generated members', () => {
  it.each(cases)('$what', async ({ href, list, item }) => {
    const json = JSON.parse((await send(href(), 'GET', { ...SESSION, accept: 'application/json' })).text) as Record<string, unknown[]>;
    const items = json[list]!;
    expect(items.length).toBeGreaterThan(0);
    const xml = (await send(href(), 'GET', { ...SESSION, accept: 'application/xml' })).text;
    expect(xml).toMatch(new RegExp(`^<\\?xml[^>]*\\?>\\s*<${list} xmlns="http://www\\.veeam\\.com/ent/v1\\.0"`));
    expect(xml.match(new RegExp(`<${item} `, 'g'))?.length).toBe(items.length);
  });
});
