// Writes the hostile-server catalogue table into the client README (run by `pnpm generate`).
import { readFileSync, writeFileSync } from 'node:fs';
import { README, withCatalogue } from './readme.ts';

const current = readFileSync(README, 'utf8');
const next = withCatalogue(current);
if (next !== current) {
  writeFileSync(README, next);
  console.log('generated the hostile-server table in packages/client/README.md');
}
