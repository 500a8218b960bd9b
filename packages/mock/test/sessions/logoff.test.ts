// Logoff ends only the caller's own session: another's SessionId is answered as EM answers one it does not know (404).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { send, sendRaw } from '../support/http.ts';

const BASIC = { authorization: `Basic ${Buffer.from('user:secret').toString('base64')}`, accept: 'application/json' };
const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ sessions: true });
});
afterAll(() => mock?.stop());

const logon = async () => {
  const response = await send(`${mock.url}/sessionMngr/?v=latest`, 'POST', BASIC);
  return { token: String(response.headers['x-restsvcsessionid']), id: (JSON.parse(response.text) as { SessionId: string }).SessionId };
};
const works = async (token: string) => (await send(`${mock.url}/backups/${BACKUP}/restorePoints`, 'GET', { 'x-restsvcsessionid': token })).status === 200;

describe('logoff in sessions mode', () => {
  it('refuses to end another session: 404 with EM’s Error, and both sessions live on', async () => {
    const mine = await logon();
    const theirs = await logon();
    const answer = await send(`${mock.url}/logonSessions/${theirs.id}`, 'DELETE', { 'x-restsvcsessionid': mine.token });
    await expectEmError(answer, 404, new RegExp(`^Logon session \\[${theirs.id}\\] was not found\\.$`));
    expect(await works(theirs.token)).toBe(true);
    expect(await works(mine.token)).toBe(true);
  });

  it('refuses it through dot segments too, and ends the caller’s own through them', async () => {
    const mine = await logon();
    const theirs = await logon();
    const other = await sendRaw(mock.url, `DELETE /api/logonSessions/./${theirs.id} HTTP/1.1\r\nX-RestSvcSessionId: ${mine.token}`);
    expect(other.status).toBe(404);
    expect(await works(theirs.token)).toBe(true);
    const own = await sendRaw(mock.url, `DELETE /api/x/../logonSessions/./${mine.id} HTTP/1.1\r\nX-RestSvcSessionId: ${mine.token}`);
    expect(own.status).toBe(204);
    expect(await works(mine.token)).toBe(false);
  });
});
