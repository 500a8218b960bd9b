// A query EM refuses (400) is an EmError with EM's message and, where the message names it, the offending part.
import { afterEach, describe, expect, it } from 'vitest';
import { createEmClient, type Format, where } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { emPages } from './em-pages.ts';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function refusing(format: Format, message: string, status = 400) {
  const server = await emPages({ total: 0, refuse: { status, message } });
  close = server.close;
  return createEmClient({ baseUrl: server.url, format, sessionId: 'O9Msj3rq7EGUhtSMBQx+mw==', retry: false });
}

describe.each<Format>(['xml', 'json'])('refused queries in %s', (format) => {
  it('an unknown field: EM message, status, body, and the field as the offending part', async () => {
    const em = await refusing(format, 'Unknown filter field [BackupDate] for query type [RestorePoint].');
    const error = await expectEmError(
      em.query({ type: 'RestorePoint', filter: 'BackupDate>="2019-01-01T00:00:00Z"' }),
      'http',
      /^The RestorePoint query was refused with status 400: Unknown filter field \[BackupDate\] for query type \[RestorePoint\]\. The server names "BackupDate" in the filter "BackupDate>=\\"2019-01-01T00:00:00Z\\""\.$/,
    );
    expect(error.status).toBe(400);
    expect(error.offending).toBe('BackupDate');
    expect(error.body).toMatchObject({ Message: 'Unknown filter field [BackupDate] for query type [RestorePoint].', StatusCode: 400 });
  });

  it('a filter EM cannot parse at a position: the filter from there is the offending part', async () => {
    const em = await refusing(format, 'Failed to parse the filter at position 12: a quoted value is not closed.');
    const error = await expectEmError(em.query({ type: 'VmRestorePoint', filter: 'VmDisplayName=="winsrv01' }), 'http', /^The VmRestorePoint query was refused with status 400: Failed to parse the filter at position 12: a quoted value is not closed\. The server names "e==\\"winsrv01" in the filter/);
    expect(error.offending).toBe('e=="winsrv01');
  });

  it('an unknown query type named by the server: the type is the offending part', async () => {
    const em = await refusing(format, 'Query type [BackupFile] is not supported.');
    const error = await expectEmError(em.query({ type: 'BackupFile' }), 'http', /The server names "BackupFile" as the query type\.$/);
    expect(error.offending).toBe('BackupFile');
  });

  it('a sort field the server does not know is named as the sort field', async () => {
    const em = await refusing(format, 'Unknown sort field [Version].');
    const error = await expectEmError(em.query({ type: 'BackupServer', sort: { asc: 'Version' } }), 'http', /The server names "Version" as the sort field\.$/);
    expect(error.offending).toBe('Version');
  });

  it('a message that names nothing of the query: the message alone, no offending part', async () => {
    const em = await refusing(format, 'The query is not valid.');
    const error = await expectEmError(em.query({ type: 'RestorePoint', filter: where('RestorePoint').field('Name').eq('x') }), 'http', /^The RestorePoint query was refused with status 400: The query is not valid\.$/);
    expect(error.offending).toBeUndefined();
  });

  it('iterateQuery fails the same way on its first page', async () => {
    const em = await refusing(format, 'Unknown filter field [BackupDate] for query type [RestorePoint].');
    const error = await expectEmError(em.iterateQuery({ type: 'RestorePoint', filter: 'BackupDate==x' }).next(), 'http');
    expect(error.offending).toBe('BackupDate');
  });

  it('other failures keep the client common wording (403)', async () => {
    const em = await refusing(format, 'Access denied.', 403);
    const error = await expectEmError(em.query({ type: 'RestorePoint' }), 'http', /^Could not query RestorePoint: the server answered 403: Access denied\.$/);
    expect(error.offending).toBeUndefined();
  });
});
