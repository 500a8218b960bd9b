// Media negotiation as EM does it: XML unless the client prefers JSON (Prism alone answers JSON to no Accept).
export type Format = 'xml' | 'json';

export const MEDIA_TYPE: Record<Format, string> = { xml: 'application/xml', json: 'application/json' };

interface Range {
  type: string;
  q: number;
  order: number;
}

function parseAccept(header: string): Range[] {
  return header
    .split(',')
    .map((part, order) => {
      const [type = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { type, q: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((range) => range.type !== '' && range.q > 0);
}

const formatOfType = (type: string): Format | undefined =>
  type === 'application/json' || type.endsWith('+json')
    ? 'json'
    : type === 'application/xml' || type === 'text/xml' || type.endsWith('+xml')
      ? 'xml'
      : undefined;

/**
 * The format of the answer for an `Accept` header: the explicitly named format with the highest q wins
 * (the first named on a tie); no header, `*∕*`, `application/*` or only unknown types mean XML, EM's default.
 */
export function negotiate(accept: string | string[] | undefined): Format {
  const header = Array.isArray(accept) ? accept.join(',') : (accept ?? '');
  const named = parseAccept(header)
    .map((range) => ({ ...range, format: formatOfType(range.type) }))
    .filter((range): range is Range & { format: Format } => range.format !== undefined)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  return named[0]?.format ?? 'xml';
}
