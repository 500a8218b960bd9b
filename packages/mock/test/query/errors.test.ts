// Every 400 of GET /query over raw HTTP, in both media types: EM's Error, with the wording of the spec's examples
// (ErrorQueryType, ErrorQueryField) and the offending part of a bad filter.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { expectEmError } from '../support/em-error.ts';
import { send } from '../support/http.ts';
import { specExample } from '../support/spec-query.ts';

const SESSION = { 'X-RestSvcSessionId': 'token' };
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0, restorePoints: 50 });
});
afterAll(() => mock?.stop());

const query = (search: string, format: 'xml' | 'json') =>
  send(`${mock.url}/query?${search}`, 'GET', format === 'json' ? { ...SESSION, Accept: 'application/json' } : SESSION);

// The spec's examples word these two; the mock says the same with the names of the request.
const typeWording = (specExample('ErrorQueryTypeJson') as { Message: string }).Message;
const fieldWording = (specExample('ErrorQueryFieldJson') as { Message: string }).Message;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const cases: [string, string, RegExp][] = [
  ['query-AC-1 an unknown type (spec wording)', 'type=RestorePoints', new RegExp(`^${escape(typeWording)}$`)],
  ['query-AC-2 no type', 'format=Entities', /needs a type/],
  ['query-AC-3 an unknown filter field (spec wording)', 'type=RestorePoint&filter=BackupDate%3D%3D%22x%22', new RegExp(`^${escape(fieldWording)}$`)],
  ['query-AC-4 an unclosed quote, with the offending part', 'type=RestorePoint&filter=BackupName%3D%3D%22Backup%20Job', /^Invalid filter \[BackupName=="Backup Job\]: The quoted value has no closing quote at offset 12: .*; the offending part is "\\"Backup Job"\.$/],
  ['query-AC-5 a missing operator', 'type=RestorePoint&filter=BackupName%3Dx', /Found "=x" after the field "BackupName" at offset 10: expected a comparison operator/],
  ['query-AC-6 an unclosed group', 'type=RestorePoint&filter=(Name%3D%3Da%3BName%3D%3Db', /group opened at offset 0 is not closed/],
  ['query-AC-7 a date that is not UTC ISO 8601', 'type=RestorePoint&filter=CreationTime%3E%3Dyesterday', /"yesterday" of CreationTime is not a date.*CreationTime>=yesterday/],
  ['query-AC-8 an enum value the field does not have', 'type=VmRestorePoint&filter=Algorithm%3D%3DDifferential', /Full, ReversedIncremental, Incremental, SyntheticFull/],
  ['query-AC-9 an unknown sort field', 'type=RestorePoint&sortDesc=BackupDate', new RegExp(`^${escape(fieldWording)}$`)],
  ['query-AC-10 both sortAsc and sortDesc', 'type=RestorePoint&sortAsc=Name&sortDesc=Name', /both sortAsc and sortDesc/],
  ['query-AC-11 pageSize 0', 'type=RestorePoint&pageSize=0', /pageSize \[0\] is not valid; expected a whole number greater than 0/],
  ['query-AC-12 a pageSize that is no number', 'type=RestorePoint&pageSize=ten', /pageSize \[ten\] is not valid/],
  ['query-AC-13 page 0', 'type=RestorePoint&pageSize=10&page=0', /page \[0\] is not valid/],
  ['query-AC-14 a negative page', 'type=RestorePoint&pageSize=10&page=-2', /page \[-2\] is not valid/],
  ['query-AC-15 an unknown format', 'type=RestorePoint&format=Everything', /format \[Everything\] is not valid; expected Entities/],
];

describe('GET /query refuses with 400', () => {
  for (const format of ['xml', 'json'] as const) {
    it.each(cases)(`%s (${format})`, async (_title, search, message) => {
      const answer = await query(search, format);
      // The filter of AC-3 names BackupDate, the sort of AC-9 too: the spec's example wording fits both.
      await expectEmError(answer, 400, message, format);
    });
  }

  it('query-AC-16 checks the session first, as on every other path', async () => {
    // A filter the inventory would refuse: without a session it is never read.
    const answer = await send(`${mock.url}/query?type=RestorePoint&filter=(`, 'GET', { Accept: 'application/json' });
    await expectEmError(answer, 401, /authorization header/, 'json');
  });

  it('query-AC-17 matches the type, field names and enum values without regard to case', async () => {
    const answer = await query('type=vmrestorepoint&filter=algorithm%3D%3Dfull&sortdesc=creationtime&pagesize=5', 'json');
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).PagingInfo.PageSize).toBe(5);
  });
});
