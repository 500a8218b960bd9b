// `?format=Entity`: EM answers a resource's entity instead of its reference; Prism alone would answer the first example.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const RESTORE_POINT = 'ec940768-5428-41af-b9b6-afad2aefe9d6';
const SESSION = { 'X-RestSvcSessionId': 'token' };
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

describe('?format=Entity', () => {
  it('answers the reference without it, and the entity with it, in XML', async () => {
    const reference = await send(`${mock.url}/restorePoints/${RESTORE_POINT}`, 'GET', SESSION);
    expect(reference.status).toBe(200);
    expect(reference.text).toMatch(/<EntityRef [^>]*Type="RestorePointReference"/);
    const entity = await send(`${mock.url}/restorePoints/${RESTORE_POINT}?format=Entity`, 'GET', SESSION);
    expect(entity.status).toBe(200);
    expect(entity.text).toMatch(/<RestorePoint [^>]*Type="RestorePoint"/);
    expect(entity.text).toContain('<BackupDateUTC>');
  });

  it('answers the entity list of a collection, in JSON too', async () => {
    const json = { ...SESSION, Accept: 'application/json' };
    const refs = JSON.parse((await send(`${mock.url}/restorePoints/${RESTORE_POINT}/vmRestorePoints`, 'GET', json)).text);
    expect(Object.keys(refs)).toEqual(['Refs']);
    const entities = JSON.parse((await send(`${mock.url}/restorePoints/${RESTORE_POINT}/vmRestorePoints?format=Entity`, 'GET', json)).text);
    expect(entities.VmRestorePoints[0]).toMatchObject({ Type: 'VmRestorePoint' });
  });

  it('leaves an explicit Prefer: example and the error answers alone', async () => {
    const chosen = await send(`${mock.url}/restorePoints/${RESTORE_POINT}?format=Entity`, 'GET', { ...SESSION, Prefer: 'example=RestorePointReference' });
    expect(chosen.text).toMatch(/<EntityRef /);
    const unauthorised = await send(`${mock.url}/restorePoints/${RESTORE_POINT}?format=Entity`, 'GET', {});
    expect(unauthorised.status).toBe(401);
  });
});
