// Client ⇄ live mock: every link of every example of the spec (both media types) is followed with the client, in both
// formats, and lands on a documented answer of the type the link names.
import { createEmClient, decodeJson, linkTargets } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operationOf, servedAt } from '../mock/support/expected.ts';
import { resolve, spec } from '../support/spec.ts';

interface FoundLink {
  Rel: string;
  Href: string;
  Type?: string;
}

const unescapeXml = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name]!);

/** The links of an example: `<Link …/>` elements of an XML one (read by pattern, not by the client), objects with Rel and Href of a JSON one. */
function linksIn(value: unknown): FoundLink[] {
  if (typeof value === 'string') {
    return [...value.matchAll(/<Link\b([^>]*?)\/?>/g)].map(([, attributes]) => {
      const attribute = Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map(([, name, text]) => [name!, unescapeXml(text!)]));
      return { Rel: attribute['Rel']!, Href: attribute['Href']!, ...(attribute['Type'] ? { Type: attribute['Type'] } : {}) };
    });
  }
  if (Array.isArray(value)) return value.flatMap(linksIn);
  if (typeof value !== 'object' || value === null) return [];
  const { Rel, Href, Type } = value as Record<string, unknown>;
  const own = typeof Rel === 'string' && typeof Href === 'string' ? [{ Rel, Href, ...(typeof Type === 'string' ? { Type } : {}) }] : [];
  return [...own, ...Object.values(value).flatMap(linksIn)];
}

const examples = Object.entries(spec.components.examples);
const found = examples.flatMap(([name, example]) => linksIn(example.value).map((link) => ({ ...link, example: name })));
// One case per distinct Href and Type.
const unique = [...new Map(found.map((link) => [`${link.Type ?? ''} ${link.Href}`, link])).values()];
const served = (link: FoundLink): boolean => {
  try {
    operationOf('GET', new URL(link.Href).pathname);
    return true;
  } catch {
    return false;
  }
};
const followable = unique.filter(served);

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

/** What the mock may answer for the link: each documented 200 example of the operation that reads as the link's Type says (decoded as the client decodes it). */
function documented(link: FoundLink, target: string | undefined): unknown[] {
  const operation = operationOf('GET', new URL(link.Href).pathname);
  const content = resolve(spec.paths[operation.path]!['get']!.responses['200']!).content!['application/json']!;
  return Object.values(content.examples ?? {}).flatMap((example) => {
    try {
      return [servedAt(decodeJson(JSON.stringify(resolve<{ value: unknown }>(example).value), target ?? operation.responses['200']!), mock.url)];
    } catch {
      return [];
    }
  });
}

describe('the links of the spec examples', () => {
  it('are found in both media types, XML and JSON alike', () => {
    const byMedia = (suffix: string) => new Set(found.filter((l) => l.example.endsWith(suffix)).map((l) => `${l.Type} ${l.Href.replaceAll('&amp;', '&')}`));
    expect(found.length).toBeGreaterThan(100);
    expect([...byMedia('Xml')].sort()).toEqual([...byMedia('Json')].sort());
  });

  it('are all followable with GET, except the logon links (Rel Create: a POST)', () => {
    const notServed = unique.filter((link) => !served(link));
    expect(notServed.map((link) => link.Rel)).toEqual(notServed.map(() => 'Create'));
  });

  it('name every Type the client is typed by, and the client knows every Type they name', () => {
    const types = new Set(followable.flatMap((link) => (link.Type ? [link.Type] : [])));
    expect([...types].sort()).toEqual(Object.keys(linkTargets).sort());
  });
});

describe.each(['xml', 'json'] as const)('follow() of every link against the live mock (%s)', (format) => {
  it.each(followable.map((link) => [`${link.Rel} ${link.Type ?? '(no Type)'} ${link.Href.replace('https://localhost:9398/api', '')}`, link] as const))('%s', async (_, link) => {
    const em = createEmClient({ baseUrl: mock.url, format, sessionId: 'mock-session' });
    const href = servedAt(link.Href, mock.url);
    const value = await em.follow({ Href: href, ...(link.Type ? { Type: link.Type } : {}) });
    const target = link.Type ? (linkTargets as Record<string, string>)[link.Type] : undefined;
    expect(documented(link, target)).toContainEqual(value);
    const named = (value as { Type?: unknown }).Type;
    // An entity or reference says its own Type: the one the link named.
    if (link.Type && typeof named === 'string') expect(named).toBe(link.Type);
  });
});
