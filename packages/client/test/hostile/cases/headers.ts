import type { HostileCase } from '../case.ts';
import { iterate } from '../acts.ts';
import { EXAMPLE_JSON, EXAMPLE_REFS, EXAMPLE_XML } from '../payloads.ts';
import { JSON_TYPE, send, XML } from '../respond.ts';

const BAD_GATEWAY = '<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1></body></html>';
const UNAVAILABLE = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';

export const headers: HostileCase[] = [
  {
    id: 'content-type-twice',
    group: 'headers',
    server: '200 XML with two identical `Content-Type: application/xml` headers (fetch joins them)',
    client: 'reads it: the same media type, said twice',
    serve: (_, res) => {
      res.writeHead(200, { 'content-type': ['application/xml', 'application/xml'] });
      res.end(EXAMPLE_XML);
    },
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'content-type-two-different',
    group: 'headers',
    server: '200 XML with two Content-Type headers, `application/xml; charset=utf-8` and `text/html; charset=utf-8`',
    client: 'refuses to pick one',
    serve: (_, res) => {
      res.writeHead(200, { 'content-type': [XML, 'text/html; charset=utf-8'] });
      res.end(EXAMPLE_XML);
    },
    outcome: { kind: 'unexpected-media-type', status: 200 },
  },
  {
    id: 'gzip-not-gzip',
    group: 'headers',
    server: '200 XML labelled `Content-Encoding: gzip` that is not gzip',
    client: 'rejects the body (not the connection)',
    serve: (_, res) => send(res, 200, XML, EXAMPLE_XML, { 'content-encoding': 'gzip' }),
    outcome: { kind: 'invalid-body', status: 200, message: /^Invalid body: it does not decompress as its Content-Encoding \(gzip\) says: incorrect header check\.$/ },
  },
  {
    id: 'gzip-not-gzip-streamed',
    group: 'headers',
    server: 'the same, to `iterateRestorePoints`',
    client: 'rejects the body (not the connection)',
    act: iterate,
    serve: (_, res) => send(res, 200, XML, EXAMPLE_XML, { 'content-encoding': 'gzip' }),
    outcome: { kind: 'invalid-body', status: 200, message: /does not decompress as its Content-Encoding \(gzip\) says/ },
  },
  {
    id: 'content-type-wrong',
    group: 'headers',
    server: '200 with the XML example labelled `text/plain`',
    client: 'refuses to guess the format',
    serve: (_, res) => send(res, 200, 'text/plain', EXAMPLE_XML),
    outcome: { kind: 'unexpected-media-type', status: 200, message: /"text\/plain" with status 200/ },
  },
  {
    id: 'content-type-missing',
    group: 'headers',
    server: '200 with the XML example and no Content-Type',
    client: 'refuses to guess the format',
    serve: (_, res) => send(res, 200, undefined, EXAMPLE_XML),
    outcome: { kind: 'unexpected-media-type', status: 200, message: /\(none\)/ },
  },
  {
    id: 'content-type-charset',
    group: 'headers',
    server: '200 XML as `application/xml; charset=utf-8`',
    client: 'reads it (parameters are ignored)',
    serve: (_, res) => send(res, 200, 'application/xml; charset=utf-8', EXAMPLE_XML),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'content-type-text-xml',
    group: 'headers',
    server: '200 XML as `text/xml; charset="UTF-8"`',
    client: 'reads it',
    serve: (_, res) => send(res, 200, 'text/xml; charset="UTF-8"', EXAMPLE_XML),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'content-type-json-charset',
    group: 'headers',
    server: '200 JSON as `application/json;charset=utf-8`',
    client: 'reads it',
    options: { format: 'json' },
    serve: (_, res) => send(res, 200, 'application/json;charset=utf-8', EXAMPLE_JSON),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'html-502',
    group: 'headers',
    server: 'a proxy’s HTML error page with 502',
    client: 'says a proxy or non-EM server answered, with the status',
    serve: (_, res) => send(res, 502, 'text/html', BAD_GATEWAY),
    outcome: { kind: 'unexpected-media-type', status: 502, message: /"text\/html" with status 502.*proxy/ },
  },
  {
    id: 'html-503',
    group: 'headers',
    server: 'a proxy’s HTML error page with 503 and no Retry-After',
    client: 'does not retry; says a proxy or non-EM server answered',
    serve: (_, res) => send(res, 503, 'text/html; charset=iso-8859-1', UNAVAILABLE),
    outcome: { kind: 'unexpected-media-type', status: 503 },
    check: ({ server }, { expect }) => {
      expect(server.received).toHaveLength(1);
    },
  },
  {
    id: 'json-when-xml-asked',
    group: 'headers',
    server: 'JSON although the client asked for XML',
    client: 'decodes by Content-Type: the same value',
    serve: (req, res) => send(res, 200, req.headers.accept === 'application/xml' ? JSON_TYPE : XML, req.headers.accept === 'application/xml' ? EXAMPLE_JSON : EXAMPLE_XML),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'xml-when-json-asked',
    group: 'headers',
    server: 'XML although the client asked for JSON',
    client: 'decodes by Content-Type: the same value',
    options: { format: 'json' },
    serve: (req, res) => send(res, 200, req.headers.accept === 'application/json' ? XML : JSON_TYPE, req.headers.accept === 'application/json' ? EXAMPLE_XML : EXAMPLE_JSON),
    outcome: { value: EXAMPLE_REFS },
  },
  {
    id: 'json-labelled-body-is-xml',
    group: 'headers',
    server: 'XML labelled `application/json`',
    client: 'rejects the body',
    serve: (_, res) => send(res, 200, JSON_TYPE, EXAMPLE_XML),
    outcome: { kind: 'invalid-body', status: 200, message: /Invalid JSON body/ },
  },
];
