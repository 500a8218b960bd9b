// Hrefs in answers name the mock itself, so a client can follow them; the spec's examples name https://localhost:9398/api.
import { createEmClient } from '@vbem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteHrefs } from '../../src/hrefs.ts';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';
const hrefsOf = (text: string): string[] => [...text.matchAll(/"?Href"?\s*[=:]\s*"([^"]+)"/g)].map((m) => m[1]!);

describe('rewriteHrefs', () => {
  const base = 'http://127.0.0.1:4010/api';
  it('moves absolute Hrefs under an /api root, in XML attributes and JSON properties, and keeps every other byte', () => {
    const xml = '<Ref Href="https://localhost:9398/api/restorePoints/1?format=Entity&amp;x=1" Name="a"/>\n<Link Href="relative/path"/>';
    expect(rewriteHrefs(Buffer.from(xml), 'application/xml', base).toString()).toBe(
      '<Ref Href="http://127.0.0.1:4010/api/restorePoints/1?format=Entity&amp;x=1" Name="a"/>\n<Link Href="relative/path"/>',
    );
    const json = '{"Href" : "https:\\/\\/localhost:9398\\/api\\/backups\\/1", "Name":"Href"}';
    expect(JSON.parse(rewriteHrefs(Buffer.from(json), 'application/json; charset=utf-8', base).toString())).toEqual({ Href: `${base}/backups/1`, Name: 'Href' });
  });

  it('leaves Hrefs outside an /api root, malformed escapes and other media types alone', () => {
    for (const [body, type] of [
      ['<Link Href="https://example.com/apis/x"/>', 'application/xml'],
      ['{"Href":"https://example.com/other"}', 'application/json'],
      ['{"Href":"\\x"}', 'application/json'],
      ['Href="https://localhost:9398/api/x"', 'text/plain'],
    ] as const) {
      const buffer = Buffer.from(body);
      expect(rewriteHrefs(buffer, type, base)).toBe(buffer);
    }
  });
});

describe('Hrefs of a running mock', () => {
  let mock: Mock;
  let pinned: Mock;
  beforeAll(async () => {
    [mock, pinned] = await Promise.all([startMock(), startMock({ publicUrl: 'https://mock.example.test:9398/api/' })]);
  });
  afterAll(() => Promise.all([mock?.stop(), pinned?.stop()]));

  it.each(['application/xml', 'application/json'])('name the origin the request came to (%s)', async (accept) => {
    const { text } = await send(`${mock.url}/backups/${BACKUP}/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't', accept });
    const localhost = mock.url.replace('127.0.0.1', 'localhost');
    const viaName = await send(`${localhost}/backups/${BACKUP}/restorePoints`, 'GET', { 'X-RestSvcSessionId': 't', accept });
    expect(hrefsOf(text).length).toBeGreaterThan(0);
    for (const href of hrefsOf(text)) expect(href.startsWith(`${mock.url}/`)).toBe(true);
    for (const href of hrefsOf(viaName.text)) expect(href.startsWith(`${localhost}/`)).toBe(true);
  });

  it('name the public URL when one is configured', async () => {
    expect(pinned.url).toBe('https://mock.example.test:9398/api');
    const { text } = await send(`${pinned.listenUrl}/sessionMngr/?v=latest`, 'POST', { authorization: `Basic ${Buffer.from('u:p').toString('base64')}` });
    expect(hrefsOf(text).length).toBeGreaterThan(0);
    for (const href of hrefsOf(text)) expect(href.startsWith('https://mock.example.test:9398/api/')).toBe(true);
  });

  it('are inside the client’s baseUrl, so follow() reaches the linked resource on the mock', async () => {
    const em = createEmClient({ baseUrl: mock.url, format: 'xml', sessionId: 't' });
    const [ref] = await em.listRestorePoints(BACKUP);
    const up = ref!.Links.find((link) => link.Type === 'BackupReference')!;
    expect(new URL(up.Href).origin).toBe(new URL(mock.url).origin);
    const backup = (await em.follow(up)) as { Type: string; Href: string; UID: string };
    expect(backup).toMatchObject({ Type: 'BackupReference', UID: `urn:veeam:Backup:${BACKUP}` });
    expect(backup.Href.startsWith(`${mock.url}/backups/${BACKUP}`)).toBe(true);
  });

  it('rejects a public URL that is not an http(s) API root', async () => {
    await expect(startMock({ publicUrl: 'ftp://x/api' })).rejects.toThrow(/not an http or https URL/);
    await expect(startMock({ publicUrl: 'not a url' })).rejects.toThrow(/is not a URL; expected an API root/);
  });
});
