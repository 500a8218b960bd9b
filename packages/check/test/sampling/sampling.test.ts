// A collection's links are followed for its first few items only: a large EM is sampled, not walked whole.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/index.ts';
import { logonBody, rootBody, send, serve } from '../support/serve.ts';

const NS = 'http://www.veeam.com/ent/v1.0';
const ids = Array.from({ length: 10 }, (_, i) => `b1b2c3d4-0000-4000-8000-0000000000${String(i).padStart(2, '0')}`);

function backups(format: 'xml' | 'json', base: string): string {
  const refs = ids.map((id, i) => ({ UID: `urn:veeam:Backup:${id}`, Name: `backup ${i}`, Href: `${base}/backups/${id}`, Type: 'BackupReference', Links: [{ Rel: 'Alternate', Href: `${base}/backups/${id}?format=Entity` }] }));
  if (format === 'json') return JSON.stringify({ Refs: refs });
  return `<EntityReferences xmlns="${NS}">${refs.map((r) => `<Ref UID="${r.UID}" Name="${r.Name}" Href="${r.Href}" Type="${r.Type}"><Links><Link Href="${r.Links[0]!.Href}" Rel="Alternate"/></Links></Ref>`).join('')}</EntityReferences>`;
}

async function crawl(sample?: number): Promise<string[]> {
  const em = await serve((req, res, { path, format, base }) => {
    if (path === '/') return send(res, 200, format, rootBody(format, base));
    if (req.method === 'DELETE') return res.writeHead(204).end();
    if (req.method === 'POST') return send(res, 201, format, logonBody(format, base, [`${base}/backups`]), { 'x-restsvcsessionid': 'tok' });
    if (path === '/backups') return send(res, 200, format, backups(format, base));
    res.writeHead(404).end();
  });
  try {
    await runCheck({ url: em.url, user: 'u', password: 'p', ...(sample ? { sample } : {}) });
    return [...new Set(em.requests.map((r) => /\/backups\/([\w-]+)/.exec(r)?.[1]).filter((id): id is string => id !== undefined))];
  } finally {
    await em.close();
  }
}

describe('sampling collections', () => {
  it('follows the links of the first 3 items of a collection by default', async () => {
    expect(await crawl()).toEqual(ids.slice(0, 3));
  });

  it('follows as many as `sample` says', async () => {
    expect(await crawl(5)).toEqual(ids.slice(0, 5));
  });
});
