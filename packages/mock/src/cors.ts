// CORS: EM sends none, so neither does the mock unless one origin is named for browser tests (`cors`, --cors, MOCK_CORS).
import type { IncomingHttpHeaders } from 'node:http';

export type CorsHeaders = Record<string, string>;

const METHODS = 'GET, POST, DELETE';
const HEADERS = 'Accept, Authorization, Content-Type, Prefer, X-RestSvcSessionId';

/**
 * Checks a `cors` setting: one origin (`http://localhost:5173`), answered with credentials, or `*`, answered without them
 * (browsers refuse `*` together with credentials, so the mock never sends both).
 */
export function checkCorsOrigin(origin: string): string {
  if (origin === '*') return origin;
  let parsed: URL | undefined;
  try {
    parsed = new URL(origin);
  } catch {
    parsed = undefined;
  }
  if (!parsed || parsed.origin !== origin || !/^https?:$/.test(parsed.protocol)) {
    throw new Error(`cors is ${JSON.stringify(origin)}; expected one origin such as http://localhost:5173 (scheme, host, port; no path) or *.`);
  }
  return origin;
}

/** The CORS headers for a request: none without a configured origin or when the request's `Origin` is not it. */
export function corsHeaders(allowed: string | undefined, headers: IncomingHttpHeaders): CorsHeaders {
  const origin = headers.origin;
  if (allowed === undefined || origin === undefined) return {};
  if (allowed === '*') return { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'X-RestSvcSessionId' };
  if (origin !== allowed) return { vary: 'Origin' };
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'X-RestSvcSessionId',
    vary: 'Origin',
  };
}

/** Whether the request is a CORS preflight (`OPTIONS` with `Origin` and `Access-Control-Request-Method`). */
export const isPreflight = (method: string, headers: IncomingHttpHeaders): boolean =>
  method === 'OPTIONS' && headers.origin !== undefined && headers['access-control-request-method'] !== undefined;

/** The preflight's extra headers, given the headers `corsHeaders` allowed (none: the browser then refuses the call). */
export const preflightHeaders = (allowed: CorsHeaders): CorsHeaders =>
  allowed['access-control-allow-origin'] === undefined
    ? allowed
    : { ...allowed, 'access-control-allow-methods': METHODS, 'access-control-allow-headers': HEADERS, 'access-control-max-age': '600' };

/** Whether a header from Prism is one of its own CORS headers, which the layer never passes on. */
export const isCorsHeader = (name: string): boolean => name.toLowerCase().startsWith('access-control-');
