// An EM query service on node:http, its pages written by hand after the spec's examples (QueryRestorePointRefs,
// QueryVmRestorePointEntities) in both media types: never by the client's own codec. Paging misbehaves on request.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loopback } from '../support/loopback.ts';

/** How the server pages; the defaults are EM's. */
export interface PagesOptions {
  /** Items in the whole result. */
  total: number;
  /** The host EM names itself by in Hrefs (it often differs from the one the client reached it by). */
  publicOrigin?: string;
  /** Answer page 1 whatever page is asked for (its Next link still says page 2). */
  repeatFirstPage?: boolean;
  /** Answer the right PageNum but page 1's items. */
  repeatItems?: boolean;
  /** Past the last page, still link to a next one. */
  nextPastEnd?: boolean;
  /** Answer this status and EM Error message instead of a page. */
  refuse?: { status: number; message: string };
  /** Hold the answer to this page until `release` is called. */
  holdPage?: number;
}

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const xmlAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

interface Page {
  ids: number[];
  pageNum: number;
  pageSize: number;
  pagesCount: number;
  links: { Rel: string; Href: string }[];
}

function refXml(origin: string, n: number): string {
  const id = uuid(n);
  return `
  <Ref UID="urn:veeam:RestorePoint:${id}" Name="Jan 17 2019  5:21PM" Href="${origin}/api/restorePoints/${id}" Type="RestorePointReference">
    <Links>
      <Link Href="${origin}/api/backups/7b6a400c-452c-41d1-bb81-ea682e89492d" Name="Backup Job 1" Type="BackupReference" Rel="Up"/>
      <Link Href="${origin}/api/restorePoints/${id}?format=Entity" Name="Jan 17 2019  5:21PM" Type="RestorePoint" Rel="Alternate"/>
    </Links>
  </Ref>`;
}

function refJson(origin: string, n: number) {
  const id = uuid(n);
  return {
    Links: [
      { Rel: 'Up', Href: `${origin}/api/backups/7b6a400c-452c-41d1-bb81-ea682e89492d`, Name: 'Backup Job 1', Type: 'BackupReference' },
      { Rel: 'Alternate', Href: `${origin}/api/restorePoints/${id}?format=Entity`, Name: 'Jan 17 2019  5:21PM', Type: 'RestorePoint' },
    ],
    UID: `urn:veeam:RestorePoint:${id}`,
    Name: 'Jan 17 2019  5:21PM',
    Href: `${origin}/api/restorePoints/${id}`,
    Type: 'RestorePointReference',
  };
}

const created = (n: number) => new Date(Date.UTC(2019, 0, 17, 17, 21, 4) - n * 3_600_000).toISOString();

function vmXml(origin: string, n: number): string {
  const id = uuid(n);
  return `
    <VmRestorePoint Href="${origin}/api/vmRestorePoints/${id}?format=Entity" Type="VmRestorePoint" Name="winsrv01@2019-01-17 17:21:04" UID="urn:veeam:VmRestorePoint:${id}" VmDisplayName="winsrv01">
      <Links>
        <Link Href="${origin}/api/vmRestorePoints/${id}" Name="winsrv01@2019-01-17 17:21:04" Type="VmRestorePointReference" Rel="Alternate"/>
      </Links>
      <CreationTimeUTC>${created(n)}</CreationTimeUTC>
      <VmName>winsrv01</VmName>
      <Algorithm>Incremental</Algorithm>
      <PointType>Increment</PointType>
      <HierarchyObjRef>urn:VMware:Vm:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.vm-491</HierarchyObjRef>
    </VmRestorePoint>`;
}

function vmJson(origin: string, n: number) {
  const id = uuid(n);
  return {
    VmDisplayName: 'winsrv01',
    CreationTimeUTC: created(n),
    VmName: 'winsrv01',
    Algorithm: 'Incremental',
    PointType: 'Increment',
    HierarchyObjRef: 'urn:VMware:Vm:9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d.vm-491',
    Name: 'winsrv01@2019-01-17 17:21:04',
    UID: `urn:veeam:VmRestorePoint:${id}`,
    Links: [{ Rel: 'Alternate', Href: `${origin}/api/vmRestorePoints/${id}`, Name: 'winsrv01@2019-01-17 17:21:04', Type: 'VmRestorePointReference' }],
    Href: `${origin}/api/vmRestorePoints/${id}?format=Entity`,
    Type: 'VmRestorePoint',
  };
}

