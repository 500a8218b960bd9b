// A server whose resources link in a ring, back to the root, and to themselves under other spellings: the crawl asks
// for each resource once per media type and ends, far inside its budget.
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/index.ts';
import { logonBody, rootBody, send, serve } from '../support/serve.ts';

const NS = 'http://www.veeam.com/ent/v1.0';
const ids = Array.from({ length: 5 }, (_, i) => `a1b2c3d4-0000-4000-8000-00000000000${i}`);

function server(format: 'xml' | 'json', base: string, index: number, entity: boolean): string {
  const id = ids[index]!;
  const next = ids[(index + 1) % ids.length]!;
  const href = `${base}/backupServers/${id}${entity ? '?format=Entity' : ''}`;
  const links = [
    { Rel: 'Alternate', Href: `${base}/backupServers/${id}${entity ? '' : '?format=Entity'}` },
    { Rel: 'Related', Href: `${base}/backupServers/${next}/` },
    { Rel: 'Up', Href: `${base}/` },
    { Rel: 'Related', Href: href },
  ];
  const attributes = { Href: href, Type: entity ? 'BackupServer' : 'BackupServerReference', Name: `vbr${index}`, UID: `urn:veeam:BackupServer:${id}` };
  if (format === 'json') return JSON.stringify({ ...(entity ? { Port: 9392, Version: '12.1' } : {}), ...attributes, Links: links });
  const xmlLinks = `<Links>${links.map((l) => `<Link Href="${l.Href}" Rel="${l.Rel}"/>`).join('')}</Links>`;
  const attrs = Object.entries(attributes).map(([k, v]) => `${k}="${v}"`).join(' ');
  return entity ? `<BackupServer xmlns="${NS}" ${attrs}>${xmlLinks}<Port>9392</Port><Version>12.1</Version></BackupServer>` : `<EntityRef xmlns="${NS}" ${attrs}>${xmlLinks}</EntityRef>`;
}

describe('a server that links in a cycle', () => {
  it('is crawled once per resource and media type, and the crawl ends', async () => {
    const em = await serve((req, res, { path, format, base }) => {
      if (path === '/') return send(res, 200, format, rootBody(format, base));
      if (req.method === 'DELETE') return res.writeHead(204).end();
      if (req.method === 'POST' || path.startsWith('/logonSessions/')) {
        return send(res, req.method === 'POST' ? 201 : 200, format, logonBody(format, base, [`${base}/backupServers/${ids[0]}`]), { 'x-restsvcsessionid': 'tok' });
      }
      const index = ids.findIndex((id) => path.replace(/\/$/, '') === `/backupServers/${id}`);
      if (index === -1) return res.writeHead(404).end();
      send(res, 200, format, server(format, base, index, (req.url ?? '').includes('format=Entity')));
    });
    try {
      const result = await runCheck({ url: em.url, user: 'u', password: 'p' });
      expect(result.findings).toEqual([]);
      const gets = em.requests.filter((r) => r.startsWith('GET')).map((r) => r.replace(/\/(\?|$)/, '$1'));
      // Root, the session, and 5 servers × 2 representations, each in XML and JSON.
      expect(gets).toHaveLength(2 * (1 + 1 + ids.length * 2));
      expect(new Set(gets).size).toBe(gets.length / 2);
      expect(result.requests).toBe(em.requests.length);
      expect(result.coverage.unvisited).toBe(0);
    } finally {
      await em.close();
    }
  });
});
