// An Enterprise Manager emulator on node:http with hand-written bodies in both media types, written from the spec's
// schemas and EM's documented payloads, that plants exactly one difference of each kind (PLANTED) and is otherwise
// right. It counts what the checker sends: requests, methods, headers, and how many were in flight at once.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo } from 'node:net';

export const NS = 'http://www.veeam.com/ent/v1.0';
export const TOKEN = 'Qm9ndXNUb2tlbjEyMzQ1Ng==';
export const SESSION = '5e0a4c35-6b7e-4a39-9a55-0b0c4e1e7d01';
export const SERVER = 'a1b2c3d4-0000-4000-8000-000000000001';
export const BACKUP_1 = 'b1b2c3d4-0000-4000-8000-000000000001';
export const BACKUP_2 = 'b1b2c3d4-0000-4000-8000-000000000002';
export const ELSEWHERE = 'http://login.elsewhere.invalid:8443';

/** What the report must list, each exactly once: operation, media type, kind, where. */
export const PLANTED = [
  { kind: 'spec-gap', operation: 'GET /backups/{ID}', media: 'xml', where: '/Backup/Retention' },
  { kind: 'spec-wrong', operation: 'GET /backupServers', media: 'xml', where: '/EntityReferences/Ref[1]/@Name' },
  { kind: 'spec-wrong', operation: 'GET /backupServers/{ID}', media: 'json', where: '/Port' },
  { kind: 'variant', operation: 'GET /backups/{ID}/restorePoints', media: 'json', where: '/Refs' },
  { kind: 'variant', operation: 'GET /logonSessions/{ID}', media: 'json', where: '' },
  { kind: 'xml-json', operation: 'GET /backups/{ID}', media: 'both', where: '/Name' },
  { kind: 'undocumented-status', operation: 'GET /backups/{ID}', media: 'xml', where: '' },
  { kind: 'unchecked', operation: 'GET /backups/{ID}/restorePoints', media: 'json', where: '' },
] as const;

export interface Seen {
  method: string;
  url: string;
  accept: string;
  userAgent: string;
  token: string | undefined;
}

export interface Emulator {
  url: string;
  requests: Seen[];
  /** The most requests in flight at one time. */
  maxInFlight: number;
  close(): Promise<void>;
}

type Body = { xml: string; json: string };
type Answer = { status: number; type?: string; body?: string; headers?: Record<string, string> };

const x = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
const link = (href: string, rel: string, type?: string) => ({ Rel: rel, Href: href, ...(type ? { Type: type } : {}) });
type Link = ReturnType<typeof link>;
const xmlLinks = (links: Link[]): string => `<Links>${links.map((l) => `<Link Href="${x(l.Href)}"${l.Type ? ` Type="${l.Type}"` : ''} Rel="${l.Rel}"/>`).join('')}</Links>`;
const doc = (body: string): string => `<?xml version="1.0" encoding="utf-8"?>\n${body}`;

