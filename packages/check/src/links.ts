// The links of an answer the crawl may follow: every `Href` in the value, but only from the first few items of a collection.

export interface Found {
  href: string;
  /** The `Rel` of a `Link`, when the Href is one. */
  rel?: string;
}

/** Hrefs in `value`: of `Links` all, of any other array the first `sample` items only. */
export function linksOf(value: unknown, sample: number): Found[] {
  const found: Found[] = [];
  const walk = (node: unknown, key: string | undefined): void => {
    if (Array.isArray(node)) {
      (key === 'Links' ? node : node.slice(0, sample)).forEach((item) => walk(item, undefined));
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const record = node as Record<string, unknown>;
    if (typeof record['Href'] === 'string') found.push({ href: record['Href'], ...(typeof record['Rel'] === 'string' ? { rel: record['Rel'] } : {}) });
    for (const [childKey, child] of Object.entries(record)) if (typeof child === 'object') walk(child, childKey);
  };
  walk(value, undefined);
  return found;
}
