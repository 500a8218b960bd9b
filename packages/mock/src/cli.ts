#!/usr/bin/env node
// vbem-mock: serves the EM mock on 127.0.0.1:4010 (MOCK_PORT; MOCK_DYNAMIC=true or --dynamic to generate bodies) until Ctrl-C.
import { startMock } from './index.ts';

const port = Number(process.env['MOCK_PORT'] ?? 4010);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(`MOCK_PORT=${process.env['MOCK_PORT']} is not a port; expected a number from 0 to 65535.`);
  process.exit(2);
}
const dynamic = process.argv.includes('--dynamic') || /^(1|true)$/i.test(process.env['MOCK_DYNAMIC'] ?? '');

try {
  const mock = await startMock({ port, dynamic, log: (line) => console.log(line) });
  // Handlers first: whoever reads the line below may signal at once.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      void mock.stop().then(() => process.exit(0));
    });
  }
  console.log(`EM mock listening on ${mock.url}${dynamic ? ' (dynamic bodies)' : ''}`);
  console.log(`(Prism itself, without EM fidelity, is on ${mock.prismUrl})`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
