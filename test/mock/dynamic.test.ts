// Dynamic mode: generated bodies read the same in XML and JSON, validate against the spec, and XML is EM's, not Prism's <xml>.
import { decodeJson, decodeXml } from '@vbem/client';
import { type Mock, startMock } from '@vbem/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ajv, validatorFor } from '../support/ajv.ts';
import { spec } from '../support/spec.ts';
import { exampleParams, operationOf, schemaOf } from './support/expected.ts';
import { send } from './support/raw-http.ts';

const BACKUP = '7b6a400c-452c-41d1-bb81-ea682e89492d';
const SESSION = { 'X-RestSvcSessionId': 'token' };
const BASIC = { Authorization: `Basic ${Buffer.from('user:password').toString('base64')}` };
const SEEDS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Requests that generate a body: each operation's success, a 404 asked for, and a 401 for a missing session. */
const requests = [
  { title: 'list restore points 200', method: 'GET', path: `/backups/${BACKUP}/restorePoints`, headers: SESSION, prefer: '' },
  { title: 'list restore points 404', method: 'GET', path: `/backups/${BACKUP}/restorePoints`, headers: SESSION, prefer: 'code=404' },
  { title: 'list restore points 401', method: 'GET', path: `/backups/${BACKUP}/restorePoints`, headers: {}, prefer: '' },
  { title: 'logon 201', method: 'POST', path: `/sessionMngr/?v=${exampleParams(operationOf('POST', '/sessionMngr/'), { optional: true }).query['v']}`, headers: BASIC, prefer: '' },
];

let mock: Mock;
beforeAll(async () => {
  mock = await startMock({ port: 0, dynamic: true });
});
afterAll(() => mock?.stop());

async function both(request: (typeof requests)[number], seed?: number) {
  const prefer = [request.prefer, seed === undefined ? '' : `seed=${seed}`].filter(Boolean).join(', ');
  const ask = (accept: string) =>
    send(`${mock.url}${request.path}`, request.method, { ...request.headers, Accept: accept, ...(prefer ? { Prefer: prefer } : {}) });
  const [xml, json] = await Promise.all([ask('application/xml'), ask('application/json')]);
  expect(xml.status).toBe(json.status);
  const schema = schemaOf(operationOf(request.method, request.path), xml.status)!;
  expect(xml.headers['content-type'], xml.text).toBe('application/xml');
  expect(json.headers['content-type'], json.text).toBe('application/json');
  return { schema, xml, json, fromXml: await decodeXml(xml.text, schema), fromJson: decodeJson(json.text, schema) };
}

describe.each(requests)('dynamic $title', (request) => {
  it('is XML with the spec’s root element, not Prism’s <xml> wrapper', async () => {
    const { schema, xml } = await both(request);
    const root = (spec.components as unknown as { schemas: Record<string, { xml: { name: string; namespace?: string } }> }).schemas[schema]!.xml;
    expect(xml.text.startsWith(`<?xml version="1.0" encoding="utf-8"?>\n<${root.name} xmlns="${root.namespace}"`), xml.text).toBe(true);
    expect(xml.text).not.toMatch(/<\/?xml>/);
  });

  it('decodes from XML and from JSON to values the spec’s schema accepts', async () => {
    const { schema, fromXml, fromJson } = await both(request);
    const validate = validatorFor(`#/components/schemas/${schema}`);
    expect(validate(fromXml), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(fromJson), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('decodes to the same value in XML and JSON for the same seed', async () => {
    const pairs = await Promise.all(SEEDS.map((seed) => both(request, seed)));
    for (const { fromXml, fromJson } of pairs) expect(fromXml).toEqual(fromJson);
    // The comparison means something only if the seeds generate different values, nested ones included.
    expect(new Set(pairs.map(({ fromJson }) => JSON.stringify(fromJson))).size).toBeGreaterThan(1);
    if (request.title.endsWith('200')) expect(pairs.some(({ fromJson }) => (fromJson as { Refs: { Links: unknown[] }[] }).Refs.some((ref) => ref.Links.length > 0))).toBe(true);
  });
});

describe('dynamic errors', () => {
  it('carry the StatusCode of their answer, as EM’s do', async () => {
    for (const request of requests.filter((r) => r.title.endsWith('401') || r.title.endsWith('404'))) {
      const { xml, fromXml, fromJson } = await both(request, 1);
      expect(fromXml).toMatchObject({ StatusCode: xml.status });
      expect(fromJson).toMatchObject({ StatusCode: xml.status });
    }
  });
});
