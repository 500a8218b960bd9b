// Small ways for a behaviour to answer.
import type { ServerResponse } from 'node:http';

export const XML = 'application/xml; charset=utf-8';
export const JSON_TYPE = 'application/json; charset=utf-8';

export function send(res: ServerResponse, status: number, contentType: string | undefined, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(status, { ...(contentType ? { 'content-type': contentType } : {}), ...headers });
  res.end(body);
}
