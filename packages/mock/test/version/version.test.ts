// `?v=` (links issue): the versions the spec's logon lists (`latest`, v1_7, v1_6, v1_5) are accepted on every path; an old
// or unknown one is refused with EM's 400 Error in the negotiated type, after the session check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiVersions, versionRefusal } from '../../src/api-version.ts';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';

const BASIC = { authorization: `Basic ${Buffer.from('u:p').toString('base64')}` };
const TOKEN = { 'x-restsvcsessionid': 'any-token' };
const LIST = '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints';
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

describe('API versions', () => {
  it('are the ones the spec’s logon lists', () => {
    expect(apiVersions).toEqual(['latest', 'v1_7', 'v1_6', 'v1_5']);
  });

  it('accepts latest and the current versions on the logon and on other paths', async () => {
    for (const v of ['latest', 'v1_7', 'v1_5']) {
      expect((await send(`${mock.url}/sessionMngr/?v=${v}`, 'POST', BASIC)).status, v).toBe(201);
      expect((await send(`${mock.url}${LIST}?v=${v}`, 'GET', TOKEN)).status, v).toBe(200);
    }
  });

  it('refuses an old or unknown version with a 400 Error naming the supported ones', async () => {
    await expectEmError(await send(`${mock.url}/sessionMngr/?v=v1_2`, 'POST', BASIC), 400, /API version "v1_2" is not supported.*latest, v1_7, v1_6, v1_5/);
    await expectEmError(await send(`${mock.url}${LIST}?v=v1_4`, 'GET', { ...TOKEN, accept: 'application/json' }), 400, /"v1_4"/, 'json');
    await expectEmError(await send(`${mock.url}/sessionMngr/?v=`, 'POST', BASIC), 400, /API version ""/);
    // Spelled as the spec spells them: Prism would refuse another spelling with its own 422.
    await expectEmError(await send(`${mock.url}/sessionMngr/?v=V1_5`, 'POST', BASIC), 400, /"V1_5"/);
  });

  it('checks the session first', async () => {
    expect((await send(`${mock.url}${LIST}?v=v1_2`, 'GET', {})).status).toBe(401);
  });

  it('reads every v of a query', () => {
    expect(versionRefusal('?v=latest&v=v0')).toMatch(/"v0"/);
    expect(versionRefusal('?format=Entity')).toBeUndefined();
  });
});
