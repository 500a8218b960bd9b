import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEmClient } from '../../src/index.ts';
import { expectEmError } from '../support/expect-em-error.ts';
import { BACKUP, TOKEN } from '../support/fake-em.ts';
import { scratchDir } from '@vbem/test-support/scratch';
import { xmlExample } from '../support/fixtures.ts';

// A self-signed certificate for 127.0.0.1, made fresh for this run, like the one an EM appliance ships with.
const scratch = scratchDir('tls');
const dir = scratch.path;
execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
const cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
const key = readFileSync(join(dir, 'key.pem'), 'utf8');

let server: Server;
let baseUrl: string;
beforeAll(async () => {
  server = createServer({ cert, key }, (_, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    res.end(xmlExample('RestorePoints'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `https://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
  scratch.remove();
});

describe('TLS with a self-signed certificate', () => {
  it('fails verification by default, with a hint to trust the CA', async () => {
    await expectEmError(createEmClient({ baseUrl, format: 'xml', sessionId: TOKEN }).listRestorePoints(BACKUP), 'network', /tls: \{ ca \}/);
  });

  it('connects when the certificate is trusted through `tls.ca`, verification kept on', async () => {
    const refs = await createEmClient({ baseUrl, format: 'xml', sessionId: TOKEN, tls: { ca: cert } }).listRestorePoints(BACKUP);
    expect(refs).toHaveLength(1);
  });
});
