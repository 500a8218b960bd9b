// Hrefs in answers point at the mock itself (its public URL, or the origin the request came to), so clients can follow them.
import type { IncomingMessage } from 'node:http';
import { API_PREFIX } from './operations.ts';

// Host header as RFC 9110 allows it (name or IP literal, optional port): anything else is not echoed into bodies.
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;
const XML_HREF = /(\bHref=")([^"]*)(")/g;
const JSON_HREF = /("Href"\s*:\s*")((?:[^"\\]|\\.)*)(")/g;

/** The API root Hrefs should name: the configured public URL, else the request's own origin, else where the mock listens. */
export function hrefBase(req: IncomingMessage, publicUrl: string | undefined): string {
  if (publicUrl !== undefined) return publicUrl;
  const host = req.headers.host;
  if (host !== undefined && HOST.test(host)) return `http://${host}${API_PREFIX}`;
  const address = req.socket.localAddress ?? '127.0.0.1';
  return `http://${address.includes(':') ? `[${address}]` : address}:${req.socket.localPort}${API_PREFIX}`;
}

/** An absolute Href under an `/api` root (EM's, such as `https://localhost:9398/api/backups/…`) moved under `base`. */
function moved(href: string, base: string): string {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return href; // Relative or generated text: it names no server, so there is nothing to move.
  }
  const rest = url.href.slice(url.origin.length);
  if (rest !== API_PREFIX && !rest.startsWith(`${API_PREFIX}/`) && !rest.startsWith(`${API_PREFIX}?`)) return href;
  return `${base}${rest.slice(API_PREFIX.length)}`;
}

/** The body with every `Href` (XML attribute or JSON property) under `base`; other bytes are kept as they are. */
export function rewriteHrefs(body: Buffer, contentType: string | string[] | undefined, base: string): Buffer {
  const essence = String(contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!essence.endsWith('xml') && !essence.endsWith('json')) return body;
  const text = body.toString('utf8');
  const rewritten = rewriteText(text, essence, base);
  return rewritten === text ? body : Buffer.from(rewritten, 'utf8');
}

function rewriteText(body: string, essence: string, base: string): string {
  if (essence.endsWith('xml')) {
    return body.replace(XML_HREF, (match: string, open: string, href: string, close: string) => {
      const target = moved(unescapeXml(href), base);
      return target === unescapeXml(href) ? match : `${open}${escapeXml(target)}${close}`;
    });
  }
  return body.replace(JSON_HREF, (match: string, open: string, href: string, close: string) => {
    const value = jsonString(href);
    const target = value === undefined ? undefined : moved(value, base);
    return target === undefined || target === value ? match : `${open}${JSON.stringify(target).slice(1, -1)}${close}`;
  });
}

/** A JSON string's content unescaped, or undefined when its escapes are not JSON's (left as they are). */
function jsonString(escaped: string): string | undefined {
  try {
    return JSON.parse(`"${escaped}"`) as string;
  } catch {
    return undefined;
  }
}

const XML_ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };
const unescapeXml = (text: string): string => text.replace(/&(?:amp|lt|gt|quot|apos);/g, (entity) => XML_ENTITIES[entity]!);
const escapeXml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
