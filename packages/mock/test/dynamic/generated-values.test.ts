// Dynamic mode (links issue): generated collections are not empty, UIDs are `urn:veeam:<Type>:<uuid>` (clients split
// them), and Hrefs name the mock and a resource the spec documents, so they can be followed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generationView } from '../../src/generation-view.ts';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const SESSION = { 'x-restsvcsessionid': 't', accept: 'application/json' };
const LISTS = ['/backups', '/backups/7b6a400c-452c-41d1-bb81-ea682e89492d/restorePoints', '/restorePoints/ec940768-5428-41af-b9b6-afad2aefe9d6/vmRestorePoints'];
const UID = /^urn:veeam:[A-Za-z]+:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0, dynamic: true });
});
afterAll(() => mock?.stop());

type Ref = { UID: string; Href: string; Links?: { Href: string }[] };

/** The collection's items: its refs, or the entities of the other form of a oneOf that Prism may generate. */
const itemsOf = (text: string): Ref[] => Object.values(JSON.parse(text) as Record<string, unknown>).find(Array.isArray) as Ref[];

describe('generated bodies', () => {
  it('hold non-empty collections of refs whose UIDs and Hrefs are EM’s, over 12 seeds', async () => {
    for (const path of LISTS) {
      for (let seed = 1; seed <= 12; seed++) {
        const answer = await send(`${mock.url}${path}`, 'GET', { ...SESSION, prefer: `seed=${seed}` });
        const items = itemsOf(answer.text);
        expect(items?.length, `${path} seed ${seed}`).toBeGreaterThan(0);
        for (const ref of items) {
          expect(ref.UID).toMatch(UID);
          for (const href of [ref.Href, ...(ref.Links ?? []).map((link) => link.Href)]) {
            expect(href.startsWith(`${mock.url}/`), href).toBe(true);
            // A documented resource: following it answers 200, whatever ID was generated.
            expect(href.slice(mock.url.length)).toMatch(/^\/\w+\/[0-9a-fA-F-]{36}$/);
          }
        }
      }
    }
  });

  it('follow to documented resources', async () => {
    const items = itemsOf((await send(`${mock.url}/backups`, 'GET', { ...SESSION, prefer: 'seed=3' })).text);
    expect((await send(items[0]!.Href, 'GET', SESSION)).status).toBe(200);
  });
});

describe('the view Prism generates from', () => {
  it('keeps the spec’s examples and paths, and narrows only nullable lists, Hrefs and loose UIDs', () => {
    const view = generationView() as { paths: unknown; components: { examples: unknown; schemas: Record<string, { properties: Record<string, Record<string, unknown>> }> } };
    const refs = view.components.schemas['EntityReferences']!.properties['Refs']!;
    expect(refs['type']).toBe('array');
    expect(refs['minItems']).toBe(1);
    expect(view.components.schemas['Link']!.properties['Href']!['pattern']).toMatch(/^\^https:\/\/localhost:9398\/api\/\(\?:.*backups.*\)/);
    expect(view.components.schemas['RestorePoint']!.properties['UID']!['pattern']).toBe('^urn:veeam:RestorePoint:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$');
  });
});
