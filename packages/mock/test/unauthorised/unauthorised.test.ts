// EM checks the session before anything else of a request: without one, a query Prism could not validate (an unknown
// type, a bad ID or format) answers the spec's 401 example in the negotiated type, never a 400 about its parameters; and
// no answer carries Prism's `sl-violations` header.
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Mock, startMock } from '../../src/index.ts';
import { send } from '../support/http.ts';

const require = createRequire(import.meta.url);
const examples = (require('@vbem/spec/openapi.json') as { components: { examples: Record<string, { value: unknown }> } }).components.examples;
const UNAUTHORIZED = { xml: examples['ErrorUnauthorizedXml']!.value as string, json: examples['ErrorUnauthorizedJson']!.value };
let mock: Mock;

beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.stop());

describe('a request without a session', () => {
  for (const path of ['/query?type=Bogus', '/query?type=RestorePoint&pageSize=0', '/backups/x/restorePoints?format=Bogus', '/restorePoints/%20']) {
    it(`answers the documented 401 to GET ${path}, in both types`, async () => {
      const xml = await send(`${mock.url}${path}`, 'GET', { accept: 'application/xml' });
      expect(xml.status).toBe(401);
      expect(xml.headers['content-type']).toBe('application/xml');
      expect(xml.text).toBe(UNAUTHORIZED.xml);
      const json = await send(`${mock.url}${path}`, 'GET', { accept: 'application/json' });
      expect(json.status).toBe(401);
      expect(json.headers['content-type']).toBe('application/json');
      expect(JSON.parse(json.text)).toEqual(UNAUTHORIZED.json);
    });
  }
});

describe('Prism’s own findings', () => {
  it('never go out as an sl-violations header', async () => {
    const asks: Record<string, string>[] = [{ accept: 'application/xml' }, { accept: 'application/json' }, { accept: 'application/xml', 'x-restsvcsessionid': 't' }];
    for (const headers of asks) {
      const answer = await send(`${mock.url}/backups`, 'GET', headers);
      expect(answer.headers['sl-violations'], JSON.stringify(headers)).toBeUndefined();
    }
  });
});
