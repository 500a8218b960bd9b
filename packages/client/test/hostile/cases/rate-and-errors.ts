import type { HostileCase } from '../case.ts';
import { errorJson, errorXml, EXAMPLE_REFS, EXAMPLE_XML } from '../payloads.ts';
import { JSON_TYPE, send, XML } from '../respond.ts';

const BUSY = 'The server is busy.';
const countIs = (n: number): HostileCase['check'] => ({ server }, { expect }) => {
  expect(server.received).toHaveLength(n);
};

export const rateAndErrors: HostileCase[] = [
  {
    id: '429-then-ok',
    group: 'rate and errors',
    server: '429 with `Retry-After: 0`, then the collection',
    client: 'waits as told and retries the GET (at most 2 retries)',
    serve: (_, res, server) => (server.received.length === 1 ? send(res, 429, XML, errorXml(429, BUSY), { 'Retry-After': '0' }) : send(res, 200, XML, EXAMPLE_XML)),
    outcome: { value: EXAMPLE_REFS },
    check: countIs(2),
  },
  {
    id: '503-retry-after-always',
    group: 'rate and errors',
    server: '503 with `Retry-After: 0` on every attempt',
    client: 'gives up after 2 retries with EM’s error',
    serve: (_, res) => send(res, 503, JSON_TYPE, errorJson(503, BUSY), { 'Retry-After': '0' }),
    outcome: { kind: 'http', status: 503, message: /answered 503: The server is busy/ },
    check: countIs(3),
  },
  {
    id: '503-retry-after-date',
    group: 'rate and errors',
    server: '503 with `Retry-After` as an HTTP date in the past, then the collection',
    client: 'retries at once',
    serve: (_, res, server) => (server.received.length === 1 ? send(res, 503, XML, errorXml(503, BUSY), { 'Retry-After': new Date(0).toUTCString() }) : send(res, 200, XML, EXAMPLE_XML)),
    outcome: { value: EXAMPLE_REFS },
    check: countIs(2),
  },
  {
    id: '429-retry-after-too-long',
    group: 'rate and errors',
    server: '429 with `Retry-After: 3600`',
    client: 'does not wait an hour: returns the 429 at once',
    serve: (_, res) => send(res, 429, XML, errorXml(429, BUSY), { 'Retry-After': '3600' }),
    outcome: { kind: 'http', status: 429 },
    check: countIs(1),
  },
  {
    id: 'retry-off',
    group: 'rate and errors',
    server: '429 with `Retry-After: 0`, client built with `retry: false`',
    client: 'returns the 429 without retrying',
    options: { retry: false },
    serve: (_, res) => send(res, 429, XML, errorXml(429, BUSY), { 'Retry-After': '0' }),
    outcome: { kind: 'http', status: 429 },
    check: countIs(1),
  },
  {
    id: '500-error-xml',
    group: 'rate and errors',
    server: '500 with EM’s `Error` body in XML',
    client: 'throws `http` with the decoded body',
    serve: (_, res) => send(res, 500, XML, errorXml(500, 'Object reference not set to an instance of an object.')),
    outcome: { kind: 'http', status: 500, message: /answered 500: Object reference not set/ },
  },
  {
    id: '500-error-json',
    group: 'rate and errors',
    server: '500 with EM’s `Error` body in JSON (nulls included)',
    client: 'throws `http` with the decoded body',
    options: { format: 'json' },
    serve: (_, res) => send(res, 500, JSON_TYPE, errorJson(500, 'Object reference not set to an instance of an object.')),
    outcome: { kind: 'http', status: 500, message: /answered 500: Object reference not set/ },
  },
  {
    id: '404-error-xml',
    group: 'rate and errors',
    server: '404 with EM’s `Error` body',
    client: 'throws `http` 404 with EM’s message',
    serve: (_, res) => send(res, 404, XML, errorXml(404, 'Backup with id [x] was not found.')),
    outcome: { kind: 'http', status: 404, message: /was not found/ },
  },
];
