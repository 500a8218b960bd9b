// follow(link) is typed by the link's Type (the generated map of the spec's examples) and reads the answer as that type,
// so the value is what the type says: a RestorePoint link gives the RestorePoint entity, a VmRestorePointReferenceList refs.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { type components, createEmClient, findLink, type Link, type Normalized } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BASE, fakeEm, json, TOKEN, xml } from '../support/fake-em.ts';
import { jsonExample, xmlExample } from '../support/fixtures.ts';

type Schemas = components['schemas'];
const RP = 'ec940768-5428-41af-b9b6-afad2aefe9d6';
const FORMATS = ['xml', 'json'] as const;

/** A fake EM that answers each path with the spec example of that name, in the media type asked for. */
const answering = (routes: Record<string, string>) =>
  fakeEm((request) => {
    const name = routes[`${request.url.pathname}${request.url.search}`];
    if (!name) return json({ StatusCode: 404, Message: 'Not found.' }, 404);
    return request.headers.get('accept') === 'application/xml' ? xml(xmlExample(name)) : json(jsonExample(name));
  });

describe('follow() is typed by the link Type', () => {
  const em = createEmClient({ baseUrl: BASE, sessionId: TOKEN, fetch: fakeEm(() => json({})).fetch });

  it('a RestorePoint link gives the RestorePoint entity, a VmRestorePointReferenceList refs, a BackupReference the reference', () => {
    expectTypeOf(() => em.follow({ Href: `${BASE}/restorePoints/${RP}?format=Entity`, Type: 'RestorePoint' })).returns.resolves.toEqualTypeOf<Normalized<Schemas['RestorePoint']>>();
    expectTypeOf(() => em.follow({ Href: `${BASE}/restorePoints/${RP}/vmRestorePoints`, Type: 'VmRestorePointReferenceList' })).returns.resolves.toEqualTypeOf<
      Normalized<Schemas['EntityReferences']>
    >();
    expectTypeOf(() => em.follow({ Href: `${BASE}/backups/x`, Type: 'BackupReference' })).returns.resolves.toEqualTypeOf<Normalized<Schemas['BackupReference']>>();
    expectTypeOf(() => em.follow({ Href: `${BASE}/backups/x?format=Entity`, Type: 'Backup' })).returns.resolves.toEqualTypeOf<Normalized<Schemas['Backup']>>();
    expectTypeOf(() => em.follow({ Href: `${BASE}/logonSessions`, Type: 'LogonSessionList' })).returns.resolves.toEqualTypeOf<Normalized<Schemas['LogonSessions']>>();
  });

  it('a plain { Href }, or a Type only known at run time, gives unknown', () => {
    expectTypeOf(() => em.follow({ Href: `${BASE}/backups` })).returns.resolves.toBeUnknown();
    expectTypeOf(() => em.follow({} as Link)).returns.resolves.toBeUnknown();
  });

  it('findLink() picks a link by Type and keeps the Type, so follow() of it is typed', () => {
    const links: Link[] = [
      { Rel: 'Up', Href: `${BASE}/backups/x`, Type: 'BackupReference' },
      { Rel: 'Alternate', Href: `${BASE}/restorePoints/${RP}?format=Entity`, Type: 'RestorePoint' },
    ];
    const link = findLink(links, 'RestorePoint');
    expect(link).toBe(links[1]);
    expect(findLink(links, 'VmRestorePoint')).toBeUndefined();
    expect(findLink(undefined, 'VmRestorePoint')).toBeUndefined();
    expectTypeOf(() => em.follow(link!)).returns.resolves.toEqualTypeOf<Normalized<Schemas['RestorePoint']>>();
    // @ts-expect-error no link of the spec has this Type
    findLink(links, 'NoSuchType');
  });
});

describe.each(FORMATS)('follow() reads the answer as the link Type says (%s)', (format) => {
  const client = (routes: Record<string, string>) => createEmClient({ baseUrl: BASE, format, sessionId: TOKEN, fetch: answering(routes).fetch });

  it('a RestorePoint link lands on the entity, with its BackupDateUTC', async () => {
    const em = client({ [`/api/restorePoints/${RP}?format=Entity`]: 'RestorePoint' });
    const restorePoint = await em.follow({ Href: `${BASE}/restorePoints/${RP}?format=Entity`, Type: 'RestorePoint' });
    expect(restorePoint.BackupDateUTC).toBe('2019-01-17T17:21:04.333Z');
    expect(restorePoint.Type).toBe('RestorePoint');
  });

  it('a VmRestorePointReferenceList link lands on refs', async () => {
    const em = client({ [`/api/restorePoints/${RP}/vmRestorePoints`]: 'VmRestorePointReferences' });
    const refs = await em.follow({ Href: `${BASE}/restorePoints/${RP}/vmRestorePoints`, Type: 'VmRestorePointReferenceList' });
    expect(refs.Refs.length).toBeGreaterThan(0);
    expect(refs.Refs.every((ref) => ref.Type === 'VmRestorePointReference')).toBe(true);
  });

  it('an answer that is not what the Type says is refused, not returned under the wrong type', async () => {
    // The server ignored format=Entity and answered the reference.
    const em = client({ [`/api/restorePoints/${RP}?format=Entity`]: 'RestorePointReference' });
    await expectEmError(em.follow({ Href: `${BASE}/restorePoints/${RP}?format=Entity`, Type: 'RestorePoint' }), 'invalid-body');
  });

  it('a link without a Type is read by whatever the operation answers', async () => {
    const em = client({ [`/api/restorePoints/${RP}`]: 'RestorePointReference' });
    const value = (await em.follow({ Href: `${BASE}/restorePoints/${RP}` })) as { Type: string };
    expect(value.Type).toBe('RestorePointReference');
  });
});
