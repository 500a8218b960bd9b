import { describe, expect, expectTypeOf, it } from 'vitest';
import { createEmClient, type EntityReferences, type ErrorBody, type Ref } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, BASE, fakeEm, json, TOKEN, xml } from '../support/fake-em.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

const byAccept = fakeEm((request) =>
  request.headers.get('accept') === 'application/json' ? json(jsonExample('RestorePoints')) : xml(xmlExample('RestorePoints')),
);
const params = { params: { path: { ID: BACKUP } } };

describe('media types', () => {
  it('sends Accept for the chosen format and returns the same value for both', async () => {
    const results = [];
    for (const format of ['xml', 'json'] as const) {
      const em = createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: byAccept.fetch });
      const { data, error, response } = await em.GET('/backups/{ID}/restorePoints', params);
      expect(error).toBeUndefined();
      expect(response.status).toBe(200);
      expectTypeOf(data).toEqualTypeOf<EntityReferences | undefined>();
      results.push(data);
    }
    expect(byAccept.calls.map((c) => c.headers.get('accept'))).toEqual(['application/xml', 'application/json']);
    expect(results[0]).toEqual(results[1]);
    expect(results[0]!.Refs[0]!.Name).toBe('Jan 17 2019  5:21PM');
  });

  it('defaults to JSON and always sends Accept explicitly', async () => {
    const { fetch, calls } = fakeEm(() => json(jsonExample('RestorePoints')));
    await createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch }).listRestorePoints(BACKUP);
    expect(calls[0]!.headers.get('accept')).toBe('application/json');
  });

  it.each([
    ['application/xml', 'xml'],
    ['application/xml; charset=utf-8', 'xml'],
    ['text/xml; charset="utf-8"', 'xml'],
    ['APPLICATION/XML', 'xml'],
    ['application/json', 'json'],
    ['application/json;charset=utf-8', 'json'],
  ])('decodes by the Content-Type %s, not by what was asked', async (contentType, body) => {
    const payload = body === 'xml' ? xmlExample('RestorePoints') : JSON.stringify(jsonExample('RestorePoints'));
    for (const format of ['xml', 'json'] as const) {
      const { fetch } = fakeEm(() => new Response(payload, { headers: { 'content-type': contentType } }));
      const refs: Ref[] = await createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch }).listRestorePoints(BACKUP);
      expect(refs[0]!.UID).toBe('urn:veeam:RestorePoint:ec940768-5428-41af-b9b6-afad2aefe9d6');
    }
  });

  it.each([
    ['text/html', '<html><body>502 Bad Gateway</body></html>', 502],
    ['text/plain', 'Service Unavailable', 503],
    ['', '{"Refs":[]}', 200],
  ])('refuses a body of type %j with status %i, naming both', async (contentType, body, status) => {
    const { fetch } = fakeEm(() => new Response(body, { status, headers: contentType ? { 'content-type': contentType } : {} }));
    const em = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch });
    const error = await expectEmError(em.listRestorePoints(BACKUP), 'unexpected-media-type', new RegExp(`status ${status}`));
    expect(error.status).toBe(status);
  });

  it('decodes EM’s Error body into `error` in both media types', async () => {
    for (const format of ['xml', 'json'] as const) {
      const { fetch } = fakeEm(() =>
        format === 'xml' ? xml(xmlExample('ErrorNotFound'), 404) : json(jsonExample('ErrorNotFound'), 404),
      );
      const { data, error, response } = await createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch }).GET(
        '/backups/{ID}/restorePoints',
        params,
      );
      expect(data).toBeUndefined();
      expect(response.status).toBe(404);
      expect(error).toEqual({ Message: `Backup with id [${BACKUP}] was not found.`, StatusCode: 404, Status: null, FirstChanceExceptionMessage: null, StackTrace: null });
      expectTypeOf(error).toEqualTypeOf<ErrorBody | undefined>();
    }
  });

  it('throws an http EmError with the decoded body from listRestorePoints', async () => {
    const { fetch } = fakeEm(() => xml(xmlExample('ErrorInternalServerError'), 500));
    const error = await expectEmError(createEmClient({ baseUrl: BASE, format: 'xml', sessionId: TOKEN, fetch }).listRestorePoints(BACKUP), 'http', /answered 500: Object reference not set/);
    expect(error.status).toBe(500);
    expect(error.body).toEqual({ Message: 'Object reference not set to an instance of an object.', StatusCode: 500, Status: null, FirstChanceExceptionMessage: null, StackTrace: null });
  });

  it('refuses a 200 whose body is empty or malformed rather than returning part of it', async () => {
    for (const body of ['', '<EntityReferences xmlns="http://www.veeam.com/ent/v1.0"><Ref UID="u"', '{"Refs":[{"UID":"u"}]}']) {
      const { fetch } = fakeEm(() => new Response(body, { headers: { 'content-type': body.startsWith('{') ? 'application/json' : 'application/xml' } }));
      const error = await expectEmError(createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch }).listRestorePoints(BACKUP), 'invalid-body');
      expect(error.status).toBe(200);
    }
  });
});