function pageXml(origin: string, entities: boolean, page: Page): string {
  const links = page.links.map((l) => `\n      <Link Href="${xmlAttr(l.Href)}" Rel="${l.Rel}"/>`).join('');
  const body = entities
    ? page.ids.length === 0
      ? '\n <Entities/>'
      : `\n <Entities>\n  <VmRestorePoints>${page.ids.map((n) => vmXml(origin, n)).join('')}\n  </VmRestorePoints>\n </Entities>`
    : page.ids.length === 0
      ? '\n <Refs/>'
      : `\n <Refs>${page.ids.map((n) => refXml(origin, n)).join('')}\n </Refs>`;
  return `<?xml version="1.0" encoding="utf-8"?>
<QueryResult xmlns="http://www.veeam.com/ent/v1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}
 <PagingInfo PageNum="${page.pageNum}" PageSize="${page.pageSize}" PagesCount="${page.pagesCount}">
   <Links>${links}
   </Links>
 </PagingInfo>
</QueryResult>`;
}

function pageJson(origin: string, entities: boolean, page: Page): string {
  const none = { Backups: null, RestorePoints: null, VAppRestorePoints: null, BackupServers: null, BackupFiles: null };
  return JSON.stringify({
    Refs: entities ? null : { Refs: page.ids.map((n) => refJson(origin, n)) },
    Entities: entities ? { ...none, VmRestorePoints: { VmRestorePoints: page.ids.map((n) => vmJson(origin, n)) } } : null,
    Links: null,
    PagingInfo: { Links: page.links, PageNum: page.pageNum, PageSize: page.pageSize, PagesCount: page.pagesCount },
  });
}

function errorBody(xml: boolean, status: number, message: string): string {
  return xml
    ? `<?xml version="1.0" encoding="utf-8"?>\n<Error xmlns="http://www.veeam.com/ent/v1.0" xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" Message="${xmlAttr(message)}" StatusCode="${status}" />`
    : JSON.stringify({ FirstChanceExceptionMessage: null, Message: message, StackTrace: null, Status: null, StatusCode: status });
}

/** Starts the server; `requests` lists every request URL (path and query) it received. */
export async function emPages(options: PagesOptions) {
  const requests: string[] = [];
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  const server = await loopback(async (req: IncomingMessage, res: ServerResponse) => {
    requests.push(req.url ?? '');
    const url = new URL(req.url ?? '/', 'http://x');
    const xml = req.headers.accept !== 'application/json';
    const type = xml ? 'application/xml; charset=utf-8' : 'application/json; charset=utf-8';
    if (options.refuse) {
      res.writeHead(options.refuse.status, { 'content-type': type }).end(errorBody(xml, options.refuse.status, options.refuse.message));
      return;
    }
    const entities = url.searchParams.get('format') === 'Entities';
    const pageSize = Number(url.searchParams.get('pageSize') ?? 100);
    const asked = Number(url.searchParams.get('page') ?? 1);
    if (options.holdPage === asked) await held;
    const pageNum = options.repeatFirstPage ? 1 : asked;
    const pagesCount = Math.ceil(options.total / pageSize);
    const from = ((options.repeatItems ? 1 : pageNum) - 1) * pageSize;
    const ids = Array.from({ length: Math.max(0, Math.min(pageSize, options.total - from)) }, (_, i) => from + i + 1);
    const origin = options.publicOrigin ?? 'https://em.example.local:9398';
    const link = (rel: string, page: number) => {
      const params = new URLSearchParams(url.searchParams);
      params.set('page', String(page));
      // EM writes the query as it was asked, percent-encoding what a URL must.
      return { Rel: rel, Href: `${origin}/api/query?${[...params].map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}` };
    };
    const links = [link('First', 1)];
    if (pageNum > 1 && pageNum <= pagesCount) links.push(link('Previous', pageNum - 1));
    if (pageNum < pagesCount || options.nextPastEnd) links.push(link('Next', pageNum + 1));
    links.push(link('Last', Math.max(1, pagesCount)));
    const page: Page = { ids, pageNum, pageSize, pagesCount, links };
    res.writeHead(200, { 'content-type': type }).end(xml ? pageXml(origin, entities, page) : pageJson(origin, entities, page));
  });
  return { ...server, requests, release };
}

export const restorePointUid = (n: number) => `urn:veeam:RestorePoint:${uuid(n)}`;
export const vmRestorePointUid = (n: number) => `urn:veeam:VmRestorePoint:${uuid(n)}`;
