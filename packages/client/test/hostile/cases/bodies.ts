import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scratchDir } from '@vbem/test-support/scratch';
import type { HostileCase } from '../case.ts';
import { entityReferences, EXAMPLE_JSON, EXAMPLE_REFS, EXAMPLE_XML, NS, ONE_REF, REF_ATTRIBUTES } from '../payloads.ts';
import { JSON_TYPE, send, XML } from '../respond.ts';

// A local file an external entity would try to read; its content must never show up anywhere.
const secretFile = join(scratchDir('xxe').path, 'secret.txt');
writeFileSync(secretFile, 'TOP-SECRET-FILE-CONTENT');

const json = { format: 'json' } as const;

export const bodies: HostileCase[] = [
  {
    id: 'truncated-xml',
    group: 'bodies',
    server: '200 with the XML example cut in the middle of an element',
    client: 'rejects the body; nothing half-parsed is returned',
    serve: (_, res) => send(res, 200, XML, EXAMPLE_XML.slice(0, EXAMPLE_XML.indexOf('<Link ') + 30)),
    outcome: { kind: 'invalid-body', status: 200, message: /Invalid XML body/ },
  },
  {
    id: 'truncated-json',
    group: 'bodies',
    server: '200 with the JSON example cut in half',
    client: 'rejects the body',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, EXAMPLE_JSON.slice(0, EXAMPLE_JSON.length / 2)),
    outcome: { kind: 'invalid-body', status: 200, message: /Invalid JSON body/ },
  },
  {
    id: 'malformed-xml',
    group: 'bodies',
    server: '200 with mismatched XML tags',
    client: 'rejects the body',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<Ref ${REF_ATTRIBUTES}></Links></Ref>`)),
    outcome: { kind: 'invalid-body', status: 200, message: /Invalid XML body/ },
  },
  {
    id: 'malformed-json',
    group: 'bodies',
    server: '200 with JSON that has a trailing comma',
    client: 'rejects the body',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, '{"Refs":[],}'),
    outcome: { kind: 'invalid-body', status: 200, message: /Invalid JSON body/ },
  },
  {
    id: 'empty-200-xml',
    group: 'bodies',
    server: '200 with an empty body (XML content type)',
    client: 'rejects it: a 200 must carry the collection',
    serve: (_, res) => send(res, 200, XML, ''),
    outcome: { kind: 'invalid-body', status: 200, message: /empty body/ },
  },
  {
    id: 'empty-200-json',
    group: 'bodies',
    server: '200 with an empty body (JSON content type)',
    client: 'rejects it',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, ''),
    outcome: { kind: 'invalid-body', status: 200, message: /empty body/ },
  },
  {
    id: 'second-root',
    group: 'bodies',
    server: '200 with a second root element after `</EntityReferences>`',
    client: 'rejects the document instead of dropping the rest',
    serve: (_, res) => send(res, 200, XML, `${EXAMPLE_XML}<EntityReferences xmlns="${NS}"/>`),
    outcome: { kind: 'invalid-body', status: 200, message: /exactly one root element/ },
  },
  {
    id: 'invalid-utf8',
    group: 'bodies',
    server: '200 whose bytes are not valid UTF-8',
    client: 'rejects the body instead of replacing characters',
    serve: (_, res) => {
      const [before, after] = entityReferences(`<Ref ${REF_ATTRIBUTES.replace('Jan', '@@')}/>`).split('@@');
      send(res, 200, XML, Buffer.concat([Buffer.from(before!), Buffer.from([0xff, 0xfe]), Buffer.from(after!)]));
    },
    outcome: { kind: 'invalid-body', status: 200, message: /not valid UTF-8/ },
  },
  {
    id: 'bom-xml',
    group: 'bodies',
    server: '200 with the XML example after a UTF-8 byte order mark',
    client: 'reads it',
    serve: (_, res) => send(res, 200, XML, `\uFEFF${EXAMPLE_XML}`),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'bom-json',
    group: 'bodies',
    server: '200 with the JSON example after a UTF-8 byte order mark',
    client: 'reads it',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, `\uFEFF${EXAMPLE_JSON}`),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'billion-laughs',
    group: 'bodies',
    server: '200 with a DOCTYPE declaring nested entities (billion laughs)',
    client: 'refuses the DOCTYPE; nothing is expanded',
    serve: (_, res) =>
      send(
        res,
        200,
        XML,
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]><EntityReferences xmlns="${NS}"><Ref ${REF_ATTRIBUTES.replace('Jan 17 2019  5:21PM', '&lol9;')}/></EntityReferences>`,
      ),
    outcome: { kind: 'invalid-body', status: 200, message: /DOCTYPE is not accepted/ },
  },
  {
    id: 'external-entity',
    group: 'bodies',
    server: '200 with an external entity pointing at a local file',
    client: 'refuses the DOCTYPE; the file is never read',
    serve: (_, res) =>
      send(res, 200, XML, `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file://${secretFile}">]><EntityReferences xmlns="${NS}"><Ref ${REF_ATTRIBUTES.replace('Jan 17 2019  5:21PM', '&x;')}/></EntityReferences>`),
    outcome: { kind: 'invalid-body', status: 200, message: /^(?![\s\S]*TOP-SECRET)[\s\S]*DOCTYPE is not accepted/ },
  },
  {
    id: 'proto-elements',
    group: 'bodies',
    server: '200 with `__proto__` elements carrying `polluted` attributes and children',
    client: 'ignores them; `Object.prototype` stays clean',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<__proto__ polluted="yes"><polluted>yes</polluted></__proto__><Ref ${REF_ATTRIBUTES}><__proto__><polluted/></__proto__></Ref>`)),
    outcome: { value: ONE_REF },
  },
  {
    id: 'constructor-prototype-elements',
    group: 'bodies',
    server: '200 with `<constructor><prototype polluted="yes"/></constructor>` elements',
    client: 'ignores them; `Object.prototype` stays clean',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<constructor><prototype polluted="yes"/></constructor><Ref ${REF_ATTRIBUTES}><Links><constructor><prototype/></constructor></Links></Ref>`)),
    outcome: { value: ONE_REF },
  },
  {
    id: 'proto-attributes',
    group: 'bodies',
    server: '200 with `__proto__`, `constructor` and `prototype` as attribute names',
    client: 'ignores them',
    serve: (_, res) => send(res, 200, XML, entityReferences(`<Ref ${REF_ATTRIBUTES} __proto__="x" constructor="y" prototype="z"/>`)),
    outcome: { value: ONE_REF },
  },
  {
    id: 'proto-json-keys',
    group: 'bodies',
    server: '200 JSON with `__proto__` and `constructor.prototype` keys at every level',
    client: 'copies only the schema’s keys; `Object.prototype` stays clean',
    options: json,
    serve: (_, res) =>
      send(res, 200, JSON_TYPE, `{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"Refs":[{"__proto__":{"polluted":"yes"},"UID":"urn:veeam:RestorePoint:1","Name":"Jan 17 2019  5:21PM","Href":"https://em/api/restorePoints/1","Type":"RestorePointReference","Links":null}]}`),
    outcome: { value: ONE_REF },
  },
  {
    id: 'deep-json',
    group: 'bodies',
    server: '200 JSON with 100,000 nested arrays under an unknown key',
    client: 'reads the refs without overflowing the stack',
    options: json,
    serve: (_, res) => send(res, 200, JSON_TYPE, `{"Deep":${'['.repeat(100_000)}${']'.repeat(100_000)},${EXAMPLE_JSON.slice(1)}`),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'over-limit-declared',
    group: 'bodies',
    server: '200 announcing a 10 MB body (Content-Length) with maxResponseBytes at 64 KiB',
    client: 'refuses before reading the body',
    options: { maxResponseBytes: 64 * 1024 },
    serve: (_, res) => {
      res.writeHead(200, { 'content-type': XML, 'content-length': String(10_000_000) });
      res.write('<');
    },
    outcome: { kind: 'too-large', status: 200, message: /65536 bytes/ },
  },
  {
    id: 'over-limit-streamed',
    group: 'bodies',
    server: '200 streaming an endless body with no Content-Length, maxResponseBytes at 64 KiB',
    client: 'stops reading once past the limit and closes the connection; memory stays bounded',
    options: { maxResponseBytes: 64 * 1024 },
    serve: (_, res, server) => {
      res.writeHead(200, { 'content-type': XML });
      const chunk = Buffer.alloc(16 * 1024, ' ');
      const pump = () => {
        while (!res.destroyed && server.written < 1e9 && res.write(chunk)) server.written += chunk.length;
        if (!res.destroyed) res.once('drain', pump);
      };
      pump();
    },
    outcome: { kind: 'too-large', status: 200 },
    check: async ({ server }, { expect, waitFor }) => {
      await waitFor(() => expect(server.openSockets()).toBe(0), { timeout: 5_000 });
      expect(server.written).toBeLessThan(32 * 1024 * 1024);
    },
  },
];
