// A throwaway node:http server for one test: the handler gets the request, its path under /api, and the media type asked for.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Served {
  url: string;
  requests: string[];
  close(): Promise<void>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, context: { path: string; format: 'xml' | 'json'; base: string }) => void;

export async function serve(handler: Handler): Promise<Served> {
  const requests: string[] = [];
  let base = '';
  const server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    const path = new URL(req.url ?? '/', 'http://x').pathname.replace(/^\/api/, '');
    handler(req, res, { path, format: (req.headers.accept ?? '').includes('json') ? 'json' : 'xml', base });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
  return {
    url: base,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const NS = 'http://www.veeam.com/ent/v1.0';

/** EM's root and a logon session in either media type, linking to `links` (absolute Hrefs). */
export function rootBody(format: 'xml' | 'json', base: string): string {
  const links = [{ Rel: 'Create', Href: `${base}/sessionMngr/?v=latest`, Type: 'LogonSession' }];
  return format === 'json'
    ? JSON.stringify({ Links: links, SupportedVersions: { SupportedVersions: [{ Name: 'v1_7' }] } })
    : `<EnterpriseManager xmlns="${NS}"><Links><Link Href="${links[0]!.Href}" Type="LogonSession" Rel="Create"/></Links><SupportedVersions><SupportedVersion Name="v1_7"/></SupportedVersions></EnterpriseManager>`;
}

export function logonBody(format: 'xml' | 'json', base: string, links: string[]): string {
  const session = '5e0a4c35-6b7e-4a39-9a55-0b0c4e1e7d01';
  const href = `${base}/logonSessions/${session}`;
  return format === 'json'
    ? JSON.stringify({ UserName: 'u', SessionId: session, Links: links.map((Href) => ({ Rel: 'Down', Href })), Href: href, Type: 'LogonSession' })
    : `<LogonSession xmlns="${NS}" Href="${href}" Type="LogonSession"><Links>${links.map((l) => `<Link Href="${l}" Rel="Down"/>`).join('')}</Links><UserName>u</UserName><SessionId>${session}</SessionId></LogonSession>`;
}

export const send = (res: ServerResponse, status: number, format: 'xml' | 'json', body: string, headers: Record<string, string> = {}): void => {
  res.writeHead(status, { 'content-type': `application/${format}; charset=utf-8`, ...headers });
  res.end(body);
};
