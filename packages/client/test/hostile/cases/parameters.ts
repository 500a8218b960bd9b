import type { HostileCase } from '../case.ts';
import { EXAMPLE_REFS, EXAMPLE_XML } from '../payloads.ts';
import { send, XML } from '../respond.ts';

/** A case where `ID` must arrive as exactly one encoded segment under /backups/. */
const staysInPath = (id: string, label: string, encoded: string): HostileCase => ({
  id: `id-${label}`,
  group: 'parameters',
  server: `records the request path for ID ${JSON.stringify(id.length > 24 ? `${id.slice(0, 12)}… (${id.length} chars)` : id)}`,
  client: 'sends it as one encoded segment under `/backups/`',
  serve: (_, res) => send(res, 200, XML, EXAMPLE_XML),
  act: (em) => em.listRestorePoints(id),
  outcome: { value: EXAMPLE_REFS },
  check: ({ server }, { expect }) => {
    expect(server.received.map((r) => r.url)).toEqual([`/api/backups/${encoded}/restorePoints`]);
  },
});

const refused = (id: string, label: string): HostileCase => ({
  id: `id-${label}`,
  group: 'parameters',
  server: `would receive ID ${JSON.stringify(id)}`,
  client: 'refuses the ID before sending anything',
  serve: (_, res) => send(res, 200, XML, EXAMPLE_XML),
  act: (em) => em.listRestorePoints(id),
  outcome: { kind: 'invalid-argument', message: /expected an identifier such as a UUID/ },
  check: ({ server }, { expect }) => {
    expect(server.received).toHaveLength(0);
  },
});

export const parameters: HostileCase[] = [
  staysInPath('a/b', 'slash', 'a%2Fb'),
  staysInPath('../../sessionMngr', 'dot-dot-slash', '..%2F..%2FsessionMngr'),
  staysInPath('%2F..%2F', 'percent-2f', '%252F..%252F'),
  staysInPath('x?format=Entity', 'question-mark', 'x%3Fformat%3DEntity'),
  staysInPath('x#fragment', 'hash', 'x%23fragment'),
  staysInPath('bäckup-☃-𝒳', 'unicode', encodeURIComponent('bäckup-☃-𝒳')),
  staysInPath('k'.repeat(10_240), '10-kb', 'k'.repeat(10_240)),
  refused('..', 'dot-dot'),
  refused('.', 'dot'),
  refused('', 'empty'),
];
