// An injected fetch that answers like EM from a handler, recording every request: nothing global is patched.
export interface Seen {
  method: string;
  url: URL;
  headers: Headers;
}

export type Handler = (request: Seen, calls: Seen[]) => Response | Promise<Response>;

export function fakeEm(handler: Handler) {
  const calls: Seen[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const seen = { method: request.method, url: new URL(request.url), headers: request.headers };
    calls.push(seen);
    init?.signal?.throwIfAborted();
    return handler(seen, calls);
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

export const xml = (body: string, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'application/xml; charset=utf-8', ...headers } });

export const json = (body: unknown, status = 200, headers: Record<string, string> = {}): Response =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });

export const BASE = 'https://em.example.com:9398/api';
export const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';
export const TOKEN = 'O9Msj3rq7EGUhtSMBQx+mw==';
