import { describe, expect, it } from 'vitest';
import { findOperation } from '../../src/operations.ts';
import { codec } from '../../src/spec.ts';
import { transcode } from '../../src/transcode.ts';

const list = findOperation('GET', '/backups/b/restorePoints')!;
const logoff = findOperation('DELETE', '/logonSessions/s')!;
const refs = {
  Refs: [{ UID: 'urn:veeam:RestorePoint:1', Name: 'Jan 17 2019  5:21PM', Href: 'https://em/api/restorePoints/1', Type: 'RestorePointReference', Links: null }],
  Surplus: 1,
};
const json = (value: unknown) => ({ contentType: 'application/json', text: JSON.stringify(value) });

describe('transcode: Prism’s body in the negotiated media type', () => {
  it('passes static bodies in the negotiated type through verbatim', async () => {
    const xml = { contentType: 'application/xml', text: '<?xml version="1.0"?><EntityReferences xmlns:xsd="x"/>' };
    expect(await transcode(list, 200, xml, 'xml', false)).toBeUndefined();
    expect(await transcode(list, 200, json(refs), 'json', false)).toBeUndefined();
  });

  it('encodes generated JSON as XML with the spec’s element names, not Prism’s <xml> wrapper', async () => {
    const body = (await transcode(list, 200, json(refs), 'xml', true))!;
    expect(body.contentType).toBe('application/xml');
    expect(body.text).toMatch(/^<\?xml version="1\.0" encoding="utf-8"\?>\n<EntityReferences xmlns="http:\/\/www\.veeam\.com\/ent\/v1\.0">/);
    expect(body.text).toContain('<Ref UID="urn:veeam:RestorePoint:1" Name="Jan 17 2019  5:21PM"');
    expect(codec.decodeXml(body.text, 'EntityReferences', { emptyArrays: true })).toEqual(codec.decodeJson(JSON.stringify(refs), 'EntityReferences', { emptyArrays: true }));
  });

  it('drops what the spec does not define from generated JSON', async () => {
    const body = (await transcode(list, 200, json(refs), 'json', true))!;
    expect(JSON.parse(body.text)).toEqual(codec.decodeJson(JSON.stringify(refs), 'EntityReferences', { emptyArrays: true }));
    expect(body.text).not.toContain('Surplus');
  });

  it('gives a generated Error the StatusCode of its answer, as EM does', async () => {
    const body = (await transcode(list, 404, json({ Message: 'lorem', StatusCode: 123 }), 'xml', true))!;
    expect(body.text).toContain('StatusCode="404"');
  });

  it('re-encodes an answer Prism gave in the other media type (its validation errors come in the first listed)', async () => {
    const xml = { contentType: 'application/xml', text: '<Error xmlns="http://www.veeam.com/ent/v1.0" Message="Node [root] does not exist." StatusCode="400"/>' };
    const body = (await transcode(list, 400, xml, 'json', false))!;
    expect(body.contentType).toBe('application/json');
    // Nullable values absent from the XML read as null, as EM's own JSON sends them.
    expect(JSON.parse(body.text)).toEqual({ Message: 'Node [root] does not exist.', StatusCode: 400, Status: null, FirstChanceExceptionMessage: null, StackTrace: null });
  });

  it('leaves alone what it cannot faithfully re-encode', async () => {
    const problem = { contentType: 'application/problem+json', text: '{"title":"Route not resolved"}' };
    expect(await transcode(list, 404, problem, 'xml', false)).toBeUndefined();
    expect(await transcode(list, 400, { contentType: 'application/xml', text: '<xml><Message>x</Message></xml>' }, 'json', true)).toBeUndefined();
    expect(await transcode(logoff, 204, { contentType: undefined, text: '' }, 'xml', true)).toBeUndefined();
    expect(await transcode(undefined, 200, json(refs), 'xml', true)).toBeUndefined();
  });
});
