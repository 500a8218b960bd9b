// EM's session cookie: logon sets `X-RestSvcSessionId` as a cookie too (path /api), and a request that carries only the
// cookie is taken as if it sent the header.
import type { IncomingHttpHeaders } from 'node:http';
import { sessionHeader, sessionHeaderSpelled } from './operations.ts';

/** Copies the session cookie's token into the session header, when the request has the cookie and not the header. */
export function adoptCookie(headers: IncomingHttpHeaders): void {
  if (sessionHeader === undefined || sessionHeaderSpelled === undefined || headers[sessionHeader] !== undefined) return;
  for (const pair of String(headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at).trim() === sessionHeaderSpelled) {
      headers[sessionHeader] = decodeURIComponent(pair.slice(at + 1).trim());
      return;
    }
  }
}

/** The cookie a logon answer sets for its token, or undefined when the spec has no session header. */
export const sessionCookie = (token: string): string | undefined =>
  sessionHeaderSpelled === undefined ? undefined : `${sessionHeaderSpelled}=${encodeURIComponent(token)}; Path=/api; HttpOnly`;
