// The request target as the layer checks it: decoded once, dot segments resolved, re-encoded; Prism only ever sees this form.

export interface Target {
  /** The normalised path, every segment percent-encoded the one way, such as `/api/backups/7b6a…/restorePoints`. */
  path: string;
  /** The decoded segments of `path`. */
  segments: string[];
  /** `?` and the query as sent (its escapes checked), or `''`. */
  search: string;
}

export interface TargetError {
  error: string;
}

const ABSOLUTE_FORM = /^[a-z][a-z0-9+.-]*:\/\/[^/?]*/i;
// Longest shown: a message names the bad escape, never echoes an unbounded path.
const shown = (text: string) => (text.length > 24 ? `${text.slice(0, 24)}…` : text);

/** Decodes `text` once; a `%` not followed by two hex digits, or escapes that are not UTF-8, give the reason instead. */
function decode(text: string, where: string): string | TargetError {
  const lone = /%(?![0-9A-Fa-f]{2})/.exec(text);
  if (lone) return { error: `The request ${where} holds an invalid percent-escape (${shown(text.slice(lone.index, lone.index + 3))}); expected % followed by two hex digits.` };
  try {
    return decodeURIComponent(text);
  } catch {
    const escapes = /(?:%[89A-Fa-f][0-9A-Fa-f])+/.exec(text);
    return { error: `The request ${where} holds percent-escapes that are not UTF-8 (${shown(escapes?.[0] ?? text)}); expected UTF-8 bytes written as %XX.` };
  }
}

/** The normalised target of a request line (origin-form or absolute-form), or why it is refused. */
export function parseTarget(raw: string): Target | TargetError {
  if (raw.includes('#')) return { error: 'The request target holds a raw #; a fragment is never sent to a server (write %23 for a literal #).' };
  const target = raw.replace(ABSOLUTE_FORM, '');
  if (!target.startsWith('/')) return { error: `The request target ${shown(target)} is not a path; expected one starting with /.` };
  const mark = target.indexOf('?');
  const rawPath = mark === -1 ? target : target.slice(0, mark);
  const query = mark === -1 ? undefined : target.slice(mark + 1);
  const segments: string[] = [];
  const raws = rawPath.split('/').slice(1);
  for (const [index, part] of raws.entries()) {
    const segment = decode(part, 'path');
    if (typeof segment !== 'string') return segment;
    const last = index === raws.length - 1;
    // RFC 3986 §5.2.4, on decoded segments so that `%2e%2e` is a dot segment too; `..` above the root stays at the root.
    if (segment === '.' || segment === '..') {
      if (segment === '..') segments.pop();
      if (last) segments.push('');
      continue;
    }
    segments.push(segment);
  }
  if (query !== undefined) {
    const checked = decode(query.replace(/\+/g, ' '), 'query');
    if (typeof checked !== 'string') return checked;
  }
  return { path: `/${segments.map(encodeURIComponent).join('/')}`, segments, search: query === undefined ? '' : `?${query}` };
}

export const isTargetError = (value: Target | TargetError): value is TargetError => 'error' in value;
