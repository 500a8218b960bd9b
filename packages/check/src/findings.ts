// What the check finds, per operation × media type, with repeats of one difference counted once.

export type Media = 'xml' | 'json' | 'both';

export type Kind =
  /** EM sends what the spec does not describe: an unknown element, attribute or JSON key. */
  | 'spec-gap'
  /** EM leaves out or contradicts what the spec requires: a missing required field or header, a wrong type. */
  | 'spec-wrong'
  /** The XML and the JSON answer for the same resource read as different values. */
  | 'xml-json'
  /** A status the spec does not document for the operation. */
  | 'undocumented-status'
  /** A Content-Type the spec does not document for the answer, or not the one asked for. */
  | 'media-type'
  /** No answer could be checked: network failure, timeout, size limit, a redirect off the API, an error status. */
  | 'unchecked'
  /** What real EM versions do and the spec allows for (README: "Rules"): listed, never a failure. */
  | 'variant';

export const KINDS: readonly Kind[] = ['spec-gap', 'spec-wrong', 'xml-json', 'undocumented-status', 'media-type', 'unchecked', 'variant'];

export const KIND_TITLES: Record<Kind, string> = {
  'spec-gap': 'Spec gap: EM sends what the spec does not describe',
  'spec-wrong': 'Spec wrong: EM leaves out or contradicts what the spec requires',
  'xml-json': 'XML/JSON disagreement',
  'undocumented-status': 'Undocumented status',
  'media-type': 'Undocumented media type',
  unchecked: 'Unchecked: no answer that could be checked',
  variant: 'EM variants the spec allows (not failures)',
};

/** Does a finding of this kind make the check fail? */
export const fails = (kind: Kind): boolean => kind !== 'variant';

export interface Finding {
  operation: string;
  media: Media;
  kind: Kind;
  /** A JSON pointer (`/Refs/0/Name`), an XPath (`/EntityReferences/Ref[1]/@Name`), `header X`, or `` for the whole answer. */
  where: string;
  message: string;
  /** One short, scrubbed sample value. */
  sample?: string;
  /** The first resource (path under the API root) that showed it. */
  resource?: string;
  /** How many answers showed it. */
  count: number;
}

export interface Row {
  operation: string;
  media: Media;
  requests: number;
  passed: number;
}

/** Array positions do not make a difference new: `/Refs/0/Name` and `/Refs/7/Name` are one. */
const generic = (where: string): string => where.replace(/\/\d+(?=\/|$)/g, '/*').replace(/\[\d+\]/g, '[*]');

export class Findings {
  readonly #findings = new Map<string, Finding>();
  readonly #rows = new Map<string, Row>();

  add(finding: Omit<Finding, 'count'>): void {
    const key = [finding.operation, finding.media, finding.kind, generic(finding.where), finding.message].join('\u0000');
    const seen = this.#findings.get(key);
    if (seen) seen.count++;
    else this.#findings.set(key, { ...finding, count: 1 });
  }

  /** One answer (or, for `both`, one comparison) of an operation, and whether it passed. */
  count(operation: string, media: Media, passed: boolean): void {
    const key = `${operation} ${media}`;
    const row = this.#rows.get(key) ?? { operation, media, requests: 0, passed: 0 };
    row.requests++;
    if (passed) row.passed++;
    this.#rows.set(key, row);
  }

  get list(): Finding[] {
    return [...this.#findings.values()];
  }

  get rows(): Row[] {
    const order: Record<Media, number> = { xml: 0, json: 1, both: 2 };
    return [...this.#rows.values()].sort((a, b) => a.operation.localeCompare(b.operation) || order[a.media] - order[b.media]);
  }
}
