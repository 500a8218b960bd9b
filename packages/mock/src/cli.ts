#!/usr/bin/env node
// vbem-mock: serves the EM mock on 127.0.0.1:4010 until Ctrl-C. MOCK_PORT; MOCK_DYNAMIC=true or --dynamic to generate bodies;
// MOCK_SESSIONS=true or --sessions to keep sessions as EM does (MOCK_SESSION_IDLE_MS, default 15 minutes).
// MOCK_CORS=ORIGIN or --cors ORIGIN answers that one origin with CORS headers; MOCK_MAX_BODY_BYTES caps request bodies (1 MiB).
import { startMock } from './index.ts';

const port = Number(process.env['MOCK_PORT'] ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`MOCK_PORT=${process.env['MOCK_PORT']} is not a port; expected a number from 0 to 65535.`);
  process.exit(2);
}
const dynamic = process.argv.includes('--dynamic') || /^(1|true)$/i.test(process.env['MOCK_DYNAMIC'] ?? '');
const idle = process.env['MOCK_SESSION_IDLE_MS'];
const idleMs = idle === undefined || idle === '' ? undefined : Number(idle);
if (idleMs !== undefined && !(Number.isFinite(idleMs) && idleMs > 0)) {
  console.error(`MOCK_SESSION_IDLE_MS=${idle} is not a duration; expected a positive number of milliseconds.`);
  process.exit(2);
}
const sessions = process.argv.includes('--sessions') || /^(1|true)$/i.test(process.env['MOCK_SESSIONS'] ?? '') ? { ...(idleMs === undefined ? {} : { idleMs }) } : false;

const corsFlag = process.argv.indexOf('--cors');
const cors = corsFlag === -1 ? process.env['MOCK_CORS'] || undefined : process.argv[corsFlag + 1];
if (corsFlag !== -1 && (cors === undefined || cors.startsWith('--'))) {
  console.error('--cors needs an origin, such as --cors http://localhost:5173.');
  process.exit(2);
}
const maxBody = process.env['MOCK_MAX_BODY_BYTES'];
const maxBodyBytes = maxBody === undefined || maxBody === '' ? undefined : Number(maxBody);
if (maxBodyBytes !== undefined && !(Number.isInteger(maxBodyBytes) && maxBodyBytes > 0)) {
  console.error(`MOCK_MAX_BODY_BYTES=${maxBody} is not a size; expected a positive whole number of bytes.`);
  process.exit(2);
}

try {
  const mock = await startMock({
    port,
    dynamic,
    sessions,
    ...(cors === undefined ? {} : { cors }),
    ...(maxBodyBytes === undefined ? {} : { maxBodyBytes }),
    log: (line) => console.log(line),
  });
  // Handlers first: whoever reads the line below may signal at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void mock.stop().then(() => process.exit(0));
    });
  }
  const modes = [...(dynamic ? ['dynamic bodies'] : []), ...(sessions ? ['EM sessions'] : [])];
  console.log(`EM mock listening on ${mock.url}${modes.length > 0 ? ` (${modes.join(', ')})` : ''}`);
  console.log(`(Prism itself, without EM fidelity, is on ${mock.prismUrl})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
