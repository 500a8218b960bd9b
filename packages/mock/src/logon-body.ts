// The logon's LogonSession rewritten to name the session the mock opened (sessions mode): its SessionId and every Href to it.
import type { Format } from './negotiate.ts';
import { codec } from './spec.ts';

export function withSessionId(text: string, format: Format, id: string): string {
  const options = { emptyArrays: true };
  const value = (format === 'json' ? codec.decodeJson(text, 'LogonSession', options) : codec.decodeXml(text, 'LogonSession', options)) as {
    SessionId: string;
    Href: string;
    Links: { Href: string }[];
  };
  const old = value.SessionId;
  const rename = (href: string) => (old === '' ? href : href.split(old).join(id));
  const renamed = { ...value, SessionId: id, Href: rename(value.Href), Links: value.Links.map((link) => ({ ...link, Href: rename(link.Href) })) };
  return format === 'json' ? JSON.stringify(renamed) : codec.encodeXml(renamed, 'LogonSession');
}