export interface EmulatorOptions {
  /** Milliseconds each answer waits: lets concurrency show. */
  delayMs?: number;
  /** Serve HTTPS with this certificate, as EM does on 9398. */
  tls?: { cert: string; key: string };
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<Emulator> {
  const requests: Seen[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let base = '';

  const session = (): Body => {
    const href = `${base}/logonSessions/${SESSION}`;
    const links = [link(href, 'Delete', 'LogonSession'), link(`${base}/backupServers`, 'Down', 'BackupServerReferenceList'), link(`${base}/backups`, 'Down', 'BackupReferenceList')];
    return {
      xml: `<LogonSession xmlns="${NS}" Href="${href}" Type="LogonSession">${xmlLinks(links)}<UserName>DOMAIN\\svc</UserName><SessionId>${SESSION}</SessionId></LogonSession>`,
      json: JSON.stringify({ UserName: 'DOMAIN\\svc', SessionId: SESSION, Links: links, Href: href, Type: 'LogonSession' }),
    };
  };

  const ref = (type: string, id: string, name: string, links: Link[]) => ({
    UID: `urn:veeam:${type}:${id}`,
    Name: name,
    Href: `${base}/${type === 'BackupServer' ? 'backupServers' : 'backups'}/${id}`,
    Type: `${type}Reference`,
    Links: links,
  });
  const xmlRef = (element: string, r: ReturnType<typeof ref>, omitName = false): string =>
    `<${element}${element === 'EntityRef' ? ` xmlns="${NS}"` : ''} UID="${r.UID}"${omitName ? '' : ` Name="${x(r.Name)}"`} Href="${r.Href}" Type="${r.Type}">${xmlLinks(r.Links)}</${element}>`;

  const serverRef = () => ref('BackupServer', SERVER, 'vbr01', [link(`${base}/backupServers/${SERVER}?format=Entity`, 'Alternate', 'BackupServer'), link(`${base}/`, 'Up', 'EnterpriseManager')]);
  const backupRef = (id: string, name: string) =>
    ref('Backup', id, name, [
      link(`${base}/backups/${id}?format=Entity`, 'Alternate', 'Backup'),
      link(`${base}/backups/${id}/restorePoints`, 'Down', 'RestorePointReferenceList'),
      // The same collection spelled with a trailing slash: one resource, visited once.
      link(`${base}/backups/`, 'Up', 'BackupReferenceList'),
    ]);

  // Path (after /api) and format → the answer; PLANTED differences are marked.
  function route(path: string, query: URLSearchParams, format: 'xml' | 'json'): Answer | undefined {
    const entity = query.get('format') === 'Entity';
    const ok = (body: Body): Answer => ({ status: 200, type: `application/${format}; charset=utf-8`, body: format === 'xml' ? doc(body.xml) : body.json });
    if (path === '/' || path === '') {
      const links = [link(`${base}/logonSessions`, 'Down', 'LogonSessionList'), link(`${base}/sessionMngr/?v=latest`, 'Create', 'LogonSession')];
      return ok({
        xml: `<EnterpriseManager xmlns="${NS}">${xmlLinks(links)}<SupportedVersions><SupportedVersion Name="v1_7"/></SupportedVersions></EnterpriseManager>`,
        json: JSON.stringify({ Links: links, SupportedVersions: { SupportedVersions: [{ Name: 'v1_7' }] } }),
      });
    }
    if (path === '/logonSessions') {
      const s = session();
      return ok({ xml: `<LogonSessions xmlns="${NS}">${s.xml.replace(` xmlns="${NS}"`, '')}</LogonSessions>`, json: `{"LogonSessions":[${s.json}]}` });
    }
    if (path === `/logonSessions/${SESSION}`) {
      const answer = ok(session());
      // PLANTED: a UTF-8 BOM before the JSON.
      if (format === 'json') answer.body = `\uFEFF${answer.body}`;
      return answer;
    }
    if (path === '/backupServers') {
      const r = serverRef();
      // PLANTED: the XML ref lacks its required Name attribute.
      return ok({ xml: `<EntityReferences xmlns="${NS}">${xmlRef('Ref', r, true)}</EntityReferences>`, json: JSON.stringify({ Refs: [r] }) });
    }
    if (path === `/backupServers/${SERVER}` && !entity) {
      const r = serverRef();
      return ok({ xml: xmlRef('EntityRef', r), json: JSON.stringify(r) });
    }
    if (path === `/backupServers/${SERVER}` && entity) {
      const href = `${base}/backupServers/${SERVER}?format=Entity`;
      const links = [link(`${base}/backupServers/${SERVER}`, 'Alternate', 'BackupServerReference')];
      const uid = `urn:veeam:BackupServer:${SERVER}`;
      return ok({
        xml: `<BackupServer xmlns="${NS}" Href="${href}" Type="BackupServer" Name="vbr01" UID="${uid}">${xmlLinks(links)}<Description>Main site</Description><Port>9392</Port><Version>12.1.2.172</Version></BackupServer>`,
        // PLANTED: Port as a string, where the spec says integer.
        json: JSON.stringify({ Description: 'Main site', Port: '9392', Version: '12.1.2.172', Name: 'vbr01', UID: uid, Links: links, Href: href, Type: 'BackupServer' }),
      });
    }
    if (path === '/backups') {
      const refs = [backupRef(BACKUP_1, 'Daily'), backupRef(BACKUP_2, 'Weekly')];
      return ok({ xml: `<EntityReferences xmlns="${NS}">${refs.map((r) => xmlRef('Ref', r)).join('')}</EntityReferences>`, json: JSON.stringify({ Refs: refs }) });
    }
    for (const [id, name] of [
      [BACKUP_1, 'Daily'],
      [BACKUP_2, 'Weekly'],
    ] as const) {
      if (path === `/backups/${id}` && !entity) {
        const r = backupRef(id, name);
        // PLANTED: the second backup's JSON name disagrees with its XML name.
        return ok({ xml: xmlRef('EntityRef', r), json: JSON.stringify(id === BACKUP_2 ? { ...r, Name: 'Weekly (copy)' } : r) });
      }
      if (path === `/backups/${id}` && entity) {
        // PLANTED: an undocumented status for the second backup's entity in XML.
        if (id === BACKUP_2 && format === 'xml') {
          return { status: 409, type: 'application/xml; charset=utf-8', body: doc(`<Error xmlns="${NS}" Message="The backup is being modified." StatusCode="409"/>`) };
        }
        const href = `${base}/backups/${id}?format=Entity`;
        const links = [link(`${base}/backups/${id}`, 'Alternate', 'BackupReference'), link(`${base}/backups/${BACKUP_1}`, 'Related', 'BackupReference')];
        const uid = `urn:veeam:Backup:${id}`;
        return ok({
          // PLANTED: an element the spec does not describe, in the first backup's XML.
          xml: `<Backup xmlns="${NS}" Href="${href}" Type="Backup" Name="${name}" UID="${uid}">${xmlLinks(links)}<Platform>VMware</Platform>${id === BACKUP_1 ? '<Retention>14</Retention>' : ''}</Backup>`,
          json: JSON.stringify({ Platform: 'VMware', Name: name, UID: uid, Links: links, Href: href, Type: 'Backup' }),
        });
      }
      if (path === `/backups/${id}/restorePoints`) {
        // PLANTED: a redirect to another origin, for the second backup's restore points in JSON.
        if (id === BACKUP_2 && format === 'json') return { status: 302, headers: { location: `${ELSEWHERE}/api/backups/${id}/restorePoints` } };
        // PLANTED: the first backup's empty collection is null in JSON (XML: no Ref).
        return ok({ xml: `<EntityReferences xmlns="${NS}"/>`, json: id === BACKUP_1 ? '{"Refs":null}' : '{"Refs":[]}' });
      }
    }
    return undefined;
  }

  const error = (status: number, message: string, format: 'xml' | 'json'): Answer =>
    format === 'xml'
      ? { status, type: 'application/xml; charset=utf-8', body: doc(`<Error xmlns="${NS}" Message="${message}" StatusCode="${status}"/>`) }
      : { status, type: 'application/json; charset=utf-8', body: JSON.stringify({ FirstChanceExceptionMessage: null, Message: message, StackTrace: null, Status: null, StatusCode: status }) };

  function answer(req: IncomingMessage): Answer {
    const url = new URL(req.url ?? '/', base);
    const format = (req.headers.accept ?? '').includes('json') ? 'json' : 'xml';
    if (!url.pathname.startsWith('/api')) return error(404, 'Not found.', format);
    const path = url.pathname.slice('/api'.length);
    if (req.method === 'POST' && path === '/sessionMngr/') {
      if (req.headers.authorization !== `Basic ${Buffer.from('DOMAIN\\svc:Pa55-word-Xyzzy').toString('base64')}`) return error(401, 'Logon failed.', format);
      const s = session();
      return { status: 201, type: `application/${format}; charset=utf-8`, body: format === 'xml' ? doc(s.xml) : s.json, headers: { 'x-restsvcsessionid': TOKEN } };
    }
    if (req.method === 'DELETE' && path === `/logonSessions/${SESSION}`) return { status: 204 };
    if (req.method !== 'GET') return error(405, 'Method not allowed.', format);
    if (path !== '/' && path !== '' && req.headers['x-restsvcsessionid'] !== TOKEN) return error(401, 'No session.', format);
    return route(path.replace(/(.)\/+$/, '$1'), url.searchParams, format) ?? error(404, 'Not found.', format);
  }

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    requests.push({
      method: req.method ?? '',
      url: req.url ?? '',
      accept: req.headers.accept ?? '',
      userAgent: req.headers['user-agent'] ?? '',
      token: req.headers['x-restsvcsessionid'] as string | undefined,
    });
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    req.resume();
    setTimeout(() => {
      const a = answer(req);
      res.writeHead(a.status, { ...(a.type ? { 'content-type': a.type } : {}), ...(a.headers ?? {}) });
      res.end(a.body ?? '');
      inFlight--;
    }, options.delayMs ?? 0);
  };
  const server: Server = options.tls ? createTlsServer(options.tls, handler) : createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `${options.tls ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return {
    url: base,
    requests,
    get maxInFlight() {
      return maxInFlight;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const USER = 'DOMAIN\\svc';
export const PASSWORD = 'Pa55-word-Xyzzy';
