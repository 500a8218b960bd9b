import { describe, expect, it } from 'vitest';
import { createEmClient } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, BASE, fakeEm, json, TOKEN } from '../support/fake-em.ts';
import { jsonExample } from '../support/fixtures.ts';

const list = `${BASE}/backups/${BACKUP}/restorePoints`;

describe('the session token stays with the configured origin', () => {
  it('refuses a redirect to another origin and sends nothing there', async () => {
    const em = fakeEm((request) =>
      request.url.origin === 'https://em.example.com:9398' ? new Response(null, { status: 302, headers: { location: 'https://evil.example.net/steal' } }) : json(jsonExample('RestorePoints')),
    );
    const error = await expectEmError(createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).listRestorePoints(BACKUP), 'cross-origin', /https:\/\/evil\.example\.net/);
    expect(error.status).toBe(302);
    expect(em.calls.map((c) => c.url.origin)).toEqual(['https://em.example.com:9398']);
  });

  it('follows a same-origin redirect with the token', async () => {
    const em = fakeEm((request) =>
      request.url.pathname.startsWith('/api/moved') ? json(jsonExample('RestorePoints')) : new Response(null, { status: 307, headers: { location: '/api/moved' } }),
    );
    await createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).listRestorePoints(BACKUP);
    expect(em.calls.map((c) => [c.url.pathname, c.headers.get('x-restsvcsessionid')])).toEqual([
      [`/api/backups/${BACKUP}/restorePoints`, TOKEN],
      ['/api/moved', TOKEN],
    ]);
  });

  it('follow() GETs an Href under baseUrl and decodes it by the spec operation that serves it', async () => {
    const em = fakeEm(() => json(jsonExample('RestorePoints')));
    const client = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch });
    const value = await client.follow({ Href: list, Type: 'RestorePointReferenceList' });
    expect(value.Refs).toHaveLength(1);
    expect(em.calls[0]!.url.href).toBe(list);
    expect(em.calls[0]!.headers.get('x-restsvcsessionid')).toBe(TOKEN);
  });

  it.each([
    ['another host', 'https://evil.example.net:9398/api/backups/x/restorePoints'],
    ['another port', 'https://em.example.com:9399/api/backups/x/restorePoints'],
    ['another scheme', 'http://em.example.com:9398/api/backups/x/restorePoints'],
    ['outside the API root', 'https://em.example.com:9398/other/backups/x/restorePoints'],
    ['a look-alike root', 'https://em.example.com:9398/apix/backups/x/restorePoints'],
  ])('follow() refuses an Href on %s without sending anything', async (_, href) => {
    const em = fakeEm(() => json(jsonExample('RestorePoints')));
    await expectEmError(createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).follow({ Href: href }), 'cross-origin');
    expect(em.calls).toHaveLength(0);
  });

  it('follow() refuses an Href that no spec operation serves', async () => {
    const em = fakeEm(() => json({}));
    await expectEmError(
      createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).follow({ Href: `${BASE}/repositories/ec940768?format=Entity` }),
      'invalid-argument',
      /documents no GET \/repositories\/ec940768/,
    );
    expect(em.calls).toHaveLength(0);
  });
});

describe('path parameters cannot change the request path', () => {
  it.each([
    ['../x', '..%2Fx'],
    ['a/b', 'a%2Fb'],
    ['%2F', '%252F'],
    ['a?b=c', 'a%3Fb%3Dc'],
    ['a#b', 'a%23b'],
    ['ünï cødé', '%C3%BCn%C3%AF%20c%C3%B8d%C3%A9'],
    ['x'.repeat(10_240), 'x'.repeat(10_240)],
  ])('ID %j stays one segment under /backups/', async (id, encoded) => {
    const em = fakeEm(() => json(jsonExample('RestorePoints')));
    await createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).listRestorePoints(id);
    expect(em.calls[0]!.url.pathname).toBe(`/api/backups/${encoded}/restorePoints`);
    expect(em.calls[0]!.url.search).toBe('');
    expect(em.calls[0]!.url.hash).toBe('');
  });

  it.each(['..', '.', ''])('ID %j is refused before anything is sent', async (id) => {
    const em = fakeEm(() => json(jsonExample('RestorePoints')));
    await expectEmError(createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: em.fetch }).listRestorePoints(id), 'invalid-argument', /expected an identifier/);
    expect(em.calls).toHaveLength(0);
  });
});
