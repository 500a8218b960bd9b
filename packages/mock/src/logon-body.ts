// The logon's LogonSession rewritten to name the session the mock opened (sessions mode): its SessionId and every Href to it.
import { decodeJson, decodeXml, encodeXml } from '@vbem/client';
import type { Format } from './negotiate.ts';

export async function withSessionId(text: string, format: Format, id: string): Promise<string> {
  const value = (format === 'json' ? decodeJson(text, 'LogonSession') : await decodeXml(text, 'LogonSession')) as {
    SessionId: string;
    Href: string;
    Links: { Href: string }[];
  };
  const old = value.SessionId;
  const rename = (href: string) => (old === '' ? href : href.split(old).join(id));
  const renamed = { ...value, SessionId: id, Href: rename(value.Href), Links: value.Links.map((link) => ({ ...link, Href: rename(link.Href) })) };
  return format === 'json' ? JSON.stringify(renamed) : encodeXml('LogonSession', renamed);
}
